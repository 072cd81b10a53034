package app.tandem.document;

import app.tandem.TestDatabase;
import app.tandem.project.GlossaryRepository;
import app.tandem.tm.TranslationMemoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** On import, citation-only segments and reference-list entries arrive as drafts in English, of origin CITATION. */
class CitationDraftStepTest {
    @TempDir
    Path dir;

    @Test
    void referenceEntriesAndCitationsArrivePreFilled() {
        TestDatabase db = new TestDatabase(dir.resolve("db"));
        String article = """
                О РАПАЛЛЬСКОМ ДОГОВОРЕ

                Договор был подписан 16 апреля 1922 г., как писал Г.В. Чичерин [1, с. 171].

                Там же. С. 45.

                Литература

                1. Чичерин Г.В. Статьи и речи по вопросам международной политики. М., 1961. 500 с.

                2. Иванов И.И. Рапалльский договор // Вопросы истории. 2015. № 2. С. 60–71.
                """;
        long doc = db.importService().importFile("Refs", "refs.txt", article.getBytes(StandardCharsets.UTF_8)).documentId();
        long project = db.projects.findIdByName("Refs").orElseThrow();
        String note = new CitationDraftStep(db.documents, db.projects, new GlossaryRepository(db.jdbc),
                new TranslationMemoryService(db.units, new SegmentEvents())).afterStore(doc, project);
        List<SegmentRow> segments = db.documents.findAllSegments(doc);
        assertThat(note).startsWith("3 citations and reference entries");
        assertThat(target(segments, "Там же")).isEqualTo("Ibid. P. 45.");
        assertThat(target(segments, "1. Чичерин")).isEqualTo(
                "1. Chicherin G.V. Stat'i i rechi po voprosam mezhdunarodnoi politiki [ ]. Moscow, 1961. 500 p. (In Russ.)");
        assertThat(target(segments, "2. Иванов")).endsWith("// Voprosy istorii. 2015. No. 2. Pp. 60–71. (In Russ.)");
        assertThat(target(segments, "Договор был")).as("running text is the translator's").isNull();
        SegmentRow drafted = segments.stream().filter(s -> s.sourceText().startsWith("Там же")).findFirst().orElseThrow();
        assertThat(drafted.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(drafted.origin()).isEqualTo(TargetOrigin.CITATION);
    }

    private static String target(List<SegmentRow> segments, String sourceStart) {
        return segments.stream().filter(s -> s.sourceText().startsWith(sourceStart)).findFirst().orElseThrow().targetText();
    }
}
