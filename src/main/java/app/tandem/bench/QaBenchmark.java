package app.tandem.bench;

import app.tandem.glossary.Lemmatizer;
import app.tandem.glossary.Token;
import app.tandem.qa.Finding;
import app.tandem.qa.Glossary;
import app.tandem.qa.QaContext;
import app.tandem.qa.QaEngine;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;
import app.tandem.qa.checks.LanguageToolCheck;
import app.tandem.text.Lang;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * QA on the 1000 professional translations of UD PUD: the share of clean pairs with an error
 * (false alarms), recall of injected errors per type, and speed against LanguageTool's raw
 * throughput measured in the same run.
 */
public final class QaBenchmark {
    public void run(Path ruPudConllu, PrintStream out) throws IOException {
        run(ruPudConllu, Path.of("seeds"), out);
    }

    public void run(Path ruPudConllu, Path seedsDir, PrintStream out) throws IOException {
        List<SegmentPair> pud = readPud(ruPudConllu);
        QaEngine engine = new QaEngine("en-US", true);
        engine.warmUp();
        QaContext context = documentContext(pud);

        noise("PUD test, 1000 professional pairs, en-US", pud, engine, context, out);
        QaEngine withSource = new QaEngine("en-US", true, true);
        noise("PUD test, en-US, with the project setting \"Check the Russian source too\"", pud, withSource, context, out);
        markerNoise(pud, engine, out);
        for (String seed : List.of("000_", "004_")) {
            List<SegmentPair> pairs = seedPairs(seedsDir, seed);
            noise("seed " + seed + "… (its English passages as aligned on import, en-US)", pairs, engine, documentContext(pairs), out);
        }

        // precision on clean professional translations
        List<List<Finding>> clean = engine.checkAll(pud, context, 2, i -> { });
        int withError = 0;
        Map<String, Integer> byCheck = new TreeMap<>();
        for (List<Finding> f : clean) {
            boolean error = false;
            for (Finding x : f) {
                if (x.severity() == Severity.ERROR) {
                    error = true;
                    byCheck.merge(x.checkId(), 1, Integer::sum);
                }
            }
            if (error) {
                withError++;
            }
        }
        out.printf(Locale.ROOT, "Clean PUD pairs with at least one error: %d of %d = %.2f %% (by check: %s)%n",
                withError, pud.size(), 100.0 * withError / pud.size(), byCheck);

        // recall of injected errors
        ErrorInjector injector = new ErrorInjector(7);
        Map<ErrorInjector.Type, int[]> recall = new EnumMap<>(ErrorInjector.Type.class);
        Map<ErrorInjector.Type, String> expected = Map.ofEntries(Map.entry(ErrorInjector.Type.REPEATED_WORD, "repeated-word"),
                Map.entry(ErrorInjector.Type.NUMBER_ALTERED, "number-mismatch"), Map.entry(ErrorInjector.Type.CITATION_DROPPED, "inline-element"),
                Map.entry(ErrorInjector.Type.GLOSSARY_TERM_REPLACED, "glossary"), Map.entry(ErrorInjector.Type.CYRILLIC_HOMOGLYPH, "mixed-script"),
                Map.entry(ErrorInjector.Type.DOUBLE_SPACE, "spacing"), Map.entry(ErrorInjector.Type.MISSING_SPACE_AFTER_PERIOD, "missing-space"),
                Map.entry(ErrorInjector.Type.FINAL_PUNCTUATION_REMOVED, "final-punctuation"),
                Map.entry(ErrorInjector.Type.TARGET_LEFT_IN_RUSSIAN, "target-equals-source"));
        QaEngine fast = new QaEngine("en-US", false);
        Random random = new Random(11);
        for (ErrorInjector.Type type : ErrorInjector.Type.values()) {
            int[] counts = new int[2];
            for (SegmentPair p : pud) {
                QaContext ctx = context;
                ErrorInjector.Damaged d;
                if (type == ErrorInjector.Type.GLOSSARY_TERM_REPLACED) {
                    Object[] g = glossaryDamage(p, random);
                    if (g == null) {
                        continue;
                    }
                    ctx = new QaContext((Glossary) g[0], List.of(), List.of());
                    d = (ErrorInjector.Damaged) g[1];
                } else {
                    d = injector.inject(type, p.source(), p.target());
                }
                if (d == null) {
                    continue;
                }
                counts[1]++;
                String want = expected.get(type);
                // a repeated word is a warning (the reviewer decides); every other injected error must be an error
                Severity least = type == ErrorInjector.Type.REPEATED_WORD ? Severity.WARNING : Severity.ERROR;
                if (fast.check(new SegmentPair(d.source(), d.target()), ctx).stream()
                        .anyMatch(f -> f.checkId().equals(want) && f.severity().compareTo(least) <= 0)) {
                    counts[0]++;
                }
            }
            recall.put(type, counts);
        }
        out.println("| injected error | detected by (as error; repeated word as warning) | pairs | recall |");
        out.println("|---|---|---|---|");
        recall.forEach((t, c) -> out.printf(Locale.ROOT, "| %s | %s | %d | %.1f %% |%n", t, expected.get(t), c[1], 100.0 * c[0] / Math.max(1, c[1])));

        speed(pud, out);
    }

