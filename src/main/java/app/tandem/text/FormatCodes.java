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
}
