package app.tandem.tm;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.document.SegmentEvents;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentService;
import app.tandem.memory.FuzzyMatcher;
import app.tandem.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Confirmed segments become matches for similar ones at once; drafts do not; merged-away segments leave. */
@org.junit.jupiter.api.Tag("persistence")
class TranslationMemoryServiceTest {
    @TempDir
    Path dir;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aConfirmedSentenceIsOfferedForTheNextSimilarOne() {
        TestDatabase db = new TestDatabase(dir);
        String text = "Советская Россия подписала договор с Турцией в 1921 году. Советская Россия подписала договор с Германией в 1922 году.\n\n"
                + "Экономика Закавказья росла медленно.\n";
        long doc = db.importService().importFile("History", "a.txt", text.getBytes(StandardCharsets.UTF_8)).documentId();
        long project = db.projects.findIdByName("History").orElseThrow();
        SegmentEvents events = new SegmentEvents();
        TranslationMemoryService memory = new TranslationMemoryService(db.units, events);
        SegmentService segments = new SegmentService(db.documents, db.jdbc, db.tx, events);
        SignedIn.as("anna", Role.TRANSLATOR);
        List<SegmentRow> rows = db.documents.findAllSegments(doc);
        SegmentRow first = rows.get(0);
        SegmentRow second = rows.get(1);
        assertThat(memory.matches(second, project, 3)).isEmpty();

        segments.save(first.id(), first.version(), "Soviet Russia signed a treaty with Turkey in 1921.", false);
        assertThat(memory.matches(second, project, 3)).as("a draft is not yet memory").isEmpty();
        SegmentRow draft = db.documents.findSegment(first.id()).orElseThrow();
        segments.save(first.id(), draft.version(), "Soviet Russia signed a treaty with Turkey in 1921.", true);
        List<FuzzyMatcher.Match> found = memory.matches(second, project, 3);
        assertThat(found).extracting(m -> m.unit().target()).containsExactly("Soviet Russia signed a treaty with Turkey in 1921.");
        assertThat(found.get(0).score()).isEqualTo(80);
        assertThat(found.get(0).unit().origin()).isEqualTo("a.txt #1");
        // a segment is never its own match
        assertThat(memory.matches(db.documents.findSegment(first.id()).orElseThrow(), project, 3)).isEmpty();

        segments.mergeWithNext(first.id());
        assertThat(memory.find(project, "Советская Россия подписала договор с Турцией в 1921 году.", 3, null))
                .noneMatch(m -> m.unit().source().equals("Советская Россия подписала договор с Турцией в 1921 году."));
    }
}
