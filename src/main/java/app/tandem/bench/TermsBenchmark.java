package app.tandem.bench;

import app.tandem.glossary.Lemmatizer;
import app.tandem.glossary.TermMatch;
import app.tandem.glossary.TermMatcher;
import app.tandem.glossary.Token;
import app.tandem.text.Lang;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Term recognition F1 on terms-ru (multiset of (line, term), as score_terms.py counts it) for
 * Tandem's lemma matcher and the exact-string baseline, then the speed of a 10,000-entry
 * glossary against 10,000 segments, both generated from the benchmark's own sentences.
 */
public final class TermsBenchmark {
    public void run(Path dir, PrintStream out) throws IOException {
        List<String> sentences = Files.readAllLines(dir.resolve("sentences.txt"), StandardCharsets.UTF_8);
        List<String> terms = Files.readAllLines(dir.resolve("glossary.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        Map<String, Integer> gold = new HashMap<>();
        for (String l : Files.readAllLines(dir.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
            String[] c = l.split("\t");
            if (c.length >= 2 && c[0].matches("\\d+")) {
                gold.merge(c[0] + "\t" + c[1].strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        TermMatcher matcher = new TermMatcher(terms, Lemmatizer.of(Lang.RU));
        Map<String, Integer> tandem = new HashMap<>();
        Map<String, Integer> exact = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (TermMatch m : matcher.find(sentences.get(i))) {
                tandem.merge((i + 1) + "\t" + m.term().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            String lower = sentences.get(i).toLowerCase(Locale.ROOT);
            for (String t : terms) {
                int from = 0;
                String tl = t.toLowerCase(Locale.ROOT);
                while ((from = indexOfWord(lower, tl, from)) >= 0) {
                    exact.merge((i + 1) + "\t" + tl, 1, Integer::sum);
                    from += tl.length();
                }
            }
        }
        out.println("| system | P | R | F1 |");
        out.println("|---|---|---|---|");
        row(out, "Tandem (lemma index, LanguageTool morfologik)", tandem, gold);
        row(out, "exact string match (baseline)", exact, gold);
        speed(sentences, out);
    }

    private static int indexOfWord(String text, String word, int from) {
        int i = text.indexOf(word, from);
        while (i >= 0) {
            boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int e = i + word.length();
            boolean right = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (left && right) {
                return i;
            }
            i = text.indexOf(word, i + 1);
        }
        return -1;
    }

    private static void row(PrintStream out, String name, Map<String, Integer> sys, Map<String, Integer> gold) {
        int tp = 0;
        int ns = sys.values().stream().mapToInt(Integer::intValue).sum();
        int ng = gold.values().stream().mapToInt(Integer::intValue).sum();
        for (var e : sys.entrySet()) {
            tp += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        }
        double p = ns == 0 ? 0 : (double) tp / ns;
        double r = ng == 0 ? 0 : (double) tp / ng;
        out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f |%n", name, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static void speed(List<String> sentences, PrintStream out) {
        Set<String> vocabulary = new LinkedHashSet<>();
        for (String s : sentences) {
            for (Token t : Lemmatizer.tokenize(s)) {
                if (t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
                    vocabulary.add(t.text().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> words = new ArrayList<>(vocabulary);
        Random random = new Random(42);
        List<String> glossary = new ArrayList<>();
        while (glossary.size() < 10_000) {
            int n = 1 + random.nextInt(3);
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < n; k++) {
                t.append(k > 0 ? " " : "").append(words.get(random.nextInt(words.size())));
            }
            glossary.add(t.toString());
        }
        List<String> segments = new ArrayList<>();
        while (segments.size() < 10_000) {
            segments.add(sentences.get(segments.size() % sentences.size()));
        }
        long t0 = System.nanoTime();
        TermMatcher matcher = new TermMatcher(glossary, Lemmatizer.of(Lang.RU));
        long t1 = System.nanoTime();
        int found = 0;
        for (String s : segments) {
            found += matcher.find(s).size();
        }
        long t2 = System.nanoTime();
        out.printf(Locale.ROOT, "- 10,000-entry glossary indexed in %.2f s; 10,000 segments matched in %.2f s (%d occurrences); total %.2f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, found, (t2 - t0) / 1e9);
    }
}
