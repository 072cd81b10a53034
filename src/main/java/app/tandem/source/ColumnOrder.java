package app.tandem.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's lines in reading order. A page set in two columns has a gutter: a vertical strip
 * near the middle that no line of the columns crosses. Lines that cross it (a full-width title,
 * an abstract above the columns) cut the page into bands; each band is read left column first.
 */
final class ColumnOrder {
    /** A line in reading order with the left edge of the column it stands in. */
    record Placed(PdfLine line, float columnLeft, float columnRight) {
    }

    private ColumnOrder() {
    }

    static List<Placed> order(List<PdfLine> pageLines, float pageWidth, float bodySize) {
        float[] gutter = gutter(pageLines, pageWidth, bodySize);
        List<PdfLine> lines = mergeSpreadLines(pageLines, gutter);
        List<PdfLine> byY = new ArrayList<>(lines);
        byY.sort(Comparator.comparingDouble(PdfLine::baseline).thenComparingDouble(PdfLine::x0));
        List<Placed> out = new ArrayList<>();
        if (gutter == null) {
            float left = (float) lines.stream().filter(l -> l.size() >= bodySize * 0.85f).mapToDouble(PdfLine::x0).min().orElse(0);
            float right = (float) lines.stream().filter(l -> l.size() >= bodySize * 0.85f).mapToDouble(PdfLine::x1).max().orElse(pageWidth);
            for (PdfLine l : byY) {
                out.add(new Placed(l, left, right));
            }
            return out;
        }
        float g0 = gutter[0];
        float g1 = gutter[1];
        float leftEdge = (float) lines.stream().filter(l -> l.x1() <= g0 + 1).mapToDouble(PdfLine::x0).min().orElse(0);
        float rightEdge = (float) lines.stream().filter(l -> l.x0() >= g1 - 1).mapToDouble(PdfLine::x1).max().orElse(pageWidth);
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> right = new ArrayList<>();
        for (PdfLine l : byY) {
            boolean inLeft = l.x1() <= g0 + 1;
            boolean inRight = l.x0() >= g1 - 1;
            if (inLeft) {
                left.add(l);
            } else if (inRight) {
                right.add(l);
            } else {
                flush(out, left, right, leftEdge, g0, g1, rightEdge);
                out.add(new Placed(l, leftEdge, rightEdge));
            }
        }
        flush(out, left, right, leftEdge, g0, g1, rightEdge);
        return out;
    }

    /**
     * A justified line with wide word spaces (a heading spread over the column) comes out of the
     * glyphs as pieces on one baseline; they are one line unless the gutter lies between them.
     */
    static List<PdfLine> mergeSpreadLines(List<PdfLine> lines, float[] gutter) {
        List<PdfLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(PdfLine::baseline).thenComparingDouble(PdfLine::x0));
        List<PdfLine> out = new ArrayList<>();
        for (PdfLine l : sorted) {
            PdfLine last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean sameBaseline = last != null && Math.abs(last.baseline() - l.baseline()) < 0.2f * l.size()
                    && Math.abs(last.size() - l.size()) < 0.5f && l.x0() >= last.x1();
            boolean acrossGutter = gutter != null && last != null && last.x1() <= gutter[0] + 1 && l.x0() >= gutter[1] - 1;
            if (sameBaseline && !acrossGutter && l.x0() - last.x1() < 8 * l.size()) {
                out.set(out.size() - 1, new PdfLine(l.page(), last.x0(), l.x1(), last.baseline(), last.size(),
                        last.bold() && l.bold(), last.text() + " " + l.text(), last.coded() + " " + l.coded()));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static void flush(List<Placed> out, List<PdfLine> left, List<PdfLine> right,
                              float leftEdge, float g0, float g1, float rightEdge) {
        left.forEach(l -> out.add(new Placed(l, leftEdge, g0)));
        right.forEach(l -> out.add(new Placed(l, g1, rightEdge)));
        left.clear();
        right.clear();
    }

    /**
     * The widest strip in the middle third of the page that body lines leave empty, when enough
     * lines stand on both sides of it to call them columns; null for a one-column page.
     */
    static float[] gutter(List<PdfLine> lines, float pageWidth, float bodySize) {
        int bins = Math.max(1, (int) Math.ceil(pageWidth));
        int[] cover = new int[bins + 1];
        int body = 0;
        for (PdfLine l : lines) {
            if (l.size() < bodySize * 0.8f || l.width() < bodySize * 3) {
                continue;
            }
            body++;
            for (int x = Math.max(0, (int) l.x0()); x <= Math.min(bins, (int) l.x1()); x++) {
                cover[x]++;
            }
        }
        if (body < 8) {
            return null;
        }
        // a full-width title and abstract above the columns cross the gutter too
        int allowed = Math.max(1, body / 3);
        int from = (int) (pageWidth * 0.3);
        int to = (int) (pageWidth * 0.7);
        // every empty strip is a candidate; the widest with columns on both sides is the gutter
        List<float[]> runs = new ArrayList<>();
        int runStart = -1;
        for (int x = from; x <= to + 1; x++) {
            boolean empty = x <= to && cover[x] <= allowed;
            if (empty && runStart < 0) {
                runStart = x;
            } else if (!empty && runStart >= 0) {
                if (x - runStart >= Math.max(4, bodySize * 0.5f)) {
                    runs.add(new float[] {runStart, x});
                }
                runStart = -1;
            }
        }
        runs.sort((a, b) -> Float.compare(b[1] - b[0], a[1] - a[0]));
        for (float[] run : runs) {
            // the columns part just past the strip's left edge (where the left column's lines end)
            float split = run[0] + 2;
            List<PdfLine> wide = lines.stream().filter(l -> l.size() >= bodySize * 0.8f && l.width() >= bodySize * 3).toList();
            List<PdfLine> left = wide.stream().filter(l -> l.x1() <= split).toList();
            List<PdfLine> right = wide.stream().filter(l -> l.x0() >= split).toList();
            long crossing = wide.size() - left.size() - right.size();
            if (left.size() >= 3 && right.size() >= 3 && crossing <= left.size() + right.size()) {
                float g0 = (float) left.stream().mapToDouble(PdfLine::x1).max().orElse(run[0]);
                float g1 = (float) right.stream().mapToDouble(PdfLine::x0).min().orElse(run[1]);
                return new float[] {g0, g1};
            }
        }
        return null;
    }
}
