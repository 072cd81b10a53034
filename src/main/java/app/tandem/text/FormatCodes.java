package app.tandem.text;

import java.util.regex.Pattern;

/**
 * Inline formatting a DOCX source carries (bold, italic, underline, superscript, subscript) as
 * paired codes in the segment's text: {@code ⟨i⟩Генуэзская конференция⟨/i⟩}. The mathematical
 * angle brackets do not occur in Russian or English prose, so a code is never taken for text;
 * the translator places the codes in the target as with footnote markers, QA checks they are
 * all there, and XLIFF and TMX carry them as codes.
 */
public final class FormatCodes {
    public static final Pattern CODE = Pattern.compile("⟨/?(?:b|i|u|sup|sub)⟩");

    private FormatCodes() {
    }

    public static String open(String tag) {
        return "⟨" + tag + "⟩";
    }

    public static String close(String tag) {
        return "⟨/" + tag + "⟩";
    }

    /** The text without its formatting codes. */
    public static String strip(String text) {
        return CODE.matcher(text).replaceAll("");
    }

    /** "⟨i⟩" → "i", "⟨/i⟩" → "i". */
    public static String tag(String code) {
        return code.substring(code.startsWith("⟨/") ? 2 : 1, code.length() - 1);
    }

    public static boolean isClosing(String code) {
        return code.startsWith("⟨/");
    }

    /**
     * Which codes of a text close which: for each token, the index of its partner among
     * {@code tokens}, or -1 for a code standing alone (the other half is in another segment, or a
     * translator's code that closes what is not open) and for tokens that are not codes. Pairs
     * nest properly, so that an exchange format can carry each pair as one element.
     */
    public static int[] partners(java.util.List<InlineToken> tokens) {
        int[] partner = new int[tokens.size()];
        java.util.Arrays.fill(partner, -1);
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            InlineToken t = tokens.get(i);
            if (t.type() != InlineToken.Type.FORMAT) {
                continue;
            }
            if (!isClosing(t.text())) {
                open.push(i);
            } else if (!open.isEmpty() && tag(tokens.get(open.peek()).text()).equals(tag(t.text()))) {
                int start = open.pop();
                partner[start] = i;
                partner[i] = start;
            }
        }
        return partner;
    }
}
