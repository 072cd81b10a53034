package app.tandem.text;

import java.util.regex.Pattern;

/**
 * A footnote's marker as PDF and DOCX sources bring it: superscript digits right after the word
 * or punctuation it stands at ("западе¹", "С. 45.²"). Written so, the marker is never read as
 * part of the word before it, and the workbench protects it as a code.
 */
public final class FootnoteMarks {
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Endnotes are numbered i, ii, … in Word: their marks in superscript letters. */
    private static final String ROMAN = "ivx";
    private static final String SUPERSCRIPT_ROMAN = "ⁱᵛˣ";
    /** A marker as it stands in a segment: superscript digits, or an endnote's superscript roman number. */
    public static final String MARK_CLASS = "[⁰¹²³⁴⁵⁶⁷⁸⁹ⁱᵛˣ]+";
    private static final Pattern DIGIT_MARK = Pattern.compile(MARK_CLASS);

    private FootnoteMarks() {
    }

    /** "12" as "¹²", an endnote's "iv" as "ⁱᵛ"; anything else (an asterisk) as it is. */
    public static String superscript(String mark) {
        StringBuilder sb = new StringBuilder();
        for (char c : mark.toCharArray()) {
            int roman = ROMAN.indexOf(c);
            sb.append(c >= '0' && c <= '9' ? SUPERSCRIPT.charAt(c - '0') : roman >= 0 ? SUPERSCRIPT_ROMAN.charAt(roman) : c);
        }
        return sb.toString();
    }

    /** "¹²" as "12". */
    public static String plain(String mark) {
        StringBuilder sb = new StringBuilder();
        for (char c : mark.toCharArray()) {
            int i = SUPERSCRIPT.indexOf(c);
            int roman = SUPERSCRIPT_ROMAN.indexOf(c);
            sb.append(i >= 0 ? (char) ('0' + i) : roman >= 0 ? ROMAN.charAt(roman) : c);
        }
        return sb.toString();
    }

    /** The text without its superscript markers: the running text as a reader reads it aloud. */
    public static String strip(String text) {
        return DIGIT_MARK.matcher(text).replaceAll("");
    }
}
