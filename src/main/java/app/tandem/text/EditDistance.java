package app.tandem.text;

/** Edit distances between two short strings (words and their keys). */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * Optimal string alignment distance: like {@link #of} but swapping two neighbouring letters
     * counts as one edit, as typists make it ("recieve").
     */
    public static int withTranspositions(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Whether element {@code i} of one sequence equals element {@code j} of the other. */
    @FunctionalInterface
    public interface SameAt {
        boolean same(int i, int j);
    }

    /** Levenshtein distance between two sequences of lengths {@code n} and {@code m}, in two rows. */
    public static int between(int n, int m, SameAt sameAt) {
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = sameAt.same(i - 1, j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Levenshtein distance of two strings, letter by letter. */
    public static int of(String a, String b) {
        return between(a.length(), b.length(), (i, j) -> a.charAt(i) == b.charAt(j));
    }
}
