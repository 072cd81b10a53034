package app.tandem.document;

import app.tandem.TestDatabase;
import app.tandem.text.RejectedInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("persistence")
class ImportServiceTest {
    @TempDir
    Path dir;
    TestDatabase db;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
    }

    private static byte[] seed(String name) throws Exception {
        return Files.readAllBytes(Path.of("seeds", name));
    }

    @Test
    void importStoresDocumentBlocksSegmentsAndOriginalText() throws Exception {
        ImportReport r = db.importService().importFile("P", "003_a17717a12c9184be.txt", seed("003_a17717a12c9184be.txt"));
        assertThat(r.segments()).isGreaterThan(30);
        assertThat(db.documents.countSegments(r.documentId())).isEqualTo(r.segments());
        assertThat(db.documents.originalText(r.documentId())).isEqualTo(Files.readString(Path.of("seeds", "003_a17717a12c9184be.txt")));
        List<SegmentRow> page = db.documents.findSegments(r.documentId(), 10, 5);
        assertThat(page).hasSize(5).extracting(SegmentRow::position).containsExactly(10, 11, 12, 13, 14);
        assertThat(page).allMatch(s -> s.status() == SegmentStatus.NEW && s.version() == 0);
        assertThat(db.documents.findBlocks(r.documentId())).extracting(DocumentRepository.BlockRow::kind).contains("HEADING", "BODY");
        assertThat(db.count("hyphen_decision")).isGreaterThan(10);
    }

    @Test
    void existingEnglishSummaryBecomesTargetsOfTheRussianAbstract() throws Exception {
        ImportReport r = db.importService().importFile("P", "000_af86a9a72eb44bf5.txt", seed("000_af86a9a72eb44bf5.txt"));
        List<SegmentRow> all = db.documents.findAllSegments(r.documentId());
        List<SegmentRow> withTarget = all.stream().filter(s -> s.targetText() != null).toList();
        assertThat(withTarget).hasSize(4);
        assertThat(withTarget).allMatch(s -> s.status() == SegmentStatus.DRAFT && s.origin() == TargetOrigin.EXISTING_TRANSLATION);
        assertThat(withTarget.get(0).sourceText()).startsWith("Закавказье занимает важное положение");
        assertThat(withTarget.get(0).targetText()).isEqualTo("Transcaucasia occupies an important position in Soviet Russia's foreign policy.");
        assertThat(withTarget.get(1).targetText()).startsWith("Soviet Russia's foreign policy towards Transcaucasia in 1917-1922");
        assertThat(all).noneMatch(s -> s.sourceText().contains("Transcaucasia") || s.sourceText().equals("Summary:"));
    }

    @Test
    void unlabelledEnglishParagraphBecomesTargetsOfTheParagraphBefore() throws Exception {
        ImportReport r = db.importService().importFile("P", "004_8dca3b5bb16bd63d.txt", seed("004_8dca3b5bb16bd63d.txt"));
        List<SegmentRow> all = db.documents.findAllSegments(r.documentId());
        List<SegmentRow> withTarget = all.stream().filter(s -> s.targetText() != null).toList();
        assertThat(withTarget).hasSize(6);
        assertThat(withTarget.get(0).position()).isEqualTo(1); // after the heading
        assertThat(withTarget).extracting(SegmentRow::position).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(withTarget.get(3).targetText())
                .isEqualTo("The first post-war step towards mutual understanding was the Genoa Conference convened in April 1922.");
        assertThat(all).noneMatch(s -> s.sourceText().startsWith("The victory of the October Revolution"));
    }

    @Test
    void englishThatTranslatesNothingStaysOutOfTheSegmentsButInTheEditionAndTheSummarySaysSo() throws Exception {
        String text = """
                Закавказье занимает важное положение в контексте внешней политики Советской России. Внешняя политика Советской России в отношении Закавказья была стратегическим выбором.

                The conference papers were published by the university press in a separate volume with an index of names.

                Эволюция внешней политики Советской России в отношении Закавказья в 1917–1922 годах была сложным и поисковым процессом.
                """;
        ImportReport r = db.importService().importFile("P", "kept.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.notes()).anyMatch(n -> n.startsWith("1 English paragraph without a Russian counterpart kept out of the segments"));
        assertThat(r.describe()).contains("kept out of the segments");
        assertThat(db.documents.findAllSegments(r.documentId())).extracting(SegmentRow::sourceText)
                .noneMatch(s -> s.startsWith("The conference papers")).hasSize(3);
        assertThat(new ExportService(db.documents, db.projects).edition(r.documentId()).paragraphs())
                .extracting(app.tandem.exchange.EnglishEdition.Paragraph::plainText)
                .contains("The conference papers were published by the university press in a separate volume with an index of names.");
    }

    @Test
    void seedsWithoutEnglishGetNoTargets() throws Exception {
        for (String name : List.of("001_9ff9c4e8dcadf0df.txt", "002_943bfa2c0ced0905.txt", "003_a17717a12c9184be.txt")) {
            ImportReport r = db.importService().importFile("P", name, seed(name));
            assertThat(r.seededTargets()).as(name).isZero();
        }
    }

    @Test
    void windows1251FileIsImportedWithAConversionNote() {
        String text = "Внешняя политика Советской России в отношении Закавказья. Она была сложной.";
        ImportReport r = db.importService().importFile("P", "cp.txt", text.getBytes(Charset.forName("windows-1251")));
        assertThat(r.encodingNote()).contains("Windows-1251");
        assertThat(db.documents.findAllSegments(r.documentId())).extracting(SegmentRow::sourceText)
                .containsExactly("Внешняя политика Советской России в отношении Закавказья.", "Она была сложной.");
    }

    @Test
    void refusedFileLeavesNothingBehind() {
        assertThatThrownBy(() -> db.importService().importFile("P", "empty.txt", new byte[0]))
                .isInstanceOf(RejectedInputException.class);
        assertThat(db.count("project") + db.count("document") + db.count("segment")).isZero();
    }

    @Test
    void failureHalfwayRollsBackTheWholeDocument() throws Exception {
        DocumentRepository failing = new DocumentRepository(db.jdbc) {
            int calls;

            @Override
            public long insertSegment(long documentId, long blockId, int position, int positionInBlock, String source,
                                      String target, SegmentStatus status, TargetOrigin origin, Double confidence,
                                      boolean flagged) {
                if (++calls == 20) {
                    throw new IllegalStateException("disk full");
                }
                return super.insertSegment(documentId, blockId, position, positionInBlock, source, target, status,
                        origin, confidence, flagged);
            }
        };
        ImportService service = new ImportService(db.projects, failing, db.tx);
        assertThatThrownBy(() -> service.importFile("P", "003.txt", seed("003_a17717a12c9184be.txt"))).hasMessage("disk full");
        assertThat(db.count("document")).isZero();
        assertThat(db.count("segment")).isZero();
        assertThat(db.count("block")).isZero();
    }
}
