package app.tandem.exchange;

/** Lets tests of other packages validate TMX with the shipped DTD. */
public final class TmxValidationAccess {
    private TmxValidationAccess() {
    }

    public static void assertValid(byte[] tmx) throws Exception {
        TmxValidation.assertValid(tmx);
    }
}
