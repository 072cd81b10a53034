package app.tandem.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds page numbers and running headers (a short line repeated on several pages, with the page
 * number or without) and takes them out, so that a paragraph or a hyphenated word continues
 * across the page break; the line after them is marked as following a page break. Losing a line
 * of the author's text is worse than keeping a header, so each rule asks for a header's habits,
 * not only its shape.
 */
final class PageFurniture {
    /** Fewer lines than any page holds: a running header's occurrences are at least this far apart. */
    private static final int MIN_PAGE_LINES = 10;

    /** The lines at the top of an article that hold its title and its author's name. */
    private static final int TITLE_LINES = 8;

    /** "12", "— 12 —", "С. 12", "p. 12": a page number on a line of its own. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-–—]\\s*)?(?:[СсPp]\\.\\s*)?\\d{1,4}(?:\\s*[-–—])?$");

    /**
     * What only a running header looks like: a journal's year and issue ("2024. № 1", "2019. Т. 12",
     * "2021, Vol. 3") or an author's name with initials alone ("А.В. Иванов", "Иванов А.В., Петров Б.").
     */
    private static final Pattern RUNNING_HEADER_LOOK = Pattern.compile(
            "(?:1[89]|20)\\d{2}[.,]?\\s*(?:№|Т\\.|Том\\s|Вып\\.|Vol\\.|No\\.|Iss\\.)"
            + "|^(?:(?:\\p{Lu}\\.\\s?){1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s(?:\\p{Lu}\\.\\s?){1,2})"
            + "(?:,\\s(?:(?:\\p{Lu}\\.\\s?){1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s(?:\\p{Lu}\\.\\s?){1,2}))*$");

    /** Where a line alike occurs in the document, and what follows it each time. */
    private static final class Occurrences {
        int count;
        int firstAt = -1;
        int lastAt = -1;
        int closestGap = Integer.MAX_VALUE;
        int besidePageBreak;
        // a running header is followed by new text on every page, a line of repeated content (the
        // same passage twice) by the same line each time
        final Set<String> followers = new HashSet<>();
    }

    private final List<SourceLine> lines;
    private final boolean[] pageNumber;
    private final boolean[] furniture;
    /** Right before or after a page number or a form feed. */
    private final boolean[] beside;
    /** A running header is shorter than the lines of running text; a line as long as those, repeated by chance, is text. */
    private final int headerMax;

