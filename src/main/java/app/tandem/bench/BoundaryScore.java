package app.tandem.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Precision/recall/F1 of sentence boundaries, each boundary identified by the count of non-whitespace characters before it. */
public record BoundaryScore(int truePositives, int system, int gold) {
    public double precision() {
        return system == 0 ? 0 : (double) truePositives / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public static BoundaryScore of(List<String> goldSentences, List<String> systemSentences) {
        Set<Integer> g = boundaries(goldSentences);
        Set<Integer> s = boundaries(systemSentences);
        int tp = 0;
        for (int b : s) {
            if (g.contains(b)) {
                tp++;
            }
        }
        return new BoundaryScore(tp, s.size(), g.size());
    }

    private static Set<Integer> boundaries(List<String> sentences) {
        Set<Integer> out = new HashSet<>();
        int n = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            for (int k = 0; k < s.length(); k++) {
                if (!Character.isWhitespace(s.charAt(k))) {
                    n++;
                }
            }
            if (i < sentences.size() - 1) {
                out.add(n);
            }
        }
        return out;
    }
}
