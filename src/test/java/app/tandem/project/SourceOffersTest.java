package app.tandem.project;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.document.SegmentEvents;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentStatus;
import app.tandem.document.TargetOrigin;
import app.tandem.tm.ConcordanceService;
import app.tandem.tm.TranslationMemoryService;
import app.tandem.user.ProjectAccess;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's English as the workbench offers it: the names list, then the project's own translations, then the names scheme. */
class SourceOffersTest {
    @TempDir
    Path dir;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theNamesListThenTheProjectsTranslationsThenTheScheme() {
        TestDatabase db = new TestDatabase(dir);
        long doc = db.importService().importFile("People", "a.txt",
                "Г.В. Чичерин ответил Копу сразу.\n\nНарком Г.В. Чичерину писали часто. Л.Д. Троцкий молчал [5, с. 645].\n".getBytes(StandardCharsets.UTF_8))
                .documentId();
        long project = db.projects.findIdByName("People").orElseThrow();
        db.projects.setOpenToAll(project, true);
        SegmentRow first = db.documents.findAllSegments(doc).get(0);
        db.documents.updateTarget(first.id(), first.version(), "G.V. Tchitcherine answered Kopp at once.", SegmentStatus.TRANSLATED,
                TargetOrigin.MANUAL, "anna", null);
        SignedIn.as("rita", Role.REVIEWER);
        SourceOffers offers = new SourceOffers(db.projects, new PersonNameRepository(db.jdbc), new ProjectAccess(new UserRepository(db.jdbc), db.jdbc),
                new ConcordanceService(db.jdbc, db.units, new TranslationMemoryService(db.units, new SegmentEvents())));

        List<SourceOffers.Offer> found = offers.offers(project, "Л.Д. Троцкий писал Г.В. Чичерину [5, с. 645].");
        assertThat(found).extracting(SourceOffers.Offer::english).containsExactly("[5, p. 645]", "L.D. Trotsky", "G.V. Tchitcherine");
        assertThat(found).extracting(SourceOffers.Offer::kind).containsExactly("citation", "name", "name");

        offers.propose(project, found.get(2).personKey(), found.get(2).nominative(), "G.V. Chicherin");
        SourceOffers.Offer listed = offers.offers(project, "Г.В. Чичерину писали.").get(0);
        assertThat(listed.english()).isEqualTo("G.V. Chicherin");
        assertThat(listed.approved()).as("a reviewer's entry is approved at once").isTrue();

        SignedIn.as("anna", Role.TRANSLATOR);
        offers.propose(project, offers.offers(project, "Л.Д. Троцкий молчал.").get(0).personKey(), "Л.Д. Троцкий", "L.D. Trotskii");
        assertThat(offers.list(project)).extracting(PersonNameRepository.Entry::status).containsExactlyInAnyOrder("APPROVED", "PROPOSED");
        assertThat(new PersonNameRepository(db.jdbc).approved(project)).containsOnlyKeys("г.в.|чичерин");
    }
}
