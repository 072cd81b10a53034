package app.tandem.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentence aligner: dynamic programming over beads 1:1, 1:0, 0:1, 2:1, 1:2 and 2:2, scoring
 * sentence length as Gale and Church do, plus lexical evidence (numbers, names and Latin tokens,
 * and a lexicon bootstrapped from the confident 1:1 beads of a first pass, as hunalign does).
 * With {@code lexical=false} it is the plain Gale–Church baseline.
 */
public final class GaleChurchAligner {
    private static final int[][] BEADS = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    /** -log prior of each bead type, from Gale and Church's counts. */
    /** Gale and Church's own bead priors, kept for the length-only baseline. */
    private static final double[] PRIOR_GALE_CHURCH = {
            -Math.log(0.89), -Math.log(0.0099 / 2), -Math.log(0.0099 / 2),
            -Math.log(0.089 / 2), -Math.log(0.089 / 2), -Math.log(0.011)};
    /** Priors for translated articles, where dropped and merged sentences are more common than in Hansards. */
    private static final double[] PRIOR = {
            -Math.log(0.85), -Math.log(0.02), -Math.log(0.02),
            -Math.log(0.05), -Math.log(0.05), -Math.log(0.005)};
    private static final double VARIANCE = 6.8;
    private static final double MATCH_WEIGHT = 2.2;
    private static final double NUMBER_MISMATCH_WEIGHT = 1.5;
    private static final double LEXICON_WEIGHT = 1.2;
    private static final double COGNATE_WEIGHT = 0.8;
    private static final double INDEL_PENALTY = Double.parseDouble(System.getProperty("tandem.align.indel", "4.0"));
    /** A sentence with its own evidence that finds none of it on the other side of its bead. */
    private static final double ORPHAN_WEIGHT = 1.5;

    private final boolean lexical;
    private final BilingualLexicon lexicon;

    public GaleChurchAligner(boolean lexical, BilingualLexicon lexicon) {
        this.lexical = lexical;
        this.lexicon = lexicon == null ? BilingualLexicon.empty() : lexicon;
    }

    public static GaleChurchAligner lengthOnly() {
        return new GaleChurchAligner(false, null);
    }

    public static GaleChurchAligner withLexicalEvidence() {
        return new GaleChurchAligner(true, BilingualLexicon.empty());
    }

    public List<Bead> align(List<String> ru, List<String> en) {
        List<SentenceFeatures> rf = new ArrayList<>();
        List<SentenceFeatures> ef = new ArrayList<>();
        ru.forEach(s -> rf.add(new SentenceFeatures(s, true)));
        en.forEach(s -> ef.add(new SentenceFeatures(s, false)));
        double ratio = ratio(rf, ef);
        if (!lexical) {
            return run(rf, ef, ratio, null);
        }
        List<Bead> first = run(rf, ef, ratio, lexicon);
        BilingualLexicon learned = lexicon.plus(bootstrap(first, rf, ef));
        return run(rf, ef, ratio, learned);
    }

    private static double ratio(List<SentenceFeatures> rf, List<SentenceFeatures> ef) {
        double r = rf.stream().mapToInt(f -> f.length).sum();
        double e = ef.stream().mapToInt(f -> f.length).sum();
        return r == 0 || e == 0 ? 1.0 : e / r;
    }

