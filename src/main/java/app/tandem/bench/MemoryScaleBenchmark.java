package app.tandem.bench;

import app.tandem.document.ImportService;
import app.tandem.memory.FuzzyMatcher;
import app.tandem.memory.SourceKey;
import app.tandem.project.ProjectRepository;
import app.tandem.segment.ConlluSentences;
import app.tandem.tm.ConcordanceService;
import app.tandem.tm.MemoryRepository;
import app.tandem.tm.PreTranslationService;
import app.tandem.tm.TranslationMemoryService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The memory at the scale of a translation department: a million units in the project's
 * database (the Russian UD sentences, each repeated with two words replaced, beside English UD
 * sentences with one word replaced), through the real services in the heap the command is given:
 * building the look-up index, fuzzy look-ups (against scoring every unit, in the same run),
 * concordance searches (against the database's own LIKE scan) and pre-translation of a
 * 10,000-segment document.
 */
public final class MemoryScaleBenchmark {
    private static final int UNITS = 1_000_000;
    private static final int QUERIES = 200;
    private static final int EXHAUSTIVE_QUERIES = 20;
    private static final int CONCORDANCE_QUERIES = 50;
    private static final int LIKE_QUERIES = 10;
    private static final String PROJECT = "Scale";

    private List<String> russian;
    private List<String> english;
    private List<String> vocabulary;

    public void run(Path udDir, ApplicationContext ctx, PrintStream out) throws IOException {
        russian = sentences(udDir, "ru_");
        english = sentences(udDir, "en_");
        vocabulary = new ArrayList<>();
        russian.forEach(s -> vocabulary.addAll(Arrays.asList(s.split(" "))));
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        long projectId = ctx.getBean(ProjectRepository.class).findOrCreate(PROJECT);

        long t0 = System.nanoTime();
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            String ru = unitSource(i);
            batch.add(new Object[] {projectId, ru, unitTarget(i), "bench", Timestamp.valueOf(now), SourceKey.of(ru), "bench.tmx"});
            if (batch.size() == 10_000 || i == UNITS - 1) {
                jdbc.batchUpdate("""
                        INSERT INTO tm_unit(project_id, source_lang, target_lang, source_text, target_text, origin, imported_at, source_key, import_file)
                        VALUES (?, 'ru', 'en', ?, ?, ?, ?, ?, ?)""", batch);
                batch.clear();
            }
        }
        double insertSecs = (System.nanoTime() - t0) / 1e9;

        TranslationMemoryService memory = ctx.getBean(TranslationMemoryService.class);
        memory.unitsImported(projectId);
        gc();
        long heapBefore = usedHeap();
        t0 = System.nanoTime();
        memory.find(projectId, russian.get(0), 1, null); // builds the index
        double buildSecs = (System.nanoTime() - t0) / 1e9;
        gc();
        long heapIndex = usedHeap() - heapBefore;

        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            queries.add(replaceWords(russian.get(random.nextInt(russian.size())), 1 + random.nextInt(3), random));
        }
        for (int i = 0; i < 20; i++) {
            memory.find(projectId, queries.get(i), 3, null); // warm-up
        }
        double[] lookupMs = new double[QUERIES];
        int[] indexedBest = new int[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long s = System.nanoTime();
            List<FuzzyMatcher.Match> m = memory.find(projectId, queries.get(i), 3, null);
            lookupMs[i] = (System.nanoTime() - s) / 1e6;
            indexedBest[i] = m.isEmpty() ? 0 : m.get(0).score();
        }

        // the baseline scores every unit; the units are made again from their seeds rather than held
        t0 = System.nanoTime();
        int[] exhaustiveBest = new int[EXHAUSTIVE_QUERIES];
        List<List<String>> queryTokens = queries.subList(0, EXHAUSTIVE_QUERIES).stream().map(FuzzyMatcher::tokenize).toList();
        for (int u = 0; u < UNITS; u++) {
            String ru = unitSource(u);
            List<String> t = FuzzyMatcher.tokenize(ru);
            for (int q = 0; q < EXHAUSTIVE_QUERIES; q++) {
                exhaustiveBest[q] = Math.max(exhaustiveBest[q], FuzzyMatcher.score(queryTokens.get(q), t, queries.get(q), ru));
            }
        }
        double exhaustiveMsPerQuery = (System.nanoTime() - t0) / 1e6 / EXHAUSTIVE_QUERIES;
        int agree = 0;
        for (int q = 0; q < EXHAUSTIVE_QUERIES; q++) {
            if ((exhaustiveBest[q] >= TranslationMemoryService.MIN_SCORE ? exhaustiveBest[q] : 0) == indexedBest[q]) {
                agree++;
            }
        }

        ConcordanceService concordance = ctx.getBean(ConcordanceService.class);
        List<String> phrases = new ArrayList<>();
        for (int i = 0; phrases.size() < CONCORDANCE_QUERIES; i++) {
            String[] words = russian.get(random.nextInt(russian.size())).split(" ");
            int at = random.nextInt(Math.max(1, words.length - 1));
            String phrase = i % 5 == 4 ? english.get(random.nextInt(english.size())).split(" ")[0]
                    : words.length > 1 && i % 2 == 0 ? words[at] + " " + words[at + 1] : words[at];
            if (phrase.chars().filter(Character::isLetter).count() >= 4) {
                phrases.add(phrase.replaceAll("[^\\p{L}\\p{N} -]", ""));
            }
        }
        phrases.forEach(p -> concordance.search(projectId, p, 30)); // warm-up
        double[] concordanceMs = new double[CONCORDANCE_QUERIES];
        int withHits = 0;
        for (int i = 0; i < CONCORDANCE_QUERIES; i++) {
            long s = System.nanoTime();
            int hits = concordance.search(projectId, phrases.get(i), 30).size();
            concordanceMs[i] = (System.nanoTime() - s) / 1e6;
            withHits += hits > 0 ? 1 : 0;
        }
        MemoryRepository units = ctx.getBean(MemoryRepository.class);
        double[] likeMs = new double[LIKE_QUERIES];
        for (int i = 0; i < LIKE_QUERIES; i++) {
            app.tandem.memory.ConcordanceQuery q = new app.tandem.memory.ConcordanceQuery(phrases.get(i));
            long s = System.nanoTime();
            units.containingAll(projectId, q.fragments(), q.searchesTarget(), 30);
            likeMs[i] = (System.nanoTime() - s) / 1e6;
        }

        // a 10,000-segment article: every other sentence is in the memory as it stands
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            String s = i % 2 == 0 ? russian.get((i / 2) % russian.size()) : replaceWords(russian.get(random.nextInt(russian.size())), 3, random);
            article.append(s.endsWith(".") ? s : s + ".").append(i % 8 == 7 ? "\n\n" : " ");
        }
        ImportService plain = new ImportService(ctx.getBean(ProjectRepository.class), ctx.getBean(app.tandem.document.DocumentRepository.class),
                ctx.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        long documentId = plain.importFile(PROJECT, "bench-10000.txt", article.toString().getBytes(StandardCharsets.UTF_8)).documentId();
        int segments = ctx.getBean(app.tandem.document.DocumentRepository.class).countSegments(documentId);
        PreTranslationService pretranslation = ctx.getBean(PreTranslationService.class);
        t0 = System.nanoTime();
        PreTranslationService.Result exact = pretranslation.pretranslate(documentId, 101);
        double pretranslateSecs = (System.nanoTime() - t0) / 1e9;

        out.printf(Locale.ROOT, "- %,d units stored (%,d Russian UD sentences, the rest with two words replaced) in %.1f s (set-up, not a target)%n",
                UNITS, russian.size(), insertSecs);
        out.printf(Locale.ROOT, "- look-up index built from the database in %.1f s; heap held by the index %.0f MiB (max heap %.0f MiB)%n",
                buildSecs, heapIndex / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        out.printf(Locale.ROOT, "- fuzzy look-up, %d queries (1-3 words changed): p50 %.1f ms, p95 %.1f ms; scoring every unit %.0f ms per query (%.0fx the p95)%n",
                QUERIES, p(lookupMs, 0.5), p(lookupMs, 0.95), exhaustiveMsPerQuery, exhaustiveMsPerQuery / p(lookupMs, 0.95));
        out.printf(Locale.ROOT, "- best score of the index equals the exhaustive best (>= %d) for %d of %d queries%n",
                TranslationMemoryService.MIN_SCORE, agree, EXHAUSTIVE_QUERIES);
        out.printf(Locale.ROOT, "- concordance, %d words and phrases (every fifth English): p50 %.1f ms, p95 %.1f ms, %d with hits; "
                        + "the database's LIKE scan for the same stems p50 %.0f ms, p95 %.0f ms (%d queries)%n",
                CONCORDANCE_QUERIES, p(concordanceMs, 0.5), p(concordanceMs, 0.95), withHits, p(likeMs, 0.5), p(likeMs, 0.95), LIKE_QUERIES);
        out.printf(Locale.ROOT, "- pre-translation of a %,d-segment document: %.2f s (%d filled: %d context, %d exact)%n",
                segments, pretranslateSecs, exact.filled(), exact.context(), exact.exact());
    }

    /** Unit {@code i}: a UD sentence as it is the first time, with two words replaced after that (the same every time it is made). */
    private String unitSource(int i) {
        String s = russian.get(i % russian.size());
        return i < russian.size() ? s : replaceWords(s, 2, new Random(i));
    }

    private String unitTarget(int i) {
        String s = english.get(i % english.size());
        String[] words = s.split(" ");
        words[new Random(-i).nextInt(words.length)] = "word" + (i % 997);
        return String.join(" ", words);
    }

    private String replaceWords(String s, int n, Random random) {
        String[] words = s.split(" ");
        for (int k = 0; k < n; k++) {
            words[random.nextInt(words.length)] = vocabulary.get(random.nextInt(vocabulary.size()));
        }
        return String.join(" ", words);
    }

    private static List<String> sentences(Path udDir, String prefix) throws IOException {
        List<String> out = new ArrayList<>();
        try (var files = Files.walk(udDir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".conllu")).sorted().toList()) {
                out.addAll(ConlluSentences.sentences(p));
            }
        }
        out.removeIf(s -> s.split(" ").length < 5);
        return out;
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double p(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(q * s.length) - 1];
    }
}