    private PageFurniture(List<SourceLine> lines) {
        this.lines = lines;
        pageNumber = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            pageNumber[i] = PAGE_NUMBER.matcher(lines.get(i).text()).matches();
        }
        furniture = pageNumber.clone();
        beside = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            beside[i] = !pageNumber[i] && (i > 0 && pageNumber[i - 1] || i + 1 < lines.size() && pageNumber[i + 1]
                    || lines.get(i).pageBreak() || i + 1 < lines.size() && lines.get(i + 1).pageBreak());
        }
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).sorted().toArray();
        headerMax = lengths.length == 0 ? 0 : (int) (0.85 * lengths[(int) Math.floor((lengths.length - 1) * 0.7)]);
    }

    static List<SourceLine> removeFrom(List<SourceLine> lines) {
        PageFurniture page = new PageFurniture(lines);
        page.markRepeatedHeaders();
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (page.pageNumber[i]) {
                page.markHeadersOfASentenceBrokenByThePage(i - 1, i + 1);
            } else if (lines.get(i).pageBreak() && !page.pageNumber[i - 1]) {
                page.markHeadersOfASentenceBrokenByThePage(i - 1, i);
            }
        }
        return page.remaining();
    }

    private void markRepeatedHeaders() {
        // each line's key once (two regular expressions a line; a long import has tens of thousands)
        String[] keys = new String[lines.size()];
        Map<String, Occurrences> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.length() > 100) {
                continue;
            }
            keys[i] = headerKey(text);
            Occurrences o = seen.computeIfAbsent(keys[i], k -> new Occurrences());
            if (o.lastAt >= 0) {
                o.closestGap = Math.min(o.closestGap, i - o.lastAt);
            } else {
                o.firstAt = i;
            }
            o.lastAt = i;
            o.count++;
            o.followers.add(i + 1 < lines.size() ? lines.get(i + 1).text() : "");
            if (beside[i]) {
                o.besidePageBreak++;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (keys[i] != null && !furniture[i]) {
                Occurrences o = seen.get(keys[i]);
                furniture[i] = isRunningHeader(lines.get(i).text(), o) || repeatsTheTitle(i, o);
            }
        }
    }

    /**
     * The article's title or its author's name, printed again beside a page break of a short
     * article (one page break, so no repetition to go by): a line of the first few, seen once
     * more where a header stands. The first, at the top, is the title itself and stays.
     */
    private boolean repeatsTheTitle(int i, Occurrences o) {
        return o.count == 2 && o.firstAt < TITLE_LINES && i != o.firstAt && beside[i]
                && o.closestGap >= MIN_PAGE_LINES && !SourceLine.leadsOn(lines.get(i).text());
    }

    /**
     * A line on two pages beside the page number is enough (a two-page article, or the author's
     * name on even pages and the title on odd ones), however wide (a header spans both columns of
     * a two-column page); alone it takes three, shorter than the text and not a sentence. Lines
     * alike in one stretch of text (a list of web addresses, notes "Там же. С. 45") are text: a
     * running header comes once a page.
     */
    private boolean isRunningHeader(String text, Occurrences o) {
        boolean onSeveralPages = o.count >= 2 && o.followers.size() * 2 >= o.count + 1 && o.closestGap >= MIN_PAGE_LINES;
        if (!onSeveralPages || SourceLine.leadsOn(text)) {
            return false;
        }
        boolean besideNumber = o.besidePageBreak >= 2 && o.besidePageBreak * 2 >= o.count;
        boolean titleLike = o.count >= 3 && text.length() < 70 && text.length() <= headerMax && !SourceLine.endsSentence(text);
        return besideNumber || titleLike;
    }

    /**
     * A header seen on one page only (a short article, or one printed once) cannot be told by
     * repetition. Where a sentence runs on across the page break (the full line before it ends
     * without a full stop or with a hyphen, or the text after it goes on in lower case), the short lines
     * set apart beside the page number are page furniture: nothing of the sentence can stand there.
     */
    /**
     * {@code footEnd} is the last line of the page before the break, {@code headStart} the first
     * line after it (after its page number if there is one; a form feed may stand for the number).
     */
    private void markHeadersOfASentenceBrokenByThePage(int footEnd, int headStart) {
        int first = footEnd + 1;
        int last = headStart - 1;
        // at the foot of the previous page only a line with a header's own look: a short line there
        // is more often a paragraph's last (a line of verse, a caption)
        if (footEnd > 0 && lines.get(footEnd).blanksBefore() > 0 && headerCandidate(lines.get(footEnd))
                && RUNNING_HEADER_LOOK.matcher(lines.get(footEnd).text()).find()) {
            first--;
        }
        boolean brokenSentence = runsOn(lines.get(first - 1).text());
        // at the head of the next page one line, and a second (journal and title) only with that look
        while (last + 2 < lines.size() && last - headStart < 1 && headerCandidate(lines.get(last + 1))
                && setApart(lines.get(last + 1), lines.get(last + 2), brokenSentence)
                && (last == headStart - 1 || RUNNING_HEADER_LOOK.matcher(lines.get(last + 1).text()).find())) {
            last++;
        }
        if (first == footEnd + 1 && last == headStart - 1) {
            return;
        }
        boolean runsOn = runsOn(lines.get(first - 1).text()) || goesOnInLowerCase(lines.get(last + 1).text());
        for (int k = first; k <= last; k++) {
            // where a paragraph ended with the page, only a header's own look tells it from a heading
            furniture[k] |= runsOn || RUNNING_HEADER_LOOK.matcher(lines.get(k).text()).find();
        }
    }

    /**
     * The line before a page break leaves its sentence unfinished: it ends with a hyphen, or it is
     * a full line without a full stop (a short one is a heading or a line of verse, which ends where it ends).
     */
    private boolean runsOn(String before) {
        return !PAGE_NUMBER.matcher(before).matches()
                && (before.endsWith("-") || !SourceLine.endsSentence(before) && before.length() > headerMax);
    }

    /** "перевал. Карта …", "(индуктивности, …": the first letter, after any opening bracket or quote, is lower case. */
    private static boolean goesOnInLowerCase(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /**
     * A header stands apart from the text after it: by a blank line, by its own look, or (where the
     * extraction leaves no blank lines) by being short and unpunctuated where the sentence broken
     * by the page goes on after it, or the text after it goes on in lower case — which a line of
     * the text itself, a heading or a paragraph's last, never does.
     */
    private boolean setApart(SourceLine candidate, SourceLine after, boolean brokenSentence) {
        String text = candidate.text();
        return after.blanksBefore() > 0 || RUNNING_HEADER_LOOK.matcher(text).find()
                || text.length() <= headerMax && (goesOnInLowerCase(after.text()) || brokenSentence && !SourceLine.endsSentence(text));
    }

    /** Short, set in capitals or a capital, and neither ending a sentence (a name's initials may) nor leading on to more. */
    private static boolean headerCandidate(SourceLine line) {
        String text = line.text();
        return text.length() <= 100 && !Character.isLowerCase(text.charAt(0))
                && (!SourceLine.endsSentence(text) || RUNNING_HEADER_LOOK.matcher(text).find()) && !SourceLine.leadsOn(text);
    }

    /** A running header with its page number taken out: "12 Вестник МГУ. 2020" and "13 Вестник МГУ. 2020" match. */
    private static String headerKey(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The lines without the furniture (the first line always stays); the line after furniture carries its blank lines. */
    private List<SourceLine> remaining() {
        List<SourceLine> out = new ArrayList<>();
        boolean skipped = false;
        int blanks = 0;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (furniture[i] && i > 0) {
                skipped = true;
                blanks = Math.max(blanks, l.blanksBefore());
                continue;
            }
            out.add(skipped ? l.afterPageBreak(blanks) : l);
            skipped = false;
            blanks = 0;
        }
        return out.isEmpty() ? lines : out;
    }
}
