package app.tandem.document;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.review.ReviewService;
import app.tandem.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Confirming a sentence fills its untranslated repetitions; a later change is offered to them. */
@org.junit.jupiter.api.Tag("persistence")
class RepetitionsTest {
    @TempDir
    Path dir;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void confirmingFillsRepetitionsAndAChangeCanBeCarriedToThem() {
        TestDatabase db = new TestDatabase(dir);
        String text = "Таблица 1. Рост торговли в 1925 году.\n\nТаблица  1. Падение цен.\n\nТаблица 1. Итоги года.\n";
        long doc = db.importService().importFile("P", "t.txt", text.getBytes(StandardCharsets.UTF_8)).documentId();
        SegmentEvents events = new SegmentEvents();
        List<Long> told = new java.util.ArrayList<>();
        events.subscribe(doc, told::add);
        SegmentService segments = new SegmentService(db.documents, db.jdbc, db.tx, events);
        SignedIn.as("anna", Role.TRANSLATOR);
        List<SegmentRow> rows = db.documents.findAllSegments(doc);
        List<SegmentRow> tables = rows.stream().filter(s -> s.sourceText().startsWith("Таблица")).toList();
        assertThat(tables).hasSize(3);
        assertThat(tables).allSatisfy(s -> assertThat(s.repetitions()).isEqualTo(2));
        assertThat(rows.stream().filter(s -> !s.sourceText().startsWith("Таблица"))).allSatisfy(s -> assertThat(s.repetitions()).isZero());

        SegmentService.SaveOutcome first = segments.save(tables.get(0).id(), tables.get(0).version(), "Table 1.", true);
        assertThat(first.repetitionsFilled()).isEqualTo(2);
        assertThat(told).contains(tables.get(1).id(), tables.get(2).id());
        for (SegmentRow r : List.of(tables.get(1), tables.get(2))) {
            SegmentRow now = db.documents.findSegment(r.id()).orElseThrow();
            assertThat(now.targetText()).isEqualTo("Table 1.");
            assertThat(now.status()).isEqualTo(SegmentStatus.DRAFT);
            assertThat(now.origin()).isEqualTo(TargetOrigin.REPETITION);
            assertThat(now.matchOrigin()).isEqualTo("repetition of segment " + (tables.get(0).position() + 1));
        }

        // a reviewer approves one repetition; the translator then changes the first
        SignedIn.as("rita", Role.REVIEWER);
        SegmentRow third = db.documents.findSegment(tables.get(2).id()).orElseThrow();
        new ReviewService(db.documents, db.jdbc, db.tx, id -> null, events).approve(third.id());
        SignedIn.as("anna", Role.TRANSLATOR);
        SegmentRow current = db.documents.findSegment(tables.get(0).id()).orElseThrow();
        SegmentService.SaveOutcome changed = segments.save(current.id(), current.version(), "Table 1:", true);
        assertThat(changed.repetitionsFilled()).isZero();
        assertThat(changed.repetitionsDiffering()).as("the approved one is the reviewer's").isEqualTo(1);
        assertThat(segments.updateRepetitions(current.id())).isEqualTo(1);
        assertThat(db.documents.findSegment(tables.get(1).id()).orElseThrow().targetText()).isEqualTo("Table 1:");
        assertThat(db.documents.findSegment(tables.get(2).id()).orElseThrow().targetText()).isEqualTo("Table 1.");
    }
}
