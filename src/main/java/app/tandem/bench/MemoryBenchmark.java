package app.tandem.bench;

import app.tandem.memory.FuzzyMatcher;
import app.tandem.segment.ConlluSentences;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Translation-memory look-up: a 100,000-unit memory made from the Russian UD sentences (each
 * sentence several times with one word replaced, as memories hold families of similar sentences),
 * queried with sentences that differ from a stored one in one to three words. The baseline scores
 * every unit with the same measure; the indexed matcher must find the same best score.
 */
public final class MemoryBenchmark {
    private static final int UNITS = 100_000;
    private static final int QUERIES = 100;

    public void run(Path udDir, PrintStream out) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (var files = Files.walk(udDir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("ru_") && f.toString().endsWith(".conllu")).sorted().toList()) {
                sentences.addAll(ConlluSentences.sentences(p));
            }
        }
        sentences.removeIf(s -> s.split(" ").length < 5);
        List<String> vocabulary = new ArrayList<>();
        for (String s : sentences) {
            vocabulary.addAll(Arrays.asList(s.split(" ")));
        }
        Random random = new Random(42);
        List<String> units = new ArrayList<>(UNITS);
        for (int i = 0; i < UNITS; i++) {
            String s = sentences.get(i % sentences.size());
            units.add(i < sentences.size() ? s : replaceWords(s, 1, vocabulary, random));
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            queries.add(replaceWords(sentences.get(random.nextInt(sentences.size())), 1 + random.nextInt(3), vocabulary, random));
        }

        long t0 = System.nanoTime();
        FuzzyMatcher matcher = new FuzzyMatcher();
        for (int i = 0; i < units.size(); i++) {
            matcher.put(new FuzzyMatcher.Unit(i, 0, units.get(i), "en " + i, "bench"));
        }
        double buildSecs = (System.nanoTime() - t0) / 1e9;
        for (String q : queries) {
            matcher.find(q, 60, 3, 0); // warm-up
        }
        double[] indexedMs = new double[QUERIES];
        int[] indexedBest = new int[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long s = System.nanoTime();
            List<FuzzyMatcher.Match> m = matcher.find(queries.get(i), 60, 3, 0);
            indexedMs[i] = (System.nanoTime() - s) / 1e6;
            indexedBest[i] = m.isEmpty() ? 0 : m.get(0).score();
        }

        List<List<String>> tokenized = units.stream().map(FuzzyMatcher::tokenize).toList();
        double[] exhaustiveMs = new double[QUERIES];
        int agree = 0;
        int withMatch = 0;
        for (int i = 0; i < QUERIES; i++) {
            String q = queries.get(i);
            long s = System.nanoTime();
            List<String> qt = FuzzyMatcher.tokenize(q);
            int best = 0;
            for (int u = 0; u < tokenized.size(); u++) {
                best = Math.max(best, FuzzyMatcher.score(qt, tokenized.get(u), q, units.get(u)));
            }
            exhaustiveMs[i] = (System.nanoTime() - s) / 1e6;
            int bestAbove = best >= 60 ? best : 0;
            if (bestAbove > 0) {
                withMatch++;
            }
            if (bestAbove == indexedBest[i]) {
                agree++;
            }
        }
        out.printf(Locale.ROOT, "- memory of %,d units (%,d distinct UD sentences, the rest one-word variants) indexed in %.2f s%n",
                units.size(), sentences.size(), buildSecs);
        out.printf(Locale.ROOT, "- %d queries (1-3 words changed): indexed look-up mean %.2f ms, p95 %.2f ms; scoring every unit mean %.1f ms, p95 %.1f ms (%.0fx)%n",
                QUERIES, mean(indexedMs), p95(indexedMs), mean(exhaustiveMs), p95(exhaustiveMs), mean(exhaustiveMs) / mean(indexedMs));
        out.printf(Locale.ROOT, "- best score found by the index equals the exhaustive best (>= 60) for %d of %d queries (%d have a match >= 60)%n",
                agree, QUERIES, withMatch);
    }

    private static String replaceWords(String s, int n, List<String> vocabulary, Random random) {
        String[] words = s.split(" ");
        for (int k = 0; k < n; k++) {
            words[random.nextInt(words.length)] = vocabulary.get(random.nextInt(vocabulary.size()));
        }
        return String.join(" ", words);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0);
    }

    private static double p95(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(0.95 * s.length) - 1];
    }
}
