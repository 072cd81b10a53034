package app.tandem.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the hard-wrapped lines of PDF-extracted text. Blank lines are only one
 * signal among several, because extractions differ: some put a blank line between paragraphs,
 * some after every line, and page breaks leave blank lines in mid-paragraph or even mid-word. A
 * paragraph ends only where the text says so: the line ends a sentence and the next line is
 * indented, follows an unusual gap, or the line stops short of the column width; or the line is
 * a heading.
 */
public final class LineUnwrapper {
    private static final Pattern WORD_HYPHEN_END = Pattern.compile("(\\p{L}[\\p{L}-]*)-$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[IVXLC]{1,6}\\.)\\s+\\p{Lu}");
    private static final Pattern DIGIT_HYPHEN_END = Pattern.compile("(\\d+)-$");
    private static final Pattern SUFFIX_OR_NUMBER_START = Pattern.compile("^(?:\\p{Ll}{1,3}(?![\\p{L}])|\\d)");
    private static final Pattern DOCUMENT_WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}[\\p{L}-]*\\p{L}|\\p{L})");

    private final WrapHyphenJoiner russian;
    private final WrapHyphenJoiner english;

    public LineUnwrapper(WordLookup russianWords, WordLookup englishWords) {
        this.russian = new WrapHyphenJoiner(Lang.RU, russianWords);
        this.english = new WrapHyphenJoiner(Lang.EN, englishWords);
    }

    public UnwrapResult unwrap(String rawText) {
        List<SourceLine> lines = PageFurniture.removeFrom(readLines(WhitespaceNormalizer.normalize(rawText.replace('\f', PAGE_FEED))));
        List<Paragraph> paragraphs = new ArrayList<>();
        List<HyphenDecision> hyphens = new ArrayList<>();
        if (lines.isEmpty()) {
            return new UnwrapResult(paragraphs, hyphens);
        }
        Layout layout = Layout.of(lines);
        Set<String> documentWords = documentWords(lines);
        StringBuilder current = new StringBuilder(lines.get(0).text());
        int start = lines.get(0).lineNo();
        // where the text since the last line that ended a sentence begins (a heading's first line)
        int runStart = 0;
        for (int i = 1; i < lines.size(); i++) {
            SourceLine prev = lines.get(i - 1);
            SourceLine next = lines.get(i);
            int tailStart = Math.max(0, current.length() - 200);
            String acc = current.substring(tailStart);
            if (SourceLine.endsSentence(acc)) {
                runStart = current.length();
            }
            if (joinsBrokenWord(current, tailStart, acc, prev, next, documentWords, hyphens)) {
                continue;
            }
            if (breaksBetween(acc, current.length() - runStart, prev, next, i + 1 < lines.size() ? lines.get(i + 1) : null, layout)) {
                paragraphs.add(new Paragraph(current.toString(), start));
                current.setLength(0);
                runStart = 0;
                current.append(next.text());
                start = next.lineNo();
            } else {
                current.append(' ').append(next.text());
            }
        }
        // (a soft hyphen on the file's last line has no next line to join)
        paragraphs.add(new Paragraph(current.toString().replace("\u00AD", ""), start));
        return new UnwrapResult(paragraphs, hyphens);
    }

    /**
     * Joins {@code next} to the paragraph when the line before it ends in a broken word: a soft
     * hyphen, a hyphen the dictionary and the document decide on, or a number's hyphen.
     */
    private boolean joinsBrokenWord(StringBuilder current, int tailStart, String acc, SourceLine prev, SourceLine next,
                                    Set<String> documentWords, List<HyphenDecision> hyphens) {
        if (acc.endsWith("\u00AD")) {
            // a soft hyphen is the typesetter's own mark of a broken word: no dictionary needed
            current.setLength(current.length() - 1);
            String right = next.text().split("\\s", 2)[0];
            int wordStart = current.length();
            while (wordStart > 0 && !Character.isWhitespace(current.charAt(wordStart - 1))) {
                wordStart--;
            }
            String left = current.substring(wordStart);
            hyphens.add(new HyphenDecision(prev.lineNo(), left, right, left + right, "a soft hyphen: the typesetter's break"));
            current.append(next.text());
            return true;
        }
        Matcher hyphen = WORD_HYPHEN_END.matcher(acc);
        Matcher lead = LEADING_WORD.matcher(next.text());
        if (hyphen.find() && lead.find() && !isHeadingLine(next.text())) {
            String left = hyphen.group(1);
            String right = lead.group(1);
            String leftFragment = left.substring(left.lastIndexOf('-') + 1);
            WrapHyphenJoiner joiner = Scripts.dominant(left + right, Lang.RU) == Lang.RU ? russian : english;
            WrapHyphenJoiner.Join join = joiner.join(left, right, documentWords);
            String word = join.word();
            hyphens.add(new HyphenDecision(prev.lineNo(), leftFragment, right,
                    word.substring(Math.max(0, left.length() - leftFragment.length())), join.reason()));
            current.setLength(tailStart + hyphen.start(1));
            current.append(word).append(next.text().substring(right.length()));
            return true;
        }
        Matcher digitHyphen = DIGIT_HYPHEN_END.matcher(acc);
        if (digitHyphen.find() && SUFFIX_OR_NUMBER_START.matcher(next.text()).find()) {
            // "1920-" / "х гг.", "1917-" / "1922": the hyphen belongs to the number's word or range
            String right = next.text().split("\\s", 2)[0];
            hyphens.add(new HyphenDecision(prev.lineNo(), digitHyphen.group(1), right, digitHyphen.group(1) + "-" + right,
                    "a number's ending or range: the hyphen stays"));
            current.append(next.text());
            return true;
        }
        return false;
    }

    /**
     * Lines whose paragraphs are already known (a PDF's, from its layout): a blank line starts a
     * paragraph, every other line joins the one before, broken words decided as in {@link #unwrap}
     * with {@code documentText}'s words as the document's own spelling.
     */
    public UnwrapResult joinLines(String text, String documentText) {
        Set<String> documentWords = documentWords(readLines(WhitespaceNormalizer.normalize(documentText)));
        List<SourceLine> lines = readLines(WhitespaceNormalizer.normalize(text));
        List<Paragraph> paragraphs = new ArrayList<>();
        List<HyphenDecision> hyphens = new ArrayList<>();
        if (lines.isEmpty()) {
            return new UnwrapResult(paragraphs, hyphens);
        }
        StringBuilder current = new StringBuilder(lines.get(0).text());
        int start = lines.get(0).lineNo();
        for (int i = 1; i < lines.size(); i++) {
            SourceLine prev = lines.get(i - 1);
            SourceLine next = lines.get(i);
            // (a web address on a line of its own stands apart, as in unwrapped text)
            if (next.blanksBefore() > 0 || isAddressLine(prev.text()) || isAddressLine(next.text())) {
                paragraphs.add(new Paragraph(current.toString().replace("\u00AD", ""), start));
                current.setLength(0);
                current.append(next.text());
                start = next.lineNo();
                continue;
            }
            int tailStart = Math.max(0, current.length() - 200);
            if (!joinsBrokenWord(current, tailStart, current.substring(tailStart), prev, next, documentWords, hyphens)) {
                current.append(' ').append(next.text());
            }
        }
        paragraphs.add(new Paragraph(current.toString().replace("\u00AD", ""), start));
        return new UnwrapResult(paragraphs, hyphens);
    }

    private boolean breaksBetween(String acc, int unterminatedLength, SourceLine prev, SourceLine next, SourceLine after, Layout layout) {
        if (openParenthesis(acc) && !isAddressLine(next.text())) {
            // "(Ali Fuat Cebesoy. / Moskova Hatıraları ...)": a reference never spans a paragraph
            // break, and its lines in capitals ("CIA-RDP 79, P.8).") are no headings
            return false;
        }
        if (isHeadingLine(prev.text()) || isHeadingLine(next.text()) || isAddressLine(prev.text()) || isAddressLine(next.text())) {
            return true;
        }
        char first = next.text().charAt(0);
        boolean nextStartsSentence = Character.isUpperCase(first) || Character.isDigit(first)
                || "«\"„—–-•[(".indexOf(first) >= 0;
        if (!nextStartsSentence) {
            return false;
        }
        // a line is short for a reason when the next line's first word would not have fitted on it
        boolean shortLine = prev.text().length() < layout.width * 0.8
                && prev.text().length() + 1 + firstWordLength(next.text()) <= layout.fullWidth;
        boolean gap = !next.pageBreak() && (layout.blankLinesEverywhere ? next.blanksBefore() > layout.usualGap : next.blanksBefore() > 0);
        if (!SourceLine.endsSentence(acc)) {
            // a title or heading line: short, unpunctuated, followed by a capitalised line; a
            // numbered heading ("2. Сложности в отношениях") may fill the line, a gap then ends it
            // (a numbered heading alone after a sentence's end needs no gap either)
            boolean numberedHeading = NUMBERED_HEADING.matcher(prev.text()).find()
                    && (gap || unterminatedLength <= prev.text().length() + 1);
            return (shortLine || numberedHeading) && unterminatedLength < 300
                    && !SourceLine.leadsOn(acc);
        }
        // (the blank lines of a page break say nothing about paragraphs)
        boolean indented = layout.indentSignals && next.indent() > 0;
        // a reference in another script ("(См: Worldwide Report …") continues its paragraph
        boolean scriptChange = first != '(' && first != '['
                && Scripts.dominant(prev.text(), Lang.RU) != Scripts.dominant(next.text(), Lang.RU);
        return gap || indented || shortLine || scriptChange || isTitleLine(next, after, layout);
    }

    /**
     * A heading that follows a paragraph with nothing to set it apart (no blank line, or only the
     * blank lines of a page break): a line much shorter than the column for no reason of layout,
     * starting with a capital, ending without punctuation or a word that leads on, and followed by
     * a capitalised line ("… в статье." / "Заключение" / "Подводя итоги, …").
     */
    private static boolean isTitleLine(SourceLine line, SourceLine after, Layout layout) {
        if (after == null) {
            return false;
        }
        String text = line.text();
        char afterFirst = after.text().charAt(0);
        // a numbered heading ("2. Сложности в отношениях") may fill the line
        boolean numbered = NUMBERED_HEADING.matcher(text).find();
        boolean shortForNoReason = text.length() < layout.width * 0.8
                && text.length() + 1 + firstWordLength(after.text()) <= layout.fullWidth;
        return (numbered || shortForNoReason && Character.isUpperCase(text.charAt(0)))
                && !SourceLine.endsSentence(text) && !SourceLine.leadsOn(text) && !openParenthesis(text)
                && (Character.isUpperCase(afterFirst) || Character.isDigit(afterFirst) || afterFirst == '«');
    }

    /** The words of the document in lower case, without the fragments a line-end hyphen splits. */
    private static Set<String> documentWords(List<SourceLine> lines) {
        Set<String> out = new HashSet<>();
        boolean afterHyphen = false;
        for (SourceLine l : lines) {
            String text = l.text();
            boolean hyphenEnd = text.endsWith("-");
            Matcher m = DOCUMENT_WORD.matcher(text);
            boolean first = true;
            while (m.find()) {
                boolean fragment = first && afterHyphen || hyphenEnd && m.end() >= text.length() - 1;
                if (!fragment) {
                    String word = m.group().toLowerCase(java.util.Locale.ROOT);
                    out.add(word);
                    // the parts of a compound are the document's words too ("джиг" of "джиг-спиннинг")
                    for (String part : word.split("-")) {
                        if (part.length() >= 3) {
                            out.add(part);
                        }
                    }
                }
                first = false;
            }
            afterHyphen = hyphenEnd;
        }
        return out;
    }

    private static int firstWordLength(String line) {
        int i = 0;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean openParenthesis(String tail) {
        int depth = 0;
        for (int i = tail.length() - 1; i >= 0; i--) {
            char c = tail.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    private static final Pattern ADDRESS_LINE = Pattern.compile("^(?:https?://|www\\.)\\S+$");

    /** A web address on a line of its own (a source's address, a web page's footer) belongs to no sentence. */
    static boolean isAddressLine(String line) {
        return ADDRESS_LINE.matcher(line).matches();
    }

    /** An all-capitals line such as "У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ". */
    static boolean isHeadingLine(String line) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 6 && lower <= upper / 10 && line.contains(" ") && LONG_CAPITALISED_WORD.matcher(line).results().count() >= 2;
    }

    /** Headings in capitals have words; "CIA-RDP 79, P.8)" has only acronyms. */
    private static final Pattern LONG_CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}-])\\p{Lu}{4,}");

    /**
     * Stands for a form feed until the lines are read: pdftotext ends each page with one, the
     * surest page break there is (the whitespace normalizer would take it for a space).
     */
    private static final char PAGE_FEED = '\uE000';

    private static List<SourceLine> readLines(String text) {
        List<SourceLine> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        int blanks = 0;
        boolean pageBreak = false;
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i];
            int feed = l.lastIndexOf(PAGE_FEED);
            if (feed >= 0) {
                String lastOfPage = l.substring(0, feed).replace(PAGE_FEED, ' ').strip();
                if (!lastOfPage.isEmpty()) {
                    out.add(new SourceLine(WhitespaceNormalizer.collapseSpaces(lastOfPage), 0, blanks, i + 1, pageBreak));
                    blanks = 0;
                }
                pageBreak = !out.isEmpty();
                // (the next page's first line starts right after the form feed: no indent of its own)
                l = l.substring(feed + 1);
            }
            String trimmed = l.strip();
            if (trimmed.isEmpty()) {
                blanks++;
                continue;
            }
            int indent = 0;
            while (indent < l.length() && l.charAt(indent) == ' ') {
                indent++;
            }
            out.add(new SourceLine(WhitespaceNormalizer.collapseSpaces(trimmed), indent, blanks, i + 1, pageBreak));
            blanks = 0;
            pageBreak = false;
        }
        return out;
    }

    /** Facts about the whole file that tell which signals mark paragraphs in it. */
    private record Layout(double width, double fullWidth, boolean blankLinesEverywhere, int usualGap, boolean indentSignals) {
        static Layout of(List<SourceLine> lines) {
            int[] lengths = lines.stream().mapToInt(l -> l.text().length()).filter(n -> n >= 20).sorted().toArray();
            if (lengths.length == 0) {
                lengths = lines.stream().mapToInt(l -> l.text().length()).sorted().toArray();
            }
            double width = lengths[(int) Math.min(lengths.length - 1, Math.floor(lengths.length * 0.7))];
            double fullWidth = lengths[(int) Math.min(lengths.length - 1, Math.floor(lengths.length * 0.95))];
            long withGap = lines.stream().skip(1).filter(l -> l.blanksBefore() > 0).count();
            boolean everywhere = lines.size() > 4 && withGap >= 0.6 * (lines.size() - 1);
            int[] gaps = lines.stream().skip(1).mapToInt(SourceLine::blanksBefore).filter(g -> g > 0).toArray();
            int usual = everywhere ? mode(gaps) : 0;
            long indented = lines.stream().filter(l -> l.indent() > 0).count();
            boolean indentSignals = indented > 0 && indented < 0.5 * lines.size();
            return new Layout(width, fullWidth, everywhere, usual, indentSignals);
        }

        private static int mode(int[] values) {
            if (values.length == 0) {
                return 1;
            }
            int[] counts = new int[Arrays.stream(values).max().getAsInt() + 1];
            for (int v : values) {
                counts[v]++;
            }
            int best = 1;
            for (int v = 1; v < counts.length; v++) {
                if (counts[v] > counts[best]) {
                    best = v;
                }
            }
            return best;
        }
    }
}