    /** The context a whole document gets in Tandem: its pairs, and the words recurring in its sources and targets. */
    /**
     * Footnote markers and formatting codes are codes, no part of what a sentence says: the same
     * clean pairs with a closing footnote marker, a marker after a word inside the sentence and the
     * first word in italics, on both sides alike, must draw no finding that the plain pairs do not.
     */
    private static void markerNoise(List<SegmentPair> pud, QaEngine engine, PrintStream out) {
        List<SegmentPair> marked = pud.stream().map(QaBenchmark::mark).toList();
        List<List<Finding>> plain = engine.checkAll(pud, documentContext(pud), 2, i -> { });
        List<List<Finding>> withMarks = engine.checkAll(marked, documentContext(marked), 2, i -> { });
        int pairs = 0;
        Map<String, Integer> byCheck = new TreeMap<>();
        List<String> examples = new java.util.ArrayList<>();
        for (int i = 0; i < pud.size(); i++) {
            Map<String, Integer> before = new TreeMap<>();
            plain.get(i).forEach(f -> before.merge(f.checkId(), 1, Integer::sum));
            Map<String, Integer> after = new TreeMap<>();
            withMarks.get(i).forEach(f -> after.merge(f.checkId(), 1, Integer::sum));
            boolean extra = false;
            for (var e : after.entrySet()) {
                if (e.getValue() > before.getOrDefault(e.getKey(), 0)) {
                    extra = true;
                    byCheck.merge(e.getKey(), 1, Integer::sum);
                }
            }
            if (extra) {
                pairs++;
                if (examples.size() < 5) {
                    int at = i;
                    examples.add(marked.get(i).target() + " → " + withMarks.get(i).stream()
                            .filter(f -> plain.get(at).stream().noneMatch(g -> g.checkId().equals(f.checkId()))).map(Finding::message).toList());
                }
            }
        }
        out.printf(Locale.ROOT, "Markers and codes (a closing footnote marker, one inside the sentence, the first word in italics, both sides): "
                + "%d of %d pairs draw a finding the plain pair does not (by check: %s)%n", pairs, pud.size(), byCheck);
        examples.forEach(e -> out.println("  e.g. " + e));
    }

    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("\\p{L}+");
    private static final java.util.regex.Pattern LONG_WORD = java.util.regex.Pattern.compile("\\p{L}{4,}");

    /**
     * Both sentences with their first word in italics, a marker after their first long word (when
     * each has one before its end) and one closing them.
     */
    static SegmentPair mark(SegmentPair p) {
        String source = italicFirstWord(p.source().strip());
        String target = italicFirstWord(p.target().strip());
        int s = insideAt(source);
        int t = insideAt(target);
        if (s > 0 && t > 0) {
            source = source.substring(0, s) + "²" + source.substring(s);
            target = target.substring(0, t) + "²" + target.substring(t);
        }
        return new SegmentPair(source + "¹", target + "¹");
    }

