package app.tandem.align;

import app.tandem.memory.FuzzyMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences of an old and a new version of a source, lined up: the same sentence (kept), one
 * reworded (changed: similar enough that its old translation is a useful draft), one the new
 * version added and one it dropped. Sentences are matched as a longest common subsequence of their
 * texts (whitespace aside), with unique sentences as anchors when the versions are long; the
 * sentences between two matches are paired by similarity in their order.
 */
public final class VersionDiff {
    public enum Kind { KEPT, CHANGED, ADDED, REMOVED }

    /** {@code oldIndex} -1 for an added sentence, {@code newIndex} -1 for a removed one; {@code score} 0–100. */
    public record Step(Kind kind, int oldIndex, int newIndex, int score) {
    }

    /** A reworded sentence must share this much (FuzzyMatcher's score) to carry its old translation over. */
    public static final int CHANGED_MIN_SCORE = 50;
    /** Above this many cells a stretch is lined up through its unique sentences first (memory stays small). */
    private static final long DIRECT_CELLS = 4_000_000L;

    private final List<String> oldKeys;
    private final List<String> newKeys;
    private final List<String> oldTexts;
    private final List<String> newTexts;
    private final List<Step> steps = new ArrayList<>();

    private VersionDiff(List<String> oldTexts, List<String> newTexts) {
        this.oldTexts = oldTexts;
        this.newTexts = newTexts;
        this.oldKeys = oldTexts.stream().map(VersionDiff::key).toList();
        this.newKeys = newTexts.stream().map(VersionDiff::key).toList();
    }

    public static List<Step> of(List<String> oldTexts, List<String> newTexts) {
        VersionDiff d = new VersionDiff(oldTexts, newTexts);
        d.match(0, oldTexts.size(), 0, newTexts.size());
        return d.steps;
    }

