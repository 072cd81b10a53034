package app.tandem.qa;

/** Where a word stands in its sentence: a capital means a name only where a sentence does not start. */
public final class WordPosition {
    private WordPosition() {
    }

    /** True when nothing but quotes, brackets or spaces stand between {@code at} and the previous sentence end. */
    public static boolean startsSentence(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ',' || c == ';') {
                return false;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':') {
                return true;
            }
        }
        return true;
    }
}
