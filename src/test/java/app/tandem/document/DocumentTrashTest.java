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
import org.springframework.security.access.AccessDeniedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("persistence")
class DocumentTrashTest {
    private static final String[] EVERYTHING = {"segment", "block", "segment_history", "segment_comment", "qa_finding", "lqa_issue", "hyphen_decision"};
    @TempDir
    Path dir;
    TestDatabase db;
    DocumentTrash trash;
    long documentId;
    long projectId;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase(dir);
        trash = new DocumentTrash(db.jdbc, new ProjectAccess(new UserRepository(db.jdbc), db.jdbc), db.tx);
        ImportReport r = db.importService().importFile("P", "003.txt", Files.readAllBytes(Path.of("seeds", "003_a17717a12c9184be.txt")));
        documentId = r.documentId();
        projectId = db.documents.findSummary(documentId).orElseThrow().projectId();
        db.projects.setOpenToAll(projectId, true);
        List<SegmentRow> segments = db.documents.findAllSegments(documentId);
        SegmentRow first = segments.get(0);
        db.documents.updateTarget(first.id(), first.version(), "The title in English", SegmentStatus.APPROVED, TargetOrigin.MANUAL, "ann", null);
        db.documents.addComment(first.id(), "ann", "check the dates");
        db.jdbc.sql("""
                INSERT INTO qa_finding(segment_id, check_id, severity, message, side, span_start, span_end, text_hash, created_at)
                VALUES (?, 'numbers', 'ERROR', 'a number is missing', 'TARGET', 0, 1, 'h', ?)""").params(first.id(), LocalDateTime.now()).update();
        db.jdbc.sql("INSERT INTO lqa_issue(document_id, segment_id, category, severity, created_by, created_at) VALUES (?, ?, 'STYLE', 'MINOR', 'rev', ?)")
                .params(documentId, first.id(), LocalDateTime.now()).update();
        db.jdbc.sql("UPDATE document SET translator = 'tom', reviewer = 'rev' WHERE id = ?").param(documentId).update();
        SignedIn.as("rev", Role.REVIEWER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aDeletedDocumentIsNoLongerListedOrFoundAndRestoreBringsAllOfItBack() {
        List<Integer> before = db.counts(EVERYTHING);
        int units = db.count("tm_unit");
        assertThat(units).isPositive();

        trash.delete(documentId);

        assertThat(db.documents.findSummary(documentId)).isEmpty();
        assertThat(db.documents.findByProject(projectId)).isEmpty();
        assertThat(db.projects.findAllSummaries()).filteredOn(p -> p.id() == projectId).singleElement()
                .satisfies(p -> assertThat(p.documents()).isZero());
        assertThat(trash.trash(projectId)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("003");
            assertThat(e.deletedBy()).isEqualTo("rev");
            assertThat(e.deletedAt()).isBeforeOrEqualTo(LocalDateTime.now());
            assertThat(e.translated()).isEqualTo(1);
        });
        assertThat(db.counts(EVERYTHING)).as("nothing removed while in the trash").isEqualTo(before);
        assertThat(db.count("tm_unit")).isEqualTo(units);

        trash.restore(documentId);

        assertThat(db.documents.findSummary(documentId)).isPresent();
        assertThat(trash.trash(projectId)).isEmpty();
        assertThat(db.counts(EVERYTHING)).isEqualTo(before);
        SegmentRow first = db.documents.findAllSegments(documentId).get(0);
        assertThat(first.targetText()).isEqualTo("The title in English");
        assertThat(first.status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(first.openComments()).isEqualTo(1);
        assertThat(first.qaErrors()).isEqualTo(1);
        assertThat(db.jdbc.sql("SELECT translator FROM document WHERE id = ?").param(documentId).query(String.class).single()).isEqualTo("tom");
    }

    @Test
    void translatorsMayNotDeleteAndOnlyAdminsDeleteForeverKeepingTheMemory() {
        SignedIn.as("tom", Role.TRANSLATOR);
        assertThatThrownBy(() -> trash.delete(documentId)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("rev", Role.REVIEWER);
        trash.delete(documentId);
        assertThatThrownBy(() -> trash.deleteForever(documentId)).isInstanceOf(AccessDeniedException.class);
        int units = db.count("tm_unit");
        SignedIn.as("root", Role.ADMIN);
        trash.deleteForever(documentId);
        assertThat(db.count("document")).isZero();
        assertThat(db.counts(EVERYTHING)).containsOnly(0);
        assertThat(db.count("tm_unit")).as("the memory keeps what the document gave").isEqualTo(units);
        assertThat(db.jdbc.sql("SELECT COUNT(*) FROM tm_unit WHERE segment_id IS NOT NULL").query(Integer.class).single()).isZero();
    }

    @Test
    void aDocumentNotInTheTrashCannotBeDeletedForeverAndOneInItNotDeletedTwice() {
        SignedIn.as("root", Role.ADMIN);
        assertThatThrownBy(() -> trash.deleteForever(documentId)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in a trash");
        trash.delete(documentId);
        assertThatThrownBy(() -> trash.delete(documentId)).isInstanceOf(IllegalArgumentException.class);
    }
}
