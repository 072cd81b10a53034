package app.tandem.project;

import app.tandem.TestDatabase;
import app.tandem.review.QaService;
import app.tandem.document.SegmentEvents;
import app.tandem.exchange.GlossaryCsv;
import app.tandem.exchange.TermEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.Tag("persistence")
class GlossaryRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void starterGlossaryLoadsAndFeedsQaTermChecks() throws Exception {
        TestDatabase db = new TestDatabase(dir);
        long doc = db.importService().importFile("Seeds", "000.txt", Files.readAllBytes(Path.of("seeds/000_af86a9a72eb44bf5.txt"))).documentId();
        long project = db.projects.findIdByName("Seeds").orElseThrow();
        GlossaryRepository glossaries = new GlossaryRepository(db.jdbc);
        long g = glossaries.create("Soviet foreign policy 1917–1926");
        List<TermEntry> starter = GlossaryCsv.read("starter-glossary.tsv",
                Files.readString(Path.of("src/main/resources/" + app.tandem.document.SeedLoader.STARTER_GLOSSARY), StandardCharsets.UTF_8));
        assertThat(starter).hasSizeBetween(45, 60).allSatisfy(e -> {
            assertThat(e.domain()).isNotNull();
            assertThat(TermEntry.PARTS_OF_SPEECH).contains(e.partOfSpeech());
        });
        starter.forEach(e -> glossaries.addEntry(g, e, "APPROVED", "tandem"));
        glossaries.attach(project, g);
        List<GlossaryRepository.Entry> entries = glossaries.entriesForProject(project);
        GlossaryRepository.Entry transcaucasia = entries.stream().filter(e -> e.russian().equals("Закавказье")).findFirst().orElseThrow();
        assertThat(transcaucasia.english()).containsExactly("Transcaucasia");
        assertThat(transcaucasia.forbidden()).containsExactly("Transcaucasus");
        assertThat(transcaucasia.domain()).isEqualTo("geography");
        assertThat(transcaucasia.partOfSpeech()).isEqualTo("properNoun");
        assertThat(transcaucasia.glossaryName()).isEqualTo("Soviet foreign policy 1917–1926");

        QaService qa = new QaService(db.jdbc, db.documents, new SegmentEvents(), new GlossaryRepository(db.jdbc), db.tx, false);
        var matches = qa.glossary(project).findInSource("Внешняя политика Советской России в отношении Закавказья в 1917–1922 гг.");
        assertThat(matches).extracting(m -> m.term()).contains("внешняя политика", "Советская Россия", "Закавказье");
        qa.checkDocumentAsSystem(doc, i -> { });
        assertThat(qa.findings(doc)).noneMatch(f -> f.checkId().equals("glossary"));
    }
}
