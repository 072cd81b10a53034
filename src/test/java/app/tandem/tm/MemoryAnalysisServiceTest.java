package app.tandem.tm;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.analysis.Analysis;
import app.tandem.analysis.MatchBand;
import app.tandem.analysis.WordCounter;
import app.tandem.document.ImportService;
import app.tandem.document.SegmentEvents;
import app.tandem.document.SegmentRow;
import app.tandem.memory.SourceKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The word-count analysis of a seed article against a memory made from its own sentences, on a real H2 database. */
@org.junit.jupiter.api.Tag("persistence")
class MemoryAnalysisServiceTest {
    @TempDir
    Path dir;
    private TestDatabase db;
    private MemoryAnalysisService analyses;
    private ImportService imports;
    private TmxImportService tmx;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        SegmentEvents events = new SegmentEvents();
        TranslationMemoryService memory = new TranslationMemoryService(db.units, events);
        analyses = new MemoryAnalysisService(db.jdbc, db.documents, db.units, memory);
        imports = db.importService();
        tmx = new TmxImportService(db.projects, db.units, db.tx, memory);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void fortyVerbatimSentencesAreExactAndTwentyOneWordVariantsFuzzyWithWordsAsAPlainCount() throws Exception {
        Path seed = Path.of("seeds/001_9ff9c4e8dcadf0df.txt");
        List<String> picked = MemorySamples.distinctSentences(seed, 60, dir.resolve("scratch"));
        assertThat(picked).hasSize(60);
        List<String[]> units = MemorySamples.verbatimAndVariants(picked, 40);
        long documentId = imports.importFile("Quote", "001.txt", Files.readAllBytes(seed)).documentId();
        byte[] file = MemorySamples.tmx(units);
        assertThat(tmx.importTmx("Quote", "memory.tmx", new ByteArrayInputStream(file), file.length).read()).isEqualTo(60);
        long projectId = db.documents.findSummary(documentId).orElseThrow().projectId();

        Map<Long, MatchBand> band = new HashMap<>();
        Analysis a = analyses.analyse(projectId, db.documents.findByProject(projectId), (b, segmentId) -> band.put(segmentId, b));

        List<SegmentRow> segments = db.documents.findAllSegments(documentId);
        Set<String> verbatim = keys(picked.subList(0, 40));
        Set<String> varied = keys(picked.subList(40, 60));
        int exact = 0;
        int fuzzy = 0;
        for (SegmentRow s : segments) {
            if (s.coveredBy() != null) {
                assertThat(band).doesNotContainKey(s.id());
                continue;
            }
            String key = SourceKey.normalize(s.sourceText());
            if (verbatim.contains(key)) {
                assertThat(band.get(s.id())).as(s.sourceText()).isIn(MatchBand.CONTEXT, MatchBand.EXACT);
                exact++;
            } else if (varied.contains(key)) {
                assertThat(band.get(s.id())).as(s.sourceText()).isIn(MatchBand.FUZZY_95, MatchBand.FUZZY_85, MatchBand.FUZZY_75, MatchBand.FUZZY_50);
                fuzzy++;
            }
        }
        assertThat(exact).isEqualTo(40);
        assertThat(fuzzy).isEqualTo(20);
        assertThat(a.segments(MatchBand.CONTEXT) + a.segments(MatchBand.EXACT)).isEqualTo(40);
        assertThat(a.segments(MatchBand.FUZZY_95) + a.segments(MatchBand.FUZZY_85) + a.segments(MatchBand.FUZZY_75)
                + a.segments(MatchBand.FUZZY_50)).isGreaterThanOrEqualTo(20);
        int plain = segments.stream().filter(s -> s.coveredBy() == null).mapToInt(s -> WordCounter.count(s.sourceText())).sum();
        assertThat(a.totalWords()).isEqualTo(plain);
        assertThat(a.totalSegments()).isEqualTo((int) segments.stream().filter(s -> s.coveredBy() == null).count());
        assertThat(a.rows()).extracting(Analysis.Row::band)
                .containsExactly("context", "100", "repetitions", "95-99", "85-94", "75-84", "50-74", "new", "total");
    }

    @Test
    void aSentenceSeenEarlierInTheAnalysisIsARepetitionUnlessTheMemoryHasIt() {
        String text = """
                Первое предложение повторяется в этой статье дважды.

                Второе предложение стоит отдельно.

                Первое предложение повторяется в этой статье дважды.

                Третье предложение есть в памяти.

                Третье предложение есть в памяти.
                """;
        long documentId = imports.importFile("Repeats", "repeats.txt", text.getBytes(StandardCharsets.UTF_8)).documentId();
        long projectId = db.documents.findSummary(documentId).orElseThrow().projectId();
        byte[] file = MemorySamples.tmx(List.<String[]>of(new String[] {"Третье предложение есть в памяти.", "The third sentence is in the memory."}));
        tmx.importTmx("Repeats", "m.tmx", new ByteArrayInputStream(file), file.length);

        Analysis a = analyses.analyse(projectId, db.documents.findByProject(projectId));

        assertThat(a.segments(MatchBand.REPETITIONS)).isEqualTo(1);
        assertThat(a.words(MatchBand.REPETITIONS)).isEqualTo(7);
        assertThat(a.segments(MatchBand.EXACT)).isEqualTo(2);
        assertThat(a.segments(MatchBand.NEW)).isEqualTo(2);
        assertThat(a.totalWords()).isEqualTo(7 + 4 + 7 + 5 + 5);
    }

    private static Set<String> keys(List<String> sentences) {
        Set<String> out = new java.util.HashSet<>();
        sentences.forEach(s -> out.add(SourceKey.normalize(s)));
        return out;
    }
}