    private static String italicFirstWord(String s) {
        java.util.regex.Matcher first = FIRST_WORD.matcher(s);
        return first.find() ? s.substring(0, first.start()) + "⟨i⟩" + first.group() + "⟨/i⟩" + s.substring(first.end()) : s;
    }

    /** Just after the first word of four letters or more that is not the sentence's last, or -1. */
    private static int insideAt(String s) {
        int from = s.indexOf("⟨/i⟩");
        java.util.regex.Matcher inside = LONG_WORD.matcher(s);
        return inside.find(from < 0 ? 0 : from + 4) && inside.end() < s.length() - 1 ? inside.end() : -1;
    }

    private static QaContext documentContext(List<SegmentPair> pairs) {
        return new QaContext(Glossary.empty(), List.of(), pairs)
                .withRecurringSourceWords(QaContext.recurringWords(pairs.stream().map(SegmentPair::source).toList()))
                .withRecurringTargetWords(QaContext.recurringWords(pairs.stream().filter(SegmentPair::hasTarget).map(SegmentPair::target).toList()));
    }

    /**
     * Share of clean pairs with at least one finding of any severity, and per check how many pairs
     * it flags; British spellings under en-US are counted apart, since they are findings by design.
     */
    private static void noise(String label, List<SegmentPair> pairs, QaEngine engine, QaContext context, PrintStream out) {
        List<List<Finding>> all = engine.checkAll(pairs, context, 2, i -> { });
        int any = 0;
        int anyButVariant = 0;
        int errors = 0;
        Map<String, Integer> byCheck = new TreeMap<>();
        for (List<Finding> f : all) {
            if (!f.isEmpty()) {
                any++;
            }
            if (f.stream().anyMatch(x -> !x.message().contains("British English"))) {
                anyButVariant++;
            }
            if (f.stream().anyMatch(x -> x.severity() == Severity.ERROR)) {
                errors++;
            }
            f.stream().map(x -> x.checkId() + (x.message().contains("British English") ? " (British spelling)" : "")
                    + " " + x.severity().label()).distinct().forEach(k -> byCheck.merge(k, 1, Integer::sum));
        }
        int n = Math.max(1, pairs.size());
        out.printf(Locale.ROOT, "%s: %d pairs; with any finding %d = %.1f %%; without British spellings %d = %.1f %%; with an error %d = %.1f %%%n",
                label, pairs.size(), any, 100.0 * any / n, anyButVariant, 100.0 * anyButVariant / n, errors, 100.0 * errors / n);
        byCheck.forEach((k, v) -> out.printf(Locale.ROOT, "    %-45s %4d pairs (%.1f %%)%n", k, v, 100.0 * v / n));
    }

    /** The pairs a seed article brings with it: its Russian sentences that the import aligns with its English passages. */
    private static List<SegmentPair> seedPairs(Path seedsDir, String prefix) throws IOException {
        Path file;
        try (var files = Files.list(seedsDir)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt")).findFirst()
                    .orElseThrow(() -> new IOException("no seed " + prefix + "*.txt in " + seedsDir));
        }
        var doc = app.tandem.pipeline.BilingualPassageDetector.standard()
                .detect(app.tandem.pipeline.DocumentPipeline.standard().process(Files.readString(file), null));
        List<SegmentPair> out = new ArrayList<>();
        for (var block : doc.blocks()) {
            for (var s : block.sentences()) {
                if (s.target() != null && !s.target().isBlank()) {
                    out.add(new SegmentPair(s.source(), s.target()));
                }
            }
        }
        return out;
    }

