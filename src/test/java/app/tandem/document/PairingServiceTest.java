package app.tandem.document;

import app.tandem.TestDatabase;
import app.tandem.align.Pairing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("persistence")
class PairingServiceTest {
    @TempDir
    Path dir;
    TestDatabase db;
    PairingService pairings;
    long documentId;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase(dir);
        pairings = new PairingService(db.documents, db.tx);
        documentId = db.importService().importFile("P", "000.txt", Files.readAllBytes(Path.of("seeds", "000_af86a9a72eb44bf5.txt"))).documentId();
        signIn("tina", "TRANSLATOR");
    }

    private static void signIn(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "x",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theArticlesOwnEnglishIsOnePassageWithItsFreeNeighbour() {
        List<PairingService.Passage> passages = pairings.passages(documentId);
        assertThat(passages).hasSize(1);
        Pairing p = pairings.pairing(passages.get(0));
        assertThat(p.english()).hasSize(4);
        assertThat(p.english().get(0)).isEqualTo("Transcaucasia occupies an important position in Soviet Russia's foreign policy.");
    }

    @Test
    void applyingRewritesOnlyTheChangedTargetsAsDraftsWithHistoryAndKeepsThePassageWhole() {
        PairingService.Passage passage = pairings.passages(documentId).get(0);
        Pairing p = pairings.pairing(passage);
        int r = p.linkOf(1);
        PairingService.Applied a = pairings.apply(documentId, passage, p.move(1, +1));
        assertThat(a).isEqualTo(new PairingService.Applied(2, 0));
        SegmentRow emptied = db.documents.findSegment(passage.segments().get(r).id()).orElseThrow();
        SegmentRow doubled = db.documents.findSegment(passage.segments().get(r + 1).id()).orElseThrow();
        assertThat(emptied.targetText()).isNull();
        assertThat(doubled.targetText()).startsWith(p.english().get(1) + " " + p.english().get(2));
        assertThat(doubled.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(db.documents.history(doubled.id())).last().satisfies(h -> assertThat(h.editor()).isEqualTo("tina"));

        // the emptied sentence stays inside the passage, and the fix goes back the same way
        PairingService.Passage again = pairings.passages(documentId).get(0);
        assertThat(again.segments()).extracting(SegmentRow::id).containsAll(passage.segments().stream().map(SegmentRow::id).toList());
        Pairing now = pairings.pairing(again);
        int moved = now.english().indexOf(p.english().get(1));
        assertThat(pairings.apply(documentId, again, now.move(moved, -1)).changed()).isEqualTo(2);
        assertThat(db.documents.findSegment(emptied.id()).orElseThrow().targetText()).isEqualTo(p.english().get(1));
    }

    @Test
    void aSegmentChangedMeanwhileIsLeftAloneAndCounted() {
        PairingService.Passage passage = pairings.passages(documentId).get(0);
        Pairing p = pairings.pairing(passage);
        SegmentRow target = passage.segments().get(p.linkOf(1));
        db.documents.updateTarget(target.id(), target.version(), "Someone else's English.", SegmentStatus.TRANSLATED, TargetOrigin.MANUAL, "rita", null);
        PairingService.Applied a = pairings.apply(documentId, passage, p.move(1, +1));
        assertThat(a.conflicts()).isEqualTo(1);
        assertThat(db.documents.findSegment(target.id()).orElseThrow().targetText()).isEqualTo("Someone else's English.");
    }

    @Test
    void noOneSignedInMayApply() {
        SecurityContextHolder.clearContext();
        PairingService.Passage passage = pairings.passages(documentId).get(0);
        assertThatThrownBy(() -> pairings.apply(documentId, passage, pairings.pairing(passage)))
                .hasMessageContaining("sign in");
    }
}
