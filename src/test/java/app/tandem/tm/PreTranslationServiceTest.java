package app.tandem.tm;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.document.ImportReport;
import app.tandem.document.ImportService;
import app.tandem.document.SegmentEvents;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentService;
import app.tandem.document.SegmentStatus;
import app.tandem.document.TargetOrigin;
import app.tandem.memory.FuzzyMatcher;
import app.tandem.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pre-translation on import and as an action, against a real H2 database and a seed article. */
@org.junit.jupiter.api.Tag("persistence")
class PreTranslationServiceTest {
    @TempDir
    Path dir;
    private TestDatabase db;
    private SegmentEvents events;
    private TranslationMemoryService memory;
    private PreTranslationService pre;
    private ImportService imports;
    private TmxImportService tmx;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        events = new SegmentEvents();
        memory = new TranslationMemoryService(db.units, events);
        pre = new PreTranslationService(db.jdbc, db.documents, db.units, memory, events, db.tx);
        imports = new ImportService(db.projects, db.documents, db.tx, List.of(pre));
        tmx = new TmxImportService(db.projects, db.units, db.tx, memory);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void exactMatchesAreFilledAsMemoryDraftsAndOneWordVariantsOnlyOfferedAsFuzzyMatches() throws Exception {
        Path seed = Path.of("seeds/002_943bfa2c0ced0905.txt");
        byte[] article = Files.readAllBytes(seed);
        List<String> picked = MemorySamples.distinctSentences(seed, 60, dir.resolve("scratch"));
        assertThat(picked).hasSize(60);
        List<String[]> units = MemorySamples.verbatimAndVariants(picked, 40);
        byte[] file = MemorySamples.tmx(units);
        assertThat(tmx.importTmx("Target", "memory.tmx", new ByteArrayInputStream(file), file.length).read()).isEqualTo(60);

        ImportReport report = imports.importFile("Target", "002.txt", article);

        List<SegmentRow> filled = db.documents.findAllSegments(report.documentId()).stream()
                .filter(s -> s.origin() == TargetOrigin.MEMORY).toList();
        assertThat(filled).hasSize(40);
        assertThat(filled).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(SegmentStatus.DRAFT);
            assertThat(s.matchScore()).isEqualTo(100);
            assertThat(s.matchOrigin()).contains("memory.tmx");
        });
        assertThat(filled).extracting(SegmentRow::targetText).allMatch(t -> t.startsWith("Exact "));
        assertThat(report.describe()).contains("40 pre-translated from memory");

        long target = db.projects.findIdByName("Target").orElseThrow();
        for (int i = 40; i < 60; i++) {
            List<FuzzyMatcher.Match> found = memory.find(target, picked.get(i), 5, null);
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).unit().target()).isEqualTo("Variant " + i + ".");
            assertThat(found.get(0).score()).isBetween(70, 99);
        }

        // asked for, fuzzy matches of 70 and more fill the rest, marked as fuzzy with their score
        SignedIn.as("anna", Role.TRANSLATOR);
        PreTranslationService.Result r = pre.pretranslate(report.documentId(), 70);
        assertThat(r.fuzzy()).isEqualTo(20);
        assertThat(r.exact() + r.context()).isZero();
        List<SegmentRow> fuzzy = db.documents.findAllSegments(report.documentId()).stream()
                .filter(s -> s.origin() == TargetOrigin.FUZZY_MEMORY).toList();
        assertThat(fuzzy).hasSize(20).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(SegmentStatus.DRAFT);
            assertThat(s.matchScore()).isBetween(70, 99);
            assertThat(s.targetText()).startsWith("Variant ");
        });
    }

    @Test
    void aMatchWhoseNeighboursMatchTooIsAContextMatchAndRanksAboveAnExactOne() {
        String a = "Первое предложение статьи о торговле. Договор был подписан в Москве. Третье предложение о границе.\n";
        String b = "Совсем другое начало текста. Договор был подписан в Москве. Иное продолжение текста.\n";
        long first = imports.importFile("P", "a.txt", a.getBytes(StandardCharsets.UTF_8)).documentId();
        SignedIn.as("anna", Role.TRANSLATOR);
        SegmentService segments = new SegmentService(db.documents, db.jdbc, db.tx, events);
        SegmentRow treaty = db.documents.findAllSegments(first).get(1);
        segments.save(treaty.id(), treaty.version(), "The treaty was signed in Moscow (in this context).", true);
        byte[] file = MemorySamples.tmx(List.<String[]>of(new String[] {"Договор был подписан  в Москве.", "The treaty was signed in Moscow."}));
        tmx.importTmx("P", "other.tmx", new ByteArrayInputStream(file), file.length);

        SegmentRow sameContext = db.documents.findAllSegments(imports.importFile("P", "a2.txt", a.getBytes(StandardCharsets.UTF_8), m -> { },
                app.tandem.document.ImportService.Duplicates.COPY).documentId()).get(1);
        assertThat(sameContext.targetText()).isEqualTo("The treaty was signed in Moscow (in this context).");
        assertThat(sameContext.matchScore()).isEqualTo(PreTranslationService.CONTEXT_MATCH);
        assertThat(sameContext.matchOrigin()).startsWith("context match");

        SegmentRow otherContext = db.documents.findAllSegments(imports.importFile("P", "b.txt", b.getBytes(StandardCharsets.UTF_8)).documentId()).get(1);
        assertThat(otherContext.origin()).isEqualTo(TargetOrigin.MEMORY);
        assertThat(otherContext.matchScore()).isEqualTo(100);
        assertThat(otherContext.matchOrigin()).startsWith("exact match");
    }

    @Test
    void whitespaceAndQuotesDoNotPreventAnExactMatch() {
        byte[] file = MemorySamples.tmx(List.<String[]>of(new String[] {"Он назвал это «новым  курсом».", "He called it a \"new course\"."}));
        tmx.importTmx("Q", "q.tmx", new ByteArrayInputStream(file), file.length);
        long doc = imports.importFile("Q", "q.txt", "Он назвал это \"новым курсом\".\n".getBytes(StandardCharsets.UTF_8)).documentId();
        SegmentRow s = db.documents.findAllSegments(doc).get(0);
        assertThat(s.targetText()).isEqualTo("He called it a \"new course\".");
        assertThat(s.status()).isEqualTo(SegmentStatus.DRAFT);
    }
}
