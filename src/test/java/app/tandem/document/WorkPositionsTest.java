package app.tandem.document;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a user resumes in a document, and who may rename it (real H2). */
@org.junit.jupiter.api.Tag("persistence")
class WorkPositionsTest {
    @TempDir
    Path dir;
    TestDatabase db;
    WorkPositions positions;
    long doc;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        doc = db.importService().importFile("P", "t.txt", ("Первое предложение о Генуе. Второе предложение о Рапалло. "
                + "Третье предложение о Москве.").getBytes(StandardCharsets.UTF_8)).documentId();
        positions = new WorkPositions(db.jdbc, db.documents, db.tx);
    }

    @AfterEach
    void clear() {
        SignedIn.nobody();
    }

    @Test
    void resumesWhereEachUserLastWorkedElseAtTheFirstUnconfirmedSegment() {
        var all = db.documents.findAllSegments(doc);
        assertThat(positions.resumePoint("tina", doc)).map(SegmentRow::position).contains(0);
        SignedIn.as("tina", Role.TRANSLATOR);
        new SegmentService(db.documents, db.jdbc, db.tx, new SegmentEvents()).save(all.get(0).id(), all.get(0).version(), "First.", true);
        assertThat(positions.resumePoint("tina", doc)).map(SegmentRow::position).as("the first unconfirmed").contains(1);

        positions.remember("tina", doc, all.get(2).id());
        positions.remember("rex", doc, all.get(0).id());
        positions.remember("tina", doc, all.get(2).id()); // the same place again updates, never duplicates
        assertThat(positions.resumePoint("tina", doc)).map(SegmentRow::position).contains(2);
        assertThat(positions.resumePoint("rex", doc)).map(SegmentRow::position).contains(0);
        assertThat(db.jdbc.sql("SELECT COUNT(*) FROM work_position").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aRememberedSegmentThatNoLongerExistsFallsBack() {
        var all = db.documents.findAllSegments(doc);
        positions.remember("tina", doc, all.get(2).id());
        db.jdbc.sql("DELETE FROM segment WHERE id = ?").param(all.get(2).id()).update();
        assertThat(positions.last("tina", doc)).isEmpty();
        assertThat(positions.resumePoint("tina", doc)).map(SegmentRow::position).contains(0);
    }

    @Test
    void onlyReviewersRenameAndATitleIsNeverEmpty() {
        DocumentService documents = new DocumentService(db.jdbc);
        SignedIn.as("tina", Role.TRANSLATOR);
        assertThatThrownBy(() -> documents.rename(doc, "Генуя и Рапалло")).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("rex", Role.REVIEWER);
        assertThatThrownBy(() -> documents.rename(doc, "   ")).isInstanceOf(IllegalArgumentException.class);
        documents.rename(doc, "  Генуя   и Рапалло ");
        assertThat(db.documents.findSummary(doc).orElseThrow().title()).isEqualTo("Генуя и Рапалло");
        assertThat(db.documents.findSummary(doc).orElseThrow().fileName()).isEqualTo("t.txt");
    }
}
