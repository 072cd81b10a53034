package app.tandem.review;

import app.tandem.SignedIn;

import app.tandem.TestDatabase;
import app.tandem.document.SegmentEvents;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentService;
import app.tandem.document.SegmentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("persistence")
class WorkflowTest {
    @TempDir
    Path dir;
    TestDatabase db;
    SegmentService segments;
    ReviewService reviews;
    long doc;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        doc = db.importService().importFile("P", "t.txt", ("Первое предложение о Генуе. Второе предложение о Рапалло. "
                + "Третье предложение о Москве. Четвёртое предложение о Берлине.").getBytes(StandardCharsets.UTF_8)).documentId();
        SegmentEvents events = new SegmentEvents();
        segments = new SegmentService(db.documents, db.jdbc, db.tx, events);
        reviews = new ReviewService(db.documents, db.jdbc, db.tx, id -> null, events);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String user, String... roles) {
        SignedIn.as(user, java.util.Arrays.stream(roles).map(app.tandem.user.Role::valueOf).toArray(app.tandem.user.Role[]::new));
    }

    private SegmentRow seg(int i) {
        return db.documents.findAllSegments(doc).get(i);
    }

    @Test
    void translatorConfirmsReviewerApprovesAndTranslatorCannotApproveOrEditApproved() {
        as("anna", "TRANSLATOR");
        SegmentRow s = seg(0);
        var saved = segments.save(s.id(), s.version(), "The first sentence about Genoa.", true);
        assertThat(saved.saved()).isTrue();
        assertThat(saved.current().status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(saved.current().lastEditor()).isEqualTo("anna");
        assertThatThrownBy(() -> reviews.approve(s.id())).isInstanceOf(AccessDeniedException.class).hasMessageContaining("anna may not approve");
        assertThatThrownBy(() -> reviews.approveAllConfirmed(doc)).isInstanceOf(AccessDeniedException.class);

        as("rita", "REVIEWER");
        reviews.approve(s.id());
        assertThat(seg(0).status()).isEqualTo(SegmentStatus.APPROVED);

        as("anna", "TRANSLATOR");
        assertThatThrownBy(() -> segments.save(s.id(), seg(0).version(), "Changed.", false))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("approved and locked");

        as("rita", "REVIEWER");
        reviews.reopen(s.id());
        assertThat(seg(0).status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(db.documents.history(s.id())).extracting(h -> h.status()).containsExactly("TRANSLATED", "APPROVED", "TRANSLATED");
    }

    @Test
    void rejectionNeedsAReasonThatTheTranslatorSees() {
        as("anna", "TRANSLATOR");
        SegmentRow s = seg(1);
        segments.save(s.id(), s.version(), "Second sentence.", true);
        as("rita", "REVIEWER");
        assertThatThrownBy(() -> reviews.reject(s.id(), " ")).hasMessageContaining("needs a reason");
        reviews.reject(s.id(), "Rapallo is missing");
        as("anna", "TRANSLATOR");
        assertThat(seg(1).status()).isEqualTo(SegmentStatus.REJECTED);
        assertThat(segments.comments(s.id())).containsExactly("rita: Rejected: Rapallo is missing");
    }

    @Test
    void commentsAreThreadedAndResolvedThreadsAreNoLongerOpen() {
        as("rita", "REVIEWER");
        SegmentRow s = seg(3);
        segments.comment(s.id(), "Is Berlin right here?");
        long top = segments.commentThreads(s.id()).get(0).id();
        as("anna", "TRANSLATOR");
        segments.reply(s.id(), top, "Yes, the source says Берлин.");
        assertThat(segments.commentThreads(s.id())).extracting(c -> c.parentId()).containsExactly(null, top);
        assertThat(seg(3).openComments()).isEqualTo(2);
        var withComments = new app.tandem.document.DocumentRepository.SegmentFilter(null, null, false, false, true, true, true);
        assertThat(db.documents.countSegments(doc, withComments)).isEqualTo(1);
        segments.resolve(s.id(), top);
        assertThat(seg(3).openComments()).isZero();
        assertThat(db.documents.countSegments(doc, withComments)).isZero();
    }

    @Test
    void filtersByStatusAndTextWithCaseAndWholeWord() {
        as("anna", "TRANSLATOR");
        SegmentRow s = seg(0);
        segments.save(s.id(), s.version(), "About Genoa.", true);
        var translated = new app.tandem.document.DocumentRepository.SegmentFilter(SegmentStatus.TRANSLATED, null, false, false, true, true, false);
        assertThat(db.documents.countSegments(doc, translated)).isEqualTo(1);
        var word = new app.tandem.document.DocumentRepository.SegmentFilter(null, "предложение", false, true, true, false, false);
        assertThat(db.documents.countSegments(doc, word)).isEqualTo(4);
        var part = new app.tandem.document.DocumentRepository.SegmentFilter(null, "предлож", false, true, true, false, false);
        assertThat(db.documents.countSegments(doc, part)).isZero();
        var caseSensitive = new app.tandem.document.DocumentRepository.SegmentFilter(null, "genoa", true, false, false, true, false);
        assertThat(db.documents.countSegments(doc, caseSensitive)).isZero();
        var caseInsensitive = new app.tandem.document.DocumentRepository.SegmentFilter(null, "genoa", false, false, false, true, false);
        assertThat(db.documents.countSegments(doc, caseInsensitive)).isEqualTo(1);
    }

    @Test
    void outdatedSaveIsRefusedAndReturnsTheOtherVersion() {
        as("anna", "TRANSLATOR");
        SegmentRow s = seg(2);
        assertThat(segments.save(s.id(), s.version(), "Anna's version.", false).saved()).isTrue();
        as("boris", "TRANSLATOR");
        var outcome = segments.save(s.id(), s.version(), "Boris's version.", false);
        assertThat(outcome.saved()).isFalse();
        assertThat(outcome.current().targetText()).isEqualTo("Anna's version.");
        assertThat(seg(2).targetText()).isEqualTo("Anna's version.");
    }

    @Test
    void mergeAndSplitKeepHistory() {
        as("anna", "TRANSLATOR");
        SegmentRow a = seg(0);
        segments.save(a.id(), a.version(), "First.", false);
        SegmentRow b = seg(1);
        segments.save(b.id(), b.version(), "Second.", false);
        SegmentRow merged = segments.mergeWithNext(a.id());
        assertThat(merged.sourceText()).isEqualTo("Первое предложение о Генуе. Второе предложение о Рапалло.");
        assertThat(merged.targetText()).isEqualTo("First. Second.");
        assertThat(db.documents.findAllSegments(doc)).hasSize(3).extracting(SegmentRow::position).containsExactly(0, 1, 2);
        SegmentRow split = segments.split(merged.id(), "Первое предложение о Генуе.".length());
        assertThat(split.sourceText()).isEqualTo("Первое предложение о Генуе.");
        assertThat(db.documents.findAllSegments(doc)).hasSize(4);
        assertThat(seg(1).sourceText()).isEqualTo("Второе предложение о Рапалло.");
        assertThat(db.documents.history(a.id())).extracting(h -> h.note()).contains("edited")
                .anyMatch(n -> n.startsWith("merged with the next segment")).anyMatch(n -> n.startsWith("split"));
        assertThat(db.documents.history(seg(1).id())).extracting(h -> h.note()).containsExactly("split from segment 1");
    }

    @Test
    void twentyThreadsSavingTheSameAndDifferentSegmentsLoseNoUpdate() throws Exception {
        List<SegmentRow> all = db.documents.findAllSegments(doc);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<?>> futures = new ArrayList<>();
        int threads = 20;
        int editsPerThread = 10;
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                as("user" + thread, "TRANSLATOR");
                long segmentId = all.get(thread % all.size()).id();
                for (int k = 0; k < editsPerThread; k++) {
                    String token = "[t" + thread + "e" + k + "]";
                    while (true) {
                        SegmentRow current = db.documents.findSegment(segmentId).orElseThrow();
                        String next = (current.targetText() == null ? "" : current.targetText() + " ") + token;
                        if (segments.save(segmentId, current.version(), next, false).saved()) {
                            break;
                        }
                    }
                }
                SecurityContextHolder.clearContext();
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        for (int t = 0; t < threads; t++) {
            String target = db.documents.findSegment(all.get(t % all.size()).id()).orElseThrow().targetText();
            for (int k = 0; k < editsPerThread; k++) {
                assertThat(target).contains("[t" + t + "e" + k + "]");
            }
        }
        int totalHistory = db.count("segment_history");
        assertThat(totalHistory).isEqualTo(threads * editsPerThread);
    }
}
