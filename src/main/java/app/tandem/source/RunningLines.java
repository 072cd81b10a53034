package app.tandem.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the page furniture of a PDF by where it stands and how it repeats: running headers and
 * footers sit above or below the text block and come back on other pages with at most their
 * numbers changed; a page number stands alone in that band.
 */
final class RunningLines {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-–—]\\s*)?(?:\\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})(?:\\s*[-–—])?$|^(?:[СсCc]\\.|[Pp]\\.|Page|Стр\\.)\\s*\\d{1,4}$");

    private RunningLines() {
    }

    /** The lines of each page that are furniture, by identity. */
    static Set<PdfLine> find(List<PdfPageReader.Page> pages, float bodySize) {
        Map<String, Set<Integer>> seenOn = new HashMap<>();
        List<PdfLine> candidates = new ArrayList<>();
        for (PdfPageReader.Page page : pages) {
            for (PdfLine l : band(page, bodySize)) {
                candidates.add(l);
                seenOn.computeIfAbsent(key(l), k -> new HashSet<>()).add(page.number());
            }
        }
        Set<PdfLine> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PdfLine l : candidates) {
            boolean repeats = seenOn.get(key(l)).size() >= 2;
            if (repeats || PAGE_NUMBER.matcher(l.text()).matches()) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The lines above the page's text block and below it: the top and bottom lines, while they are
     * set apart from the rest by more than the usual line spacing or are smaller type.
     */
    private static List<PdfLine> band(PdfPageReader.Page page, float bodySize) {
        List<PdfLine> lines = new ArrayList<>(page.lines());
        lines.sort(java.util.Comparator.comparingDouble(PdfLine::baseline));
        List<PdfLine> out = new ArrayList<>();
        if (lines.size() < 2) {
            return out;
        }
        float top = page.height() * 0.12f;
        float bottom = page.height() * 0.88f;
        // the first baseline or two, when they stand in the top margin and apart from the text below
        for (int i = 0; i < Math.min(3, lines.size() - 1); i++) {
            PdfLine l = lines.get(i);
            if (l.baseline() > top) {
                break;
            }
            float gapBelow = nextDifferentBaseline(lines, i) - l.baseline();
            if (gapBelow < bodySize * 1.6f && !sameBaselineAsFurniture(out, l)) {
                break;
            }
            out.add(l);
        }
        for (int i = lines.size() - 1; i > Math.max(0, lines.size() - 4); i--) {
            PdfLine l = lines.get(i);
            if (l.baseline() < bottom) {
                break;
            }
            float gapAbove = l.baseline() - previousDifferentBaseline(lines, i);
            if (gapAbove < bodySize * 1.6f && !sameBaselineAsFurniture(out, l)) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    private static boolean sameBaselineAsFurniture(List<PdfLine> found, PdfLine l) {
        return found.stream().anyMatch(f -> Math.abs(f.baseline() - l.baseline()) < 1f);
    }

    private static float nextDifferentBaseline(List<PdfLine> sorted, int i) {
        for (int k = i + 1; k < sorted.size(); k++) {
            if (sorted.get(k).baseline() - sorted.get(i).baseline() > 1f) {
                return sorted.get(k).baseline();
            }
        }
        return Float.MAX_VALUE;
    }

    private static float previousDifferentBaseline(List<PdfLine> sorted, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (sorted.get(i).baseline() - sorted.get(k).baseline() > 1f) {
                return sorted.get(k).baseline();
            }
        }
        return -Float.MAX_VALUE;
    }

    /**
     * What a running line keeps from page to page: its words (numbers aside), its type size and
     * its height on the page. A title that repeats the running header's words stands elsewhere.
     */
    private static String key(PdfLine l) {
        return shape(l.text()) + "|" + Math.round(l.size()) + "|" + Math.round(l.baseline() / 6);
    }

    /** A line's text with its numbers masked: "Вопросы истории, 2021, № 5" and its next page's copy agree. */
    static String shape(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