    private List<Bead> run(List<SentenceFeatures> rf, List<SentenceFeatures> ef, double ratio, BilingualLexicon lex) {
        int n = rf.size();
        int m = ef.size();
        double[][] cost = new double[n + 1][m + 1];
        int[][] back = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        int band = Math.max(10, Math.abs(n - m) + 10);
        for (int i = 0; i <= n; i++) {
            int center = n == 0 ? 0 : (int) Math.round((double) i * m / n);
            int jFrom = Math.max(0, center - band);
            int jTo = Math.min(m, center + band);
            if (i == n) {
                jTo = m;
            }
            for (int j = jFrom; j <= jTo; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                for (int b = 0; b < BEADS.length; b++) {
                    int di = BEADS[b][0];
                    int dj = BEADS[b][1];
                    if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = cost[i - di][j - dj] + beadCost(b, rf, ef, i - di, di, j - dj, dj, ratio, lex);
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        back[i][j] = b;
                    }
                }
            }
        }
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int b = back[i][j];
            int di = BEADS[b][0];
            int dj = BEADS[b][1];
            beads.add(new Bead(range(i - di, di), range(j - dj, dj),
                    confidence(b, rf, ef, i - di, di, j - dj, dj, ratio, lex)));
            i -= di;
            j -= dj;
        }
        Collections.reverse(beads);
        return beads;
    }

    private static List<Integer> range(int from, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(from + k);
        }
        return out;
    }

    private static int totalLength(List<SentenceFeatures> sentences, int from, int count) {
        int sum = 0;
        for (int k = 0; k < count; k++) {
            sum += sentences.get(from + k).length;
        }
        return sum;
    }

    private double beadCost(int type, List<SentenceFeatures> rf, List<SentenceFeatures> ef,
                            int i, int di, int j, int dj, double ratio, BilingualLexicon lex) {
        int lr = totalLength(rf, i, di);
        int le = totalLength(ef, j, dj);
        // a sentence left untranslated has no length to compare; its cost is the prior plus a fixed penalty
        double c = lexical
                ? PRIOR[type] + (di == 0 || dj == 0 ? INDEL_PENALTY : lengthCost(lr, le, ratio))
                : PRIOR_GALE_CHURCH[type] + lengthCost(lr, le, ratio);
        if (lex != null && di > 0 && dj > 0) {
            Evidence ev = evidence(rf, ef, i, di, j, dj, lex);
            c -= MATCH_WEIGHT * ev.matches + LEXICON_WEIGHT * ev.lexicon + COGNATE_WEIGHT * ev.cognates;
            c += NUMBER_MISMATCH_WEIGHT * ev.numberMismatches + ORPHAN_WEIGHT * ev.orphans;
        }
        return c;
    }

    /** -log P(delta) under the Gale–Church normal model of character lengths. */
    private static double lengthCost(int lr, int le, double ratio) {
        if (lr == 0 && le == 0) {
            return 0;
        }
        double mean = (lr + le / ratio) / 2.0;
        double delta = (le - lr * ratio) / Math.sqrt(Math.max(1.0, mean) * VARIANCE);
        double p = 2 * (1 - normalCdf(Math.abs(delta)));
        return -Math.log(Math.max(p, 1e-12));
    }

    private static double normalCdf(double z) {
        double t = 1 / (1 + 0.2316419 * z);
        double d = 0.3989423 * Math.exp(-z * z / 2);
        double p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
        return 1 - p;
    }

    private record Evidence(int matches, double lexicon, int numberMismatches, int anchors, double cognates, int orphans) {
    }

    private static Evidence evidence(List<SentenceFeatures> rf, List<SentenceFeatures> ef, int i, int di, int j, int dj,
                                     BilingualLexicon lex) {
        Set<String> rn = new HashSet<>();
        Set<String> en = new HashSet<>();
        Set<String> rnames = new HashSet<>();
        Set<String> enames = new HashSet<>();
        List<String> rstems = new ArrayList<>();
        Set<String> estems = new HashSet<>();
        for (int k = 0; k < di; k++) {
            SentenceFeatures f = rf.get(i + k);
            rn.addAll(f.numbers);
            rnames.addAll(f.names);
            rstems.addAll(f.stems);
        }
        for (int k = 0; k < dj; k++) {
            SentenceFeatures f = ef.get(j + k);
            en.addAll(f.numbers);
            enames.addAll(f.names);
            estems.addAll(f.stems);
        }
        int matches = 0;
        int mismatches = 0;
        for (String x : rn) {
            if (en.contains(x)) {
                matches++;
            } else {
                mismatches++;
            }
        }
        for (String x : en) {
            if (!rn.contains(x)) {
                mismatches++;
            }
        }
        for (String x : rnames) {
            if (x.length() >= 3 && enames.contains(x)) {
                matches++;
            }
        }
        double lexScore = 0;
        if (!lex.isEmpty()) {
            Set<String> seen = new HashSet<>();
            for (String r : rstems) {
                if (seen.add(r) && lex.translatesAny(r, estems)) {
                    lexScore += 1;
                }
            }
            int denom = Math.max(1, Math.min(rstems.size(), estems.size()));
            lexScore = lexScore * 8.0 / (denom + 4);
        }
        Set<String> rc = new HashSet<>();
        Set<String> ec = new HashSet<>();
        for (int k = 0; k < di; k++) {
            rc.addAll(rf.get(i + k).cognates);
        }
        for (int k = 0; k < dj; k++) {
            ec.addAll(ef.get(j + k).cognates);
        }
        int cognates = 0;
        for (String x : rc) {
            if (ec.contains(x)) {
                cognates++;
            }
        }
        // in a merged bead, a sentence whose own anchors find nothing on the other side was probably not translated here
        int orphans = 0;
        if (di + dj > 2) {
            for (int k = 0; k < di; k++) {
                if (orphan(rf.get(i + k), ef, j, dj)) {
                    orphans++;
                }
            }
            for (int k = 0; k < dj; k++) {
                if (orphan(ef.get(j + k), rf, i, di)) {
                    orphans++;
                }
            }
        }
        return new Evidence(matches, lexScore, mismatches, rn.size() + en.size() + rnames.size(), Math.min(cognates, 4), orphans);
    }

    private static boolean orphan(SentenceFeatures f, List<SentenceFeatures> other, int from, int count) {
        int own = f.numbers.size() + f.names.size() + f.cognates.size();
        if (own < 2) {
            return false;
        }
        for (int k = 0; k < count; k++) {
            SentenceFeatures o = other.get(from + k);
            for (String n : f.numbers) {
                if (o.numbers.contains(n)) {
                    return false;
                }
            }
            for (String n : f.names) {
                if (o.names.contains(n)) {
                    return false;
                }
            }
            for (String c : f.cognates) {
                if (o.cognates.contains(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private double confidence(int type, List<SentenceFeatures> rf, List<SentenceFeatures> ef,
                              int i, int di, int j, int dj, double ratio, BilingualLexicon lex) {
        if (di == 0 || dj == 0) {
            return 0.2;
        }
        int lr = totalLength(rf, i, di);
        int le = totalLength(ef, j, dj);
        double lengthP = Math.exp(-lengthCost(lr, le, ratio));
        double conf = 0.35 + 0.5 * lengthP;
        if (lex != null) {
            Evidence ev = evidence(rf, ef, i, di, j, dj, lex);
            conf += 0.1 * Math.min(3, ev.matches) + 0.05 * Math.min(4, ev.lexicon) - 0.15 * Math.min(3, ev.numberMismatches);
        }
        if (type != 0) {
            conf -= 0.1;
        }
        return Math.max(0, Math.min(1, conf));
    }

    /** Stem pairs that co-occur in confident 1:1 beads more than chance: the text's own lexicon. */
    private static Map<String, Set<String>> bootstrap(List<Bead> beads, List<SentenceFeatures> rf, List<SentenceFeatures> ef) {
        Map<String, Integer> rc = new HashMap<>();
        Map<String, Integer> ec = new HashMap<>();
        Map<String, Map<String, Integer>> joint = new HashMap<>();
        for (Bead b : beads) {
            if (b.ru().size() != 1 || b.en().size() != 1 || b.confidence() < 0.6) {
                continue;
            }
            Set<String> rs = new HashSet<>(rf.get(b.ru().get(0)).stems);
            Set<String> es = new HashSet<>(ef.get(b.en().get(0)).stems);
            for (String r : rs) {
                rc.merge(r, 1, Integer::sum);
                for (String e : es) {
                    joint.computeIfAbsent(r, k -> new HashMap<>()).merge(e, 1, Integer::sum);
                }
            }
            es.forEach(e -> ec.merge(e, 1, Integer::sum));
        }
        Map<String, Set<String>> out = new HashMap<>();
        joint.forEach((r, row) -> row.forEach((e, c) -> {
            double dice = 2.0 * c / (rc.get(r) + ec.get(e));
            if (c >= 2 && dice >= 0.6 && r.length() >= 3 && e.length() >= 3) {
                out.computeIfAbsent(r, k -> new HashSet<>()).add(e);
            }
        }));
        return out;
    }
}
