package app.tandem.document;

import app.tandem.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.Tag("persistence")
class AlignmentServiceTest {
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("reviewer", "x", "ROLE_TRANSLATOR"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @TempDir
    Path dir;

    private static final String RUSSIAN = """
            Генуэзская конференция открылась 10 апреля 1922 г. в Генуе.
            Советскую делегацию возглавлял нарком Г. В. Чичерин, который выступил с программой всеобщего разоружения и предложил созвать всемирный конгресс.
            Рапалльский договор был подписан 16 апреля 1922 г. с Германией.
            Конференция закончилась 19 мая без общего соглашения.
            """;
    private static final String ENGLISH = """
            The Genoa Conference opened in Genoa on April 10, 1922. The Soviet delegation was headed by People's Commissar G. V. Chicherin, who presented a programme of general disarmament. He also proposed convening a world congress.
            The Treaty of Rapallo with Germany was signed on April 16, 1922.
            The conference ended on May 19 without a general agreement.
            """;

    @Test
    void proposalsChangeNothingUntilConfirmedAndPersonWrittenTargetsAreKept() {
        TestDatabase db = new TestDatabase(dir);
        long doc = db.importService().importFile("P", "genoa.txt", RUSSIAN.getBytes(StandardCharsets.UTF_8)).documentId();
        List<SegmentRow> segments = db.documents.findAllSegments(doc);
        assertThat(segments).hasSize(4);
        SegmentRow last = segments.get(3);
        db.documents.updateTarget(last.id(), last.version(), "My own translation.", SegmentStatus.TRANSLATED, TargetOrigin.MANUAL, "anna", null);

        AlignmentService service = new AlignmentService(db.documents, db.tx);
        List<String> english = service.englishSentences("genoa.en.txt", ENGLISH.getBytes(StandardCharsets.UTF_8));
        assertThat(english).hasSize(5);
        List<AlignmentService.Proposal> proposals = service.propose(doc, english);
        assertThat(proposals).hasSize(4);
        assertThat(proposals.get(1).proposedTarget()).startsWith("The Soviet delegation").endsWith("world congress.");
        assertThat(proposals).allMatch(p -> p.confidence() >= 0 && p.confidence() <= 1);
        assertThat(db.documents.findAllSegments(doc).stream().filter(s -> s.targetText() != null)).hasSize(1);

        AlignmentService.Applied applied = service.apply(doc, proposals, false, "alignment");
        assertThat(applied.filled()).isEqualTo(3);
        assertThat(applied.keptPersonWritten()).isEqualTo(1);
        List<SegmentRow> after = db.documents.findAllSegments(doc);
        assertThat(after.get(0).targetText()).isEqualTo("The Genoa Conference opened in Genoa on April 10, 1922.");
        assertThat(after.get(0).status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(after.get(0).origin()).isEqualTo(TargetOrigin.ALIGNED_UPLOAD);
        assertThat(after.get(3).targetText()).isEqualTo("My own translation.");
        assertThat(db.documents.history(after.get(0).id())).hasSize(1);

        AlignmentService.Applied replacing = service.apply(doc, service.propose(doc, english), true, "alignment");
        assertThat(replacing.replaced()).isGreaterThanOrEqualTo(1);
        assertThat(db.documents.findSegment(last.id()).orElseThrow().targetText()).isEqualTo("The conference ended on May 19 without a general agreement.");
    }
}
