package app.tandem.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    private static final Pattern TERMINAL = Pattern.compile(
            "([.!?…:][\"»”’)\\]]*(\\d{1,3})?(\\s*\\[[^\\]]{1,80}\\][.]?)?|\\s\\[\\d{1,3}[^\\]]{0,80}\\])$");
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

    /** {@code pageBreak}: a page number or running header stood between this line and the one before. */
    private record Line(String text, int indent, int blanksBefore, int lineNo, boolean pageBreak) {
        Line(String text, int indent, int blanksBefore, int lineNo) {
            this(text, indent, blanksBefore, lineNo, false);
        }
    }

    /** Fewer lines than any page holds: a running header's occurrences are at least this far apart. */
    private static final int MIN_PAGE_LINES = 10;

    /** "12", "— 12 —", "С. 12", "p. 12": a page number on a line of its own. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-–—]\\s*)?(?:[СсPp]\\.\\s*)?\\d{1,4}(?:\\s*[-–—])?$");

    public UnwrapResult unwrap(String rawText) {
        List<Line> lines = withoutPageFurniture(readLines(WhitespaceNormalizer.normalize(rawText)));
        List<Paragraph> paragraphs = new ArrayList<>();
        List<HyphenDecision> hyphens = new ArrayList<>();
        if (lines.isEmpty()) {
            return new UnwrapResult(paragraphs, hyphens);
        }
        Layout layout = Layout.of(lines);
        java.util.Set<String> documentWords = documentWords(lines);
        StringBuilder current = new StringBuilder(lines.get(0).text());
        int start = lines.get(0).lineNo();
        for (int i = 1; i < lines.size(); i++) {
            Line prev = lines.get(i - 1);
            Line next = lines.get(i);
            int tailStart = Math.max(0, current.length() - 200);
            String acc = current.substring(tailStart);
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
                continue;
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
                continue;
            }
            Matcher digitHyphen = DIGIT_HYPHEN_END.matcher(acc);
            if (digitHyphen.find() && SUFFIX_OR_NUMBER_START.matcher(next.text()).find()) {
                // "1920-" / "х гг.", "1917-" / "1922": the hyphen belongs to the number's word or range
                String right = next.text().split("\\s", 2)[0];
                hyphens.add(new HyphenDecision(prev.lineNo(), digitHyphen.group(1), right, digitHyphen.group(1) + "-" + right,
                        "a number's ending or range: the hyphen stays"));
                current.append(next.text());
                continue;
            }
            if (breaksBetween(acc, current.length(), prev, next, layout)) {
                paragraphs.add(new Paragraph(current.toString(), start));
                current.setLength(0);
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

    private boolean breaksBetween(String acc, int paragraphLength, Line prev, Line next, Layout layout) {
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
        if (!TERMINAL.matcher(acc).find()) {
            // a title or heading line: short, unpunctuated, followed by a capitalised line; a
            // numbered heading ("2. Сложности в отношениях") may fill the line, a gap then ends it
            return (shortLine || gap && NUMBERED_HEADING.matcher(prev.text()).find()) && paragraphLength < 300 && !endsWithConnector(acc);
        }
        // (the blank lines of a page break say nothing about paragraphs)
        boolean indented = layout.indentSignals && next.indent() > 0;
        // a reference in another script ("(См: Worldwide Report …") continues its paragraph
        boolean scriptChange = first != '(' && first != '['
                && Scripts.dominant(prev.text(), Lang.RU) != Scripts.dominant(next.text(), Lang.RU);
        return gap || indented || shortLine || scriptChange;
    }

    /** The words of the document in lower case, without the fragments a line-end hyphen splits. */
    private static java.util.Set<String> documentWords(List<Line> lines) {
        java.util.Set<String> out = new java.util.HashSet<>();
        boolean afterHyphen = false;
        for (Line l : lines) {
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

    /**
     * Drops page numbers and running headers (a short line repeated on several pages, with the
     * page number or without), so that a paragraph or a hyphenated word continues across the
     * page break; the line after them is marked as following a page break.
     */
    private static List<Line> withoutPageFurniture(List<Line> lines) {
        java.util.Map<String, Integer> repeats = new java.util.HashMap<>();
        // what follows each occurrence: a running header is followed by new text on every page,
        // a line of repeated content (the same passage twice) by the same line each time
        java.util.Map<String, java.util.Set<String>> followers = new java.util.HashMap<>();
        // a running header comes once a page; lines alike in the same stretch of text (a list of web
        // addresses, notes "Там же. С. 45") are text
        java.util.Map<String, Integer> lastSeen = new java.util.HashMap<>();
        java.util.Map<String, Integer> closest = new java.util.HashMap<>();
        // each line's key once (two regular expressions a line; a long import has tens of thousands)
        String[] keys = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.text().length() <= 100) {
                String key = headerKey(l.text());
                keys[i] = key;
                Integer previous = lastSeen.put(key, i);
                if (previous != null) {
                    closest.merge(key, i - previous, Math::min);
                }
                repeats.merge(key, 1, Integer::sum);
                followers.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(i + 1 < lines.size() ? lines.get(i + 1).text() : "");
            }
        }
        // a running header is shorter than the lines of running text; a line as long as those,
        // repeated by chance, is text (losing it would lose the author's words)
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).sorted().toArray();
        int headerMax = lengths.length == 0 ? 0 : (int) (0.85 * lengths[(int) Math.floor((lengths.length - 1) * 0.7)]);
        boolean[] pageNumber = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            pageNumber[i] = PAGE_NUMBER.matcher(lines.get(i).text()).matches();
        }
        boolean[] furniture = pageNumber.clone();
        // how often each line stands beside a page number: a running header does on most of its pages
        java.util.Map<String, Integer> besideNumbers = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!pageNumber[i] && keys[i] != null && (i > 0 && pageNumber[i - 1] || i + 1 < lines.size() && pageNumber[i + 1])) {
                besideNumbers.merge(keys[i], 1, Integer::sum);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            String key = keys[i];
            int seen = key != null && !key.isBlank() ? repeats.get(key) : 0;
            boolean freshTextAfter = seen >= 2 && followers.get(key).size() * 2 >= seen + 1 && closest.get(key) >= MIN_PAGE_LINES;
            if (!furniture[i] && seen >= 2 && freshTextAfter && !endsWithConnector(text)) {
                // beside a page number, a line on two pages is enough (a two-page article, or the
                // author's name on even pages and the title on odd ones), however wide (a header
                // spans both columns of a two-column page); alone it takes three, shorter than the text
                int beside = besideNumbers.getOrDefault(key, 0);
                boolean besideNumber = beside >= 2 && beside * 2 >= seen;
                boolean titleLike = seen >= 3 && text.length() < 70 && text.length() <= headerMax
                        && !TERMINAL.matcher(text).find();
                furniture[i] = besideNumber || titleLike;
            }
        }
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (pageNumber[i]) {
                dropHeadersOfASentenceBrokenByThePage(lines, i, headerMax, furniture);
            }
        }
        List<Line> out = new ArrayList<>();
        boolean skipped = false;
        int blanks = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (furniture[i] && i > 0) {
                skipped = true;
                blanks = Math.max(blanks, l.blanksBefore());
                continue;
            }
            out.add(skipped ? new Line(l.text(), l.indent(), Math.max(blanks, l.blanksBefore()), l.lineNo(), true) : l);
            skipped = false;
            blanks = 0;
        }
        return out.isEmpty() ? lines : out;
    }

    /**
     * A header seen on one page only (a short article, or one printed once) cannot be told by
     * repetition. Where a sentence runs on across the page break (the full line before it ends
     * without a full stop or with a hyphen, or the text after it goes on in lower case), the short lines
     * set apart beside the page number are page furniture: nothing of the sentence can stand there.
     */
    private static void dropHeadersOfASentenceBrokenByThePage(List<Line> lines, int number, int headerMax, boolean[] furniture) {
        int first = number;
        int last = number;
        // at the foot of the previous page only a line with a header's own look: a short line there
        // is more often a paragraph's last (a line of verse, a caption)
        if (number > 1 && lines.get(number - 1).blanksBefore() > 0 && headerCandidate(lines.get(number - 1))
                && RUNNING_HEADER_LOOK.matcher(lines.get(number - 1).text()).find()) {
            first--;
        }
        // at the head of the next page one line, and a second (journal and title) only with that look
        while (last + 2 < lines.size() && last - number < 2 && headerCandidate(lines.get(last + 1))
                && lines.get(last + 2).blanksBefore() > 0
                && (last == number || RUNNING_HEADER_LOOK.matcher(lines.get(last + 1).text()).find())) {
            last++;
        }
        if (first == number && last == number) {
            return;
        }
        String before = lines.get(first - 1).text();
        String after = lines.get(last + 1).text();
        // (a short line without a full stop before the page break is a heading or a line of verse, which ends where it ends)
        boolean runsOn = !PAGE_NUMBER.matcher(before).matches()
                && (before.endsWith("-") || !TERMINAL.matcher(before).find() && before.length() > headerMax)
                || Character.isLowerCase(after.charAt(0));
        for (int k = first; k <= last; k++) {
            // where a paragraph ended with the page, only a header's own look tells it from a heading
            furniture[k] |= runsOn || RUNNING_HEADER_LOOK.matcher(lines.get(k).text()).find();
        }
    }

    /**
     * What only a running header looks like: a journal's year and issue ("2024. № 1", "2019. Т. 12",
     * "2021, Vol. 3") or an author's name with initials alone ("А.В. Иванов", "Иванов А.В., Петров Б.").
     */
    private static final Pattern RUNNING_HEADER_LOOK = Pattern.compile(
            "(?:1[89]|20)\\d{2}[.,]?\\s*(?:№|Т\\.|Том\\s|Вып\\.|Vol\\.|No\\.|Iss\\.)"
            + "|^(?:(?:\\p{Lu}\\.\\s?){1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s(?:\\p{Lu}\\.\\s?){1,2})"
            + "(?:,\\s(?:(?:\\p{Lu}\\.\\s?){1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s(?:\\p{Lu}\\.\\s?){1,2}))*$");

    /** Short, set in capitals or a capital, and neither ending a sentence (a name's initials may) nor leading on to more. */
    private static boolean headerCandidate(Line line) {
        String text = line.text();
        return text.length() <= 100 && !Character.isLowerCase(text.charAt(0))
                && (!TERMINAL.matcher(text).find() || RUNNING_HEADER_LOOK.matcher(text).find()) && !endsWithConnector(text);
    }

    /** A running header with its page number taken out: "12 Вестник МГУ. 2020" and "13 Вестник МГУ. 2020" match. */
    private static String headerKey(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
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

    private static boolean endsWithConnector(String s) {
        char last = s.charAt(s.length() - 1);
        return last == ',' || last == '-' || last == '—' || last == '–' || last == '(' || last == '«';
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

    private static List<Line> readLines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        int blanks = 0;
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i];
            String trimmed = l.strip();
            if (trimmed.isEmpty()) {
                blanks++;
                continue;
            }
            int indent = 0;
            while (indent < l.length() && l.charAt(indent) == ' ') {
                indent++;
            }
            out.add(new Line(WhitespaceNormalizer.collapseSpaces(trimmed), indent, blanks, i + 1));
            blanks = 0;
        }
        return out;
    }

    /** Facts about the whole file that tell which signals mark paragraphs in it. */
    private record Layout(double width, double fullWidth, boolean blankLinesEverywhere, int usualGap, boolean indentSignals) {
        static Layout of(List<Line> lines) {
            int[] lengths = lines.stream().mapToInt(l -> l.text().length()).filter(n -> n >= 20).sorted().toArray();
            if (lengths.length == 0) {
                lengths = lines.stream().mapToInt(l -> l.text().length()).sorted().toArray();
            }
            double width = lengths[(int) Math.min(lengths.length - 1, Math.floor(lengths.length * 0.7))];
            double fullWidth = lengths[(int) Math.min(lengths.length - 1, Math.floor(lengths.length * 0.95))];
            long withGap = lines.stream().skip(1).filter(l -> l.blanksBefore() > 0).count();
            boolean everywhere = lines.size() > 4 && withGap >= 0.6 * (lines.size() - 1);
            int[] gaps = lines.stream().skip(1).mapToInt(Line::blanksBefore).filter(g -> g > 0).toArray();
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