    /** A one-entry glossary pairing a source word with a target word, then that target word replaced. */
    private static Object[] glossaryDamage(SegmentPair p, Random random) {
        List<Token> ru = Lemmatizer.tokenize(p.source()).stream().filter(t -> t.text().length() >= 6
                && Character.isLowerCase(t.text().charAt(0))).toList();
        List<Token> en = Lemmatizer.tokenize(p.target()).stream().filter(t -> t.text().length() >= 6
                && t.text().chars().allMatch(Character::isLetter)).toList();
        if (ru.isEmpty() || en.isEmpty()) {
            return null;
        }
        Token r = ru.get(random.nextInt(ru.size()));
        Token e = en.get(random.nextInt(en.size()));
        Glossary g = new Glossary(List.of(new Glossary.Entry(r.text(), List.of(e.text()), List.of())));
        String damaged = p.target().substring(0, e.start()) + "gadget" + p.target().substring(e.end());
        return new Object[]{g, new ErrorInjector.Damaged(p.source(), damaged)};
    }

    private static void speed(List<SegmentPair> pud, PrintStream out) {
        // 10,000 distinct segments, so that no result comes from the cache
        List<SegmentPair> doc = new ArrayList<>();
        for (int i = 0; doc.size() < 10_000; i++) {
            SegmentPair p = pud.get(i % pud.size());
            int round = i / pud.size();
            doc.add(new SegmentPair(p.source() + (round == 0 ? "" : " (" + round + ")"), p.target() + (round == 0 ? "" : " (" + round + ")")));
        }
        long chars = doc.stream().mapToLong(p -> p.target().length() + p.source().length()).sum();
        List<SegmentPair> sample = doc.subList(0, 2000);
        long sampleChars = sample.stream().mapToLong(p -> p.target().length() + p.source().length()).sum();

        LanguageToolCheck rawEn = LanguageToolCheck.english("en-US");
        LanguageToolCheck rawRu = LanguageToolCheck.russian();
        rawEn.warmUp();
        rawRu.raw("Проверка.");
        long t0 = System.nanoTime();
        for (SegmentPair p : sample) {
            rawEn.raw(p.target() + " ");
            rawRu.raw(p.source() + " ");
        }
        double rawSecs = (System.nanoTime() - t0) / 1e9;
        double rawThroughput = sampleChars / rawSecs;

        // the Russian source checked too, so that Tandem does the work the raw baseline does
        QaEngine engine = new QaEngine("en-US", true, true);
        QaContext context = new QaContext(Glossary.empty(), List.of(), doc);
        engine.warmUp();
        Thread warm = new Thread(engine::warmUp);
        warm.start();
        try {
            warm.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long t1 = System.nanoTime();
        engine.checkAll(doc, context, 2, i -> { });
        double secs = (System.nanoTime() - t1) / 1e9;
        double throughput = chars / secs;
        out.printf(Locale.ROOT, "- raw LanguageTool (en-US target + ru source, 1 thread, %d segments): %.0f chars/s%n", sample.size(), rawThroughput);
        out.printf(Locale.ROOT, "- Tandem whole-document QA, all checks, 2 threads, 10,000 segments: %.1f s, %.0f chars/s = %.2f x raw LanguageTool%n",
                secs, throughput, throughput / rawThroughput);

        // re-check of one edited segment after warm-up
        double[] times = new double[300];
        for (int i = 0; i < times.length; i++) {
            SegmentPair p = pud.get(i);
            SegmentPair edited = new SegmentPair(p.source(), p.target().replaceFirst(" ", " really "));
            long s = System.nanoTime();
            engine.check(edited, context);
            times[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(times);
        out.printf(Locale.ROOT, "- re-check of one edited segment: median %.1f ms, p95 %.1f ms, max %.1f ms (%d edits)%n",
                times[times.length / 2], times[(int) (times.length * 0.95)], times[times.length - 1], times.length);
    }

    static List<SegmentPair> readPud(Path conllu) throws IOException {
        List<SegmentPair> out = new ArrayList<>();
        String ru = null;
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.startsWith("# text = ")) {
                ru = line.substring(9).strip();
            } else if (line.startsWith("# english_text = ") && ru != null) {
                out.add(new SegmentPair(ru, line.substring(17).strip()));
                ru = null;
            }
        }
        return out;
    }
}
