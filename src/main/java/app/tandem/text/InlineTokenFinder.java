package app.tandem.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the inline elements that must survive translation unchanged in substance: bracketed
 * citations ({@code [8, с. 10]}, {@code [2, с. 317-318; 3, с. 113]}), parenthesised source
 * references with a year ({@code (Halil Paşa. Bitmeyen Savaş. İstanbul, 1972, S.358)}) and
 * footnote numbers glued to the end of a word ({@code западе1.}, {@code республику35.}).
 */
public final class InlineTokenFinder {
    private static final Pattern BRACKET_CITATION = Pattern.compile(
            "\\[\\s*\\d{1,3}[^\\[\\]\\n]{0,80}\\]");
    private static final Pattern PAREN_REFERENCE = Pattern.compile(
            "\\((?=[^()\\n]{0,250}\\b(1[5-9]|20)\\d\\d\\b)(?=[^()\\n]{0,250}\\b([SCсcpPрС]|pp|ss|Bd|vol|т)\\.\\s?\\d)[^()\\n]{5,250}\\)");
    /** A lower-case word directly followed by 1-3 digits and then punctuation, a space or the end. */
    private static final Pattern FOOTNOTE = Pattern.compile(
            "(?<=\\p{Ll}{2}[»\"”]?)(\\d{1,3})(?=[.,;:!?)]|\\s|$)");

    /** A PDF's or DOCX's footnote marker, kept as superscript digits at import. */
    private static final Pattern SUPERSCRIPT_MARK = Pattern.compile(FootnoteMarks.MARK_CLASS);

    public List<InlineToken> find(String text) {
        List<InlineToken> out = new ArrayList<>();
        add(out, BRACKET_CITATION.matcher(text), InlineToken.Type.CITATION, 0);
        add(out, PAREN_REFERENCE.matcher(text), InlineToken.Type.CITATION, 0);
        add(out, FOOTNOTE.matcher(text), InlineToken.Type.FOOTNOTE, 1);
        add(out, SUPERSCRIPT_MARK.matcher(text), InlineToken.Type.FOOTNOTE, 0);
        add(out, FormatCodes.CODE.matcher(text), InlineToken.Type.FORMAT, 0);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * A target's tokens, read against its source: a number glued to a word counts as a footnote
     * marker only where the source has that marker ("west1" for "западе1"); elsewhere ("Eng1", a
     * model name) it is text, and an exchange file must not make a tag of it.
     */
    public List<InlineToken> findInTarget(String target, String source) {
        java.util.Set<String> sourceMarks = new java.util.HashSet<>();
        for (InlineToken t : find(source)) {
            if (t.type() == InlineToken.Type.FOOTNOTE) {
                sourceMarks.add(t.text());
            }
        }
        return find(target).stream().filter(t -> t.type() != InlineToken.Type.FOOTNOTE
                || !Character.isDigit(t.text().charAt(0)) || sourceMarks.contains(t.text())).toList();
    }

    private static void add(List<InlineToken> out, Matcher m, InlineToken.Type type, int group) {
        while (m.find()) {
            out.add(new InlineToken(type, m.start(group), m.end(group), m.group(group)));
        }
    }
}