    static String key(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private void match(int o0, int o1, int n0, int n1) {
        while (o0 < o1 && n0 < n1 && oldKeys.get(o0).equals(newKeys.get(n0))) {
            steps.add(new Step(Kind.KEPT, o0++, n0++, 100));
        }
        List<Step> tail = new ArrayList<>();
        while (o1 > o0 && n1 > n0 && oldKeys.get(o1 - 1).equals(newKeys.get(n1 - 1))) {
            tail.add(0, new Step(Kind.KEPT, --o1, --n1, 100));
        }
        if ((long) (o1 - o0) * (n1 - n0) <= DIRECT_CELLS) {
            lcs(o0, o1, n0, n1);
        } else {
            anchored(o0, o1, n0, n1);
        }
        steps.addAll(tail);
    }

    /** Classic longest common subsequence over the stretch; what lies between matches is paired by similarity. */
    private void lcs(int o0, int o1, int n0, int n1) {
        int n = o1 - o0;
        int m = n1 - n0;
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = oldKeys.get(o0 + i).equals(newKeys.get(n0 + j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int gapO = 0;
        int gapN = 0;
        while (i < n && j < m) {
            if (oldKeys.get(o0 + i).equals(newKeys.get(n0 + j))) {
                gap(o0 + gapO, o0 + i, n0 + gapN, n0 + j);
                steps.add(new Step(Kind.KEPT, o0 + i, n0 + j, 100));
                i++;
                j++;
                gapO = i;
                gapN = j;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        gap(o0 + gapO, o1, n0 + gapN, n1);
    }

    /** Patience-style: sentences occurring once in each version, in increasing order in both, split the stretch. */
    private void anchored(int o0, int o1, int n0, int n1) {
        Map<String, int[]> counts = new HashMap<>();
        for (int i = o0; i < o1; i++) {
            int[] c = counts.computeIfAbsent(oldKeys.get(i), k -> new int[] {0, 0, -1, -1});
            c[0]++;
            c[2] = i;
        }
        for (int j = n0; j < n1; j++) {
            int[] c = counts.get(newKeys.get(j));
            if (c != null) {
                c[1]++;
                c[3] = j;
            }
        }
        List<int[]> unique = new ArrayList<>();
        for (int j = n0; j < n1; j++) {
            int[] c = counts.get(newKeys.get(j));
            if (c != null && c[0] == 1 && c[1] == 1) {
                unique.add(new int[] {c[2], j});
            }
        }
        List<int[]> chain = longestIncreasing(unique);
        if (chain.isEmpty()) {
            windowed(o0, o1, n0, n1);
            return;
        }
        int po = o0;
        int pn = n0;
        for (int[] a : chain) {
            match(po, a[0], pn, a[1]);
            steps.add(new Step(Kind.KEPT, a[0], a[1], 100));
            po = a[0] + 1;
            pn = a[1] + 1;
        }
        match(po, o1, pn, n1);
    }

    /** How far ahead a long stretch without unique sentences is searched for the next equal one. */
    private static final int WINDOW = 64;

    /**
     * A long stretch of sentences that all recur (a text repeated, a refrain of "Там же."): walked in
     * step, an unequal pair resolved by the nearer equal sentence ahead on either side, within a window.
     */
    private void windowed(int o0, int o1, int n0, int n1) {
        int i = o0;
        int j = n0;
        while (i < o1 && j < n1) {
            if (oldKeys.get(i).equals(newKeys.get(j))) {
                steps.add(new Step(Kind.KEPT, i++, j++, 100));
                continue;
            }
            // the nearest point where both sides run equal again (two in a row, so a refrain does not mislead):
            // d sentences replaced, inserted or dropped
            int skipOld = 1;
            int skipNew = 1;
            for (int d = 1; d < WINDOW; d++) {
                if (inStep(i + d, o1, j + d, n1)) {
                    skipOld = d;
                    skipNew = d;
                    break;
                }
                if (inStep(i, o1, j + d, n1)) {
                    skipOld = 0;
                    skipNew = d;
                    break;
                }
                if (inStep(i + d, o1, j, n1)) {
                    skipOld = d;
                    skipNew = 0;
                    break;
                }
            }
            gap(i, i + skipOld, j, j + skipNew);
            i += skipOld;
            j += skipNew;
        }
        gap(i, o1, j, n1);
    }

    private boolean inStep(int i, int o1, int j, int n1) {
        if (i >= o1 || j >= n1 || !oldKeys.get(i).equals(newKeys.get(j))) {
            return false;
        }
        return i + 1 >= o1 || j + 1 >= n1 || oldKeys.get(i + 1).equals(newKeys.get(j + 1));
    }

    /** The anchors (in new order) whose old positions increase, as many as can be. */
    private static List<int[]> longestIncreasing(List<int[]> pairs) {
        int[] tails = new int[pairs.size()];
        int[] prev = new int[pairs.size()];
        int length = 0;
        for (int k = 0; k < pairs.size(); k++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[0] < pairs.get(k)[0]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            length = Math.max(length, lo + 1);
        }
        List<int[]> out = new ArrayList<>();
        for (int k = length == 0 ? -1 : tails[length - 1]; k >= 0; k = prev[k]) {
            out.add(0, pairs.get(k));
        }
        return out;
    }

    /**
     * Old sentences {@code o0..o1} replaced by new ones {@code n0..n1}: pairs in order that score at
     * least {@link #CHANGED_MIN_SCORE}, as many and as similar as can be; the rest removed or added.
     */
    private void gap(int o0, int o1, int n0, int n1) {
        int n = o1 - o0;
        int m = n1 - n0;
        if (n == 0 || m == 0 || (long) n * m > 250_000L) {
            for (int i = o0; i < o1; i++) {
                steps.add(new Step(Kind.REMOVED, i, -1, 0));
            }
            for (int j = n0; j < n1; j++) {
                steps.add(new Step(Kind.ADDED, -1, j, 0));
            }
            return;
        }
        int[][] score = new int[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                String a = oldTexts.get(o0 + i);
                String b = newTexts.get(n0 + j);
                score[i][j] = FuzzyMatcher.score(FuzzyMatcher.tokenize(a), FuzzyMatcher.tokenize(b), a, b);
            }
        }
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                int pair = score[i][j] >= CHANGED_MIN_SCORE ? score[i][j] + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(pair, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (score[i][j] >= CHANGED_MIN_SCORE && best[i][j] == score[i][j] + best[i + 1][j + 1]) {
                steps.add(new Step(Kind.CHANGED, o0 + i, n0 + j, score[i][j]));
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                steps.add(new Step(Kind.REMOVED, o0 + i++, -1, 0));
            } else {
                steps.add(new Step(Kind.ADDED, -1, n0 + j++, 0));
            }
        }
        while (i < n) {
            steps.add(new Step(Kind.REMOVED, o0 + i++, -1, 0));
        }
        while (j < m) {
            steps.add(new Step(Kind.ADDED, -1, n0 + j++, 0));
        }
    }
}
