package app.tandem.review;

import app.tandem.TestDatabase;
import app.tandem.document.SegmentEvents;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("persistence")
class QaServiceTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void consistencyIsJudgedAgainstTheWholeProjectThroughTheKeys() {
        TestDatabase db = new TestDatabase(dir);
        String a = "Советская делегация прибыла в Лозанну в ноябре.\n\nЭто было второе предложение статьи о делегации.\n";
        String b = "Советская  делегация прибыла в Лозанну в ноябре.\n\nСовсем другое предложение о другом событии года.\n";
        long docA = db.importService().importFile("P", "a.txt", a.getBytes(java.nio.charset.StandardCharsets.UTF_8)).documentId();
        long docB = db.importService().importFile("P", "b.txt", b.getBytes(java.nio.charset.StandardCharsets.UTF_8)).documentId();
        SegmentEvents events = new SegmentEvents();
        QaService qa = new QaService(db.jdbc, db.documents, events, new app.tandem.project.GlossaryRepository(db.jdbc), db.tx, false);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("anna", "x", "ROLE_TRANSLATOR"));
        SegmentService segments = new SegmentService(db.documents, db.jdbc, db.tx, events);
        List<SegmentRow> inA = db.documents.findAllSegments(docA);
        List<SegmentRow> inB = db.documents.findAllSegments(docB);
        segments.save(inA.get(0).id(), inA.get(0).version(), "The Soviet delegation arrived in Lausanne in November.", true);
        segments.save(inB.get(0).id(), inB.get(0).version(), "In November the Soviet delegation reached Lausanne.", true);
        // the same English for two different sources
        segments.save(inA.get(1).id(), inA.get(1).version(), "A sentence about another event of the year.", true);
        segments.save(inB.get(1).id(), inB.get(1).version(), "A sentence about another event of the year.", true);
        assertThat(qa.checkSegment(inB.get(0).id())).anyMatch(f -> f.checkId().equals("consistency") && f.message().contains("translated differently"));
        assertThat(qa.checkSegment(inB.get(1).id())).anyMatch(f -> f.checkId().equals("consistency") && f.message().contains("different sources"));
    }

    @Test
    void theRussianSourceIsCheckedOnlyWhenTheProjectAsksAndThenWithoutItsNames() {
        TestDatabase db = new TestDatabase(dir);
        String text = "Вчера Кемаль написал письмо, и это был непроправимый шаг.\n\nКемаль ответил на письмо через неделю.\n";
        long doc = db.importService().importFile("P", "a.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).documentId();
        long project = db.jdbc.sql("SELECT project_id FROM document WHERE id = ?").param(doc).query(Long.class).single();
        SegmentEvents events = new SegmentEvents();
        QaService qa = new QaService(db.jdbc, db.documents, events, new app.tandem.project.GlossaryRepository(db.jdbc), db.tx, false);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("anna", "x", "ROLE_TRANSLATOR"));
        SegmentService segments = new SegmentService(db.documents, db.jdbc, db.tx, events);
        List<SegmentRow> rows = db.documents.findAllSegments(doc);
        segments.save(rows.get(0).id(), rows.get(0).version(), "Yesterday Kemal wrote a letter, and it was an irreparable step.", true);
        segments.save(rows.get(1).id(), rows.get(1).version(), "Kemal answered the letter a week later.", true);

        qa.checkDocumentAsSystem(doc, i -> { });
        assertThat(qa.findings(doc)).noneMatch(f -> f.checkId().equals("languagetool-ru"));

        app.tandem.project.ProjectRepository projects = new app.tandem.project.ProjectRepository(db.jdbc);
        projects.setCheckSource(project, true);
        qa.checkDocumentAsSystem(doc, i -> { });
        List<QaFindingRow> source = qa.findings(doc).stream().filter(f -> f.checkId().equals("languagetool-ru")).toList();
        // the misspelling is information; "Кемаль" (capitalised inside a sentence, recurring) is a name
        assertThat(source).isNotEmpty().allMatch(f -> f.severity().equals("INFO"))
                .anyMatch(f -> f.message().contains("непроправимый")).noneMatch(f -> f.message().contains("Кемаль"));

        projects.setCheckSource(project, false);
        assertThat(qa.findings(doc)).noneMatch(f -> f.checkId().equals("languagetool-ru"));
    }

    @Test
    void seededTargetsAreCheckedDismissalsHoldUntilTheTextChangesAndErrorsBlockApproval() throws Exception {
        TestDatabase db = new TestDatabase(dir);
        long doc = db.importService().importFile("P", "000.txt", Files.readAllBytes(Path.of("seeds/000_af86a9a72eb44bf5.txt"))).documentId();
        SegmentEvents events = new SegmentEvents();
        QaService qa = new QaService(db.jdbc, db.documents, events, new app.tandem.project.GlossaryRepository(db.jdbc), db.tx, false);
        assertThat(qa.checkDocumentAsSystem(doc, i -> { })).isEqualTo(4);
        List<QaFindingRow> findings = qa.findings(doc);
        assertThat(findings).isNotEmpty().allMatch(QaFindingRow::open);
        assertThat(findings).anyMatch(f -> f.checkId().equals("languagetool-ru") || f.checkId().equals("languagetool-en"));

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("anna", "x", "ROLE_TRANSLATOR", "ROLE_REVIEWER"));
        SegmentService segments = new SegmentService(db.documents, db.jdbc, db.tx, events);
        ReviewService reviews = new ReviewService(db.documents, db.jdbc, db.tx, qa, events);
        SegmentRow first = db.documents.findAllSegments(doc).stream().filter(s -> s.targetText() != null).skip(1).findFirst().orElseThrow();
        assertThat(first.sourceText()).contains("1917–1922");

        // an error in the target blocks approval until it is fixed or marked "not an error"
        var saved = segments.save(first.id(), first.version(), first.targetText().replace("1917-1922", "1917-1921"), true);
        qa.checkSegment(first.id());
        QaFindingRow numberError = qa.segmentFindings(first.id()).stream().filter(f -> f.checkId().equals("number-mismatch")).findFirst().orElseThrow();
        assertThat(qa.blockingReason(first.id())).contains("open QA error");
        assertThatThrownBy(() -> reviews.approve(first.id())).hasMessageContaining("cannot be approved");
        assertThat(reviews.approveAllConfirmed(doc).skipped()).isEqualTo(1);

        assertThatThrownBy(() -> qa.dismiss(numberError.id(), " ")).hasMessageContaining("say why");
        qa.segmentFindings(first.id()).stream().filter(f -> f.severity().equals("ERROR")).forEach(f -> qa.dismiss(f.id(), "the year is in the author's note"));
        qa.checkSegment(first.id());
        QaFindingRow dismissed = qa.segmentFindings(first.id()).stream().filter(f -> f.checkId().equals("number-mismatch")).findFirst().orElseThrow();
        assertThat(dismissed.open()).isFalse();
        assertThat(dismissed.dismissedBy()).isEqualTo("anna");
        assertThat(dismissed.dismissReason()).isEqualTo("the year is in the author's note");
        assertThat(qa.blockingReason(first.id())).isNull();
        reviews.approve(first.id());

        // a changed text is judged afresh
        SegmentRow approved = db.documents.findSegment(first.id()).orElseThrow();
        segments.save(approved.id(), approved.version(), first.targetText().replace("1917-1922", "1917-1920"), false);
        qa.checkSegment(first.id());
        assertThat(qa.segmentFindings(first.id())).anyMatch(f -> f.checkId().equals("number-mismatch") && f.open());
        assertThat(saved.saved()).isTrue();
    }

    /**
     * A change made where no QA runs (a command, or an app stopped before its queued check) stays
     * marked in the database and is checked by the next process that runs QA; a check of an older
     * version does not clear the mark of a newer one.
     */
    @Test
    void aChangeLeftUncheckedIsMarkedInTheDatabaseAndCheckedByTheNextStart() throws Exception {
        TestDatabase db = new TestDatabase(dir);
        String text = "Советская делегация прибыла в Лозанну в 1922 году.\n\nПереговоры продолжались две недели.\n";
        long doc = db.importService().importFile("P", "a.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).documentId();
        SegmentEvents events = new SegmentEvents();
        // as in a command: the change is marked, nothing is checked
        QaService marking = new QaService(db.jdbc, db.documents, events, new app.tandem.project.GlossaryRepository(db.jdbc), db.tx, false, false);
        assertThat(marking.countWaitingForQa()).isZero();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("anna", "x", "ROLE_TRANSLATOR"));
        SegmentService segments = new SegmentService(db.documents, db.jdbc, db.tx, events);
        SegmentRow first = db.documents.findAllSegments(doc).get(0);
        segments.save(first.id(), first.version(), "The Soviet delegation arrived in Lausanne in 1921.", true);
        assertThat(marking.countWaitingForQa()).isEqualTo(1);
        assertThat(marking.findings(doc)).isEmpty();

        // the next process that checks finds it
        QaService next = new QaService(db.jdbc, db.documents, new SegmentEvents(), new app.tandem.project.GlossaryRepository(db.jdbc), db.tx, false);
        assertThat(next.checkWaitingSegments()).isEqualTo(1);
        assertThat(next.countWaitingForQa()).isZero();
        assertThat(next.findings(doc)).anyMatch(f -> f.checkId().equals("number-mismatch"));

        // findings of a version that changed meanwhile are not stored and leave the newer version marked
        SegmentRow checkedVersion = db.documents.findSegment(first.id()).orElseThrow();
        segments.save(first.id(), checkedVersion.version(), "The Soviet delegation arrived in Lausanne in 1922.", true);
        assertThat(next.countWaitingForQa()).isEqualTo(1);
        assertThat(next.findings(doc)).anyMatch(f -> f.checkId().equals("number-mismatch"));
        assertThat(next.checkWaitingSegments()).isEqualTo(1);
        assertThat(next.findings(doc)).noneMatch(f -> f.checkId().equals("number-mismatch"));
    }

    /**
     * Stopping while a whole-document check runs does not interrupt the thread inside the database
     * (an interrupt closes H2's file channel under it): the stop waits for the check to end between
     * segments, the database stays usable, and what was not checked stays marked.
     */
    @Test
    void stoppingDuringAWholeDocumentCheckLeavesTheDatabaseWholeAndTheRestMarked() throws Exception {
        TestDatabase db = new TestDatabase(dir);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("Советская делегация прибыла в Лозанну в ").append(1900 + i % 100).append(" году.\n\n");
        }
        long doc = db.importService().importFile("P", "a.txt", text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).documentId();
        db.jdbc.sql("UPDATE segment SET target_text = 'The delegation arrived in Lausanne.', status = 'DRAFT', version = version + 1 WHERE document_id = ?")
                .param(doc).update();
        QaService qa = new QaService(db.jdbc, db.documents, new SegmentEvents(), new app.tandem.project.GlossaryRepository(db.jdbc), db.tx, false);
        int waiting = qa.countWaitingForQa();
        assertThat(waiting).isGreaterThan(100);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("anna", "x", "ROLE_TRANSLATOR"));
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger(-1);
        qa.checkDocumentInBackground(doc, done -> started.countDown(), checked::set);
        assertThat(started.await(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        qa.stop();
        // the database answers after the stop, and the segments not reached are still marked
        int left = qa.countWaitingForQa();
        assertThat(left).isLessThan(waiting);
        assertThat(checked.get()).isEqualTo(waiting - left);
        assertThat(db.count("segment")).isEqualTo(waiting);
    }
}
