package app.tandem.document;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.user.ProjectAccess;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("persistence")
class SourceVersionServiceTest {
    private static final String V1 = """
            Генуэзская конференция

            Первым послевоенным шагом к взаимопониманию стала Генуэзская конференция. Она была созвана в апреле 1922 г. Делегации прибыли из 29 стран. Итоги конференции оценивались по-разному.

            Советская сторона настаивала на признании. Вопрос о долгах остался нерешённым.
            """;
    private static final String V2 = """
            Генуэзская конференция

            Первым послевоенным шагом к взаимопониманию стала Генуэзская конференция. Она была созвана 10 апреля 1922 г. Делегации прибыли из 29 стран. Английская делегация предложила компромисс по долгам. Итоги конференции оценивались по-разному.

            Советская сторона настаивала на признании.
            """;
    @TempDir
    Path dir;
    TestDatabase db;
    SourceVersionService versions;
    long documentId;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        versions = new SourceVersionService(db.jdbc, db.documents, db.importService(),
                new ProjectAccess(new UserRepository(db.jdbc), db.jdbc), new SegmentEvents(), db.tx);
        documentId = db.importService().importFile("P", "genoa.txt", V1.getBytes(StandardCharsets.UTF_8)).documentId();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private SegmentRow at(String sourceStart) {
        return db.documents.findAllSegments(documentId).stream().filter(s -> s.sourceText().startsWith(sourceStart)).findFirst().orElseThrow();
    }

    private void translate(String sourceStart, String english, SegmentStatus status) {
        SegmentRow s = at(sourceStart);
        db.documents.updateTarget(s.id(), s.version(), english, status, TargetOrigin.MANUAL, "ann", null);
    }

    @Test
    void unchangedSentencesKeepEverythingAChangedOneKeepsItsEnglishAsADraftToReview() {
        translate("Первым", "The Genoa Conference was the first post-war step towards mutual understanding.", SegmentStatus.APPROVED);
        translate("Она была", "It was convened in April 1922.", SegmentStatus.TRANSLATED);
        translate("Вопрос о долгах", "The question of debts remained unresolved.", SegmentStatus.TRANSLATED);
        SegmentRow first = at("Первым");
        db.documents.addComment(first.id(), "rev", "good");
        long convened = at("Она была").id();
        int units = db.count("tm_unit");

        SourceVersionService.Result r = versions.replace(documentId, "genoa-v2.txt", V2.getBytes(StandardCharsets.UTF_8));

        assertThat(r.kept()).isEqualTo(5); // heading, three sentences of the paragraph, "Советская сторона…"
        assertThat(r.changed()).isEqualTo(1);
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.removed()).isEqualTo(1);
        List<SegmentRow> now = db.documents.findAllSegments(documentId);
        assertThat(now).extracting(SegmentRow::position).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(now.get(4).sourceText()).startsWith("Английская делегация");
        assertThat(now.get(4).targetText()).isNull();

        SegmentRow kept = at("Первым");
        assertThat(kept.id()).isEqualTo(first.id());
        assertThat(kept.status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(kept.targetText()).startsWith("The Genoa Conference");
        assertThat(kept.openComments()).isEqualTo(1);
        assertThat(db.documents.history(kept.id())).hasSize(1);

        SegmentRow changed = at("Она была");
        assertThat(changed.id()).isEqualTo(convened);
        assertThat(changed.sourceText()).isEqualTo("Она была созвана 10 апреля 1922 г.");
        assertThat(changed.previousSource()).isEqualTo("Она была созвана в апреле 1922 г.");
        assertThat(changed.targetText()).isEqualTo("It was convened in April 1922.");
        assertThat(changed.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(changed.origin()).isEqualTo(TargetOrigin.FUZZY_MEMORY);
        assertThat(changed.matchScore()).isBetween(50, 99);
        assertThat(changed.matchOrigin()).isEqualTo("fuzzy match " + changed.matchScore() + "%: previous version of the source");
        assertThat(db.documents.history(changed.id())).extracting(DocumentRepository.HistoryRow::note)
                .last().asString().contains("source changed in a new version");

        assertThat(versions.removed(documentId)).singleElement().satisfies(x -> {
            assertThat(x.source()).isEqualTo("Вопрос о долгах остался нерешённым.");
            assertThat(x.target()).isEqualTo("The question of debts remained unresolved.");
            assertThat(x.status()).isEqualTo("TRANSLATED");
        });
        assertThat(db.count("tm_unit")).as("the memory keeps the old version's units").isEqualTo(units);
        assertThat(db.documents.originalText(documentId)).isEqualTo(V2);
        assertThat(db.count("block")).isEqualTo(db.documents.findBlocks(documentId).size());
    }

    @Test
    void aRefusedFileOrARoleWithoutTheRightChangesNothing() throws Exception {
        translate("Первым", "The Genoa Conference was the first step.", SegmentStatus.TRANSLATED);
        List<Integer> before = db.counts("segment", "block", "segment_history", "removed_segment");
        assertThatThrownBy(() -> versions.replace(documentId, "empty.txt", new byte[0]))
                .isInstanceOf(app.tandem.text.RejectedInputException.class);
        db.projects.setOpenToAll(db.documents.findSummary(documentId).orElseThrow().projectId(), true);
        SignedIn.as("tom", Role.TRANSLATOR);
        assertThatThrownBy(() -> versions.replace(documentId, "genoa-v2.txt", V2.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(db.counts("segment", "block", "segment_history", "removed_segment")).isEqualTo(before);
        assertThat(db.documents.originalText(documentId)).isEqualTo(V1);
    }

    @Test
    void aDocxVersionOfATextImportKeepsTheTranslationsOfTheSentencesItShares() throws Exception {
        long seed = db.importService().importFile("Q", "000.txt", Files.readAllBytes(Path.of("seeds", "000_af86a9a72eb44bf5.txt"))).documentId();
        SegmentRow body = db.documents.findAllSegments(seed).stream().filter(s -> s.targetText() == null && s.sourceText().length() > 60)
                .findFirst().orElseThrow();
        db.documents.updateTarget(body.id(), body.version(), "An English sentence.", SegmentStatus.TRANSLATED, TargetOrigin.MANUAL, "ann", null);
        Path docx = Path.of("src/test/resources/seeding/seed000.docx");
        SourceVersionService.Result r = versions.replace(seed, "000.docx", Files.readAllBytes(docx));
        assertThat(r.kept() + r.changed()).isGreaterThan(r.added() + r.removed());
        SegmentRow after = db.documents.findSegment(body.id()).orElseThrow();
        assertThat(after.targetText()).isEqualTo("An English sentence.");
        assertThat(db.documents.sourceFormat(seed)).contains("DOCX");
    }
}
