package app.tandem.text;

import java.util.regex.Pattern;

/**
 * One non-blank line of the imported text as the extraction left it: its words, how far it is
 * indented, how many blank lines stand before it, its line number in the file, and whether page
 * furniture (a page number, a running header) was taken out right before it.
 */
record SourceLine(String text, int indent, int blanksBefore, int lineNo, boolean pageBreak) {
    /**
     * A sentence's end: final punctuation with closing quotes or brackets, a footnote number glued
     * after it, or a bracketed citation ("… с. 10].", "… [8, с. 10]").
     */
    private static final Pattern TERMINAL = Pattern.compile(
            "([.!?…:][\"»”’)\\]]*(\\d{1,3})?(\\s*\\[[^\\]]{1,80}\\][.]?)?|\\s\\[\\d{1,3}[^\\]]{0,80}\\])$");

    SourceLine(String text, int indent, int blanksBefore, int lineNo) {
        this(text, indent, blanksBefore, lineNo, false);
    }

    SourceLine afterPageBreak(int blanks) {
        return new SourceLine(text, indent, Math.max(blanks, blanksBefore), lineNo, true);
    }

    static boolean endsSentence(String text) {
        return TERMINAL.matcher(text).find();
    }

    /** "… встреча с" / "… and the": a preposition, conjunction or article at a line's end. */
    private static final Pattern LEADING_ON_WORD = Pattern.compile(
            "(?:^|\\s)(?:в|во|с|со|к|ко|о|об|обо|у|и|а|но|да|или|на|по|за|из|до|от|не|ни|для|при|под|над|без|про|через|между|что|как"
            + "|the|a|an|of|and|or|to|in|on|at|for|with|by|from|not)$");

    /**
     * Ends on what leads on to more: a comma, a hyphen or dash, an opening bracket or quote, or a
     * preposition, conjunction or article.
     */
    static boolean leadsOn(String text) {
        char last = text.charAt(text.length() - 1);
        return last == ',' || last == '-' || last == '—' || last == '–' || last == '(' || last == '«'
                || Character.isLowerCase(last) && LEADING_ON_WORD.matcher(text).find();
    }
}
