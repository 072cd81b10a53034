package app.tandem.text;

/**
 * A refusal shown to a person is one line of reasonable length, whatever the input quoted in it: a
 * parser's message may carry a line break or a megabyte-long element name from a damaged file, and
 * a library's message often opens with its exception's class name ("org.apache.xmlbeans.XmlException:
 * …"), which means nothing to a translator and reads as a stack trace.
 */
public final class OneLineMessage {
    public static final int MAX = 300;
    /**
     * "org.apache.xmlbeans.XmlException: ", "java.io.IOException" wherever they stand, and an unqualified
     * "ZipException: " opening a clause.
     */
    private static final java.util.regex.Pattern QUALIFIED_CLASS = java.util.regex.Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*(?:Exception|Error|Throwable)\\b:?\\s*"
            + "|\\b[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*");

    private OneLineMessage() {
    }

    public static String of(String message) {
        if (message == null) {
            return null;
        }
        String one = QUALIFIED_CLASS.matcher(message.replaceAll("\\s*[\\r\\n]+\\s*", " ")).replaceAll("").strip();
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
