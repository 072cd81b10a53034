package app.tandem.text;

/**
 * A refusal shown to a person is one line of reasonable length, whatever the input quoted in it: a
 * parser's message may carry a line break or a megabyte-long element name from a damaged file.
 */
public final class OneLineMessage {
    public static final int MAX = 300;

    private OneLineMessage() {
    }

    public static String of(String message) {
        if (message == null) {
            return null;
        }
        String one = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        if (one.length() <= MAX) {
            return one;
        }
        int cut = MAX - 1;
        if (Character.isHighSurrogate(one.charAt(cut - 1))) {
            cut--;
        }
        return one.substring(0, cut) + "…";
    }
}
