package app.tandem.project;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.document.SegmentEvents;
import app.tandem.exchange.TermEntry;
import app.tandem.review.QaService;
import app.tandem.user.ProjectAccess;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Glossaries shared between projects, domain and part of speech kept, and the server refusing what roles do not allow. */
@org.junit.jupiter.api.Tag("persistence")
class GlossaryServiceTest {
    @TempDir
    Path dir;
    private TestDatabase db;
    private GlossaryService service;
    private QaService qa;
    private UserRepository users;
    private long history;
    private long economics;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        db.importService().importFile("History", "a.txt", "Закавказье занимает важное положение.\n".getBytes(StandardCharsets.UTF_8));
        db.importService().importFile("Economics", "b.txt", "Экономика Закавказья росла.\n".getBytes(StandardCharsets.UTF_8));
        history = db.projects.findIdByName("History").orElseThrow();
        economics = db.projects.findIdByName("Economics").orElseThrow();
        // made from the command line (private); these tests are about glossaries, not who sees a project
        db.projects.setOpenToAll(history, true);
        db.projects.setOpenToAll(economics, true);
        GlossaryRepository glossaries = new GlossaryRepository(db.jdbc);
        users = new UserRepository(db.jdbc);
        qa = new QaService(db.jdbc, db.documents, new SegmentEvents(), glossaries, db.tx, false);
        service = new GlossaryService(glossaries, db.projects, new ProjectAccess(users, db.jdbc), qa, db.tx);
    }

    @AfterEach
    void clear() {
        SignedIn.nobody();
    }

    private static void as(String user, Role... roles) {
        SignedIn.as(user, roles);
    }

    private static TermEntry term(String ru, String en) {
        return new TermEntry(ru, List.of(en), List.of(), null, "geography", "properNoun", null);
    }

    @Test
    void aSharedGlossaryServesBothProjectsAndEditsReachBoth() {
        as("rita", Role.REVIEWER);
        service.add(history, term("Закавказье", "Transcaucasia"));
        assertThat(qa.glossary(economics).findInSource("Экономика Закавказья росла.")).isEmpty();
        long historyGlossary = service.glossariesOf(history).get(0).id();

        assertThat(service.shareable(economics)).extracting(GlossaryRepository.GlossaryInfo::id).containsExactly(historyGlossary);
        service.attach(economics, historyGlossary);
        assertThat(service.shareable(economics)).isEmpty();
        GlossaryRepository.Entry shared = service.entries(economics).get(0);
        assertThat(shared.domain()).isEqualTo("geography");
        assertThat(shared.partOfSpeech()).isEqualTo("properNoun");
        assertThat(shared.createdBy()).isEqualTo("rita");
        // the QA matcher of the other project is rebuilt, so the inflected form is found there now
        assertThat(qa.glossary(economics).findInSource("Экономика Закавказья росла.")).extracting(m -> m.term()).containsExactly("Закавказье");

        service.update(economics, shared.id(), new TermEntry("Закавказье", List.of("Transcaucasia", "South Caucasus"), List.of(), null,
                "geography", "properNoun", null));
        assertThat(service.entries(history).get(0).english()).containsExactly("Transcaucasia", "South Caucasus");
        assertThat(service.glossariesOf(history).get(0).projects()).containsExactly("Economics", "History");

        // a new glossary is added after the first; new terms still go to the first one
        service.createFor(economics, "Economic terms");
        service.add(economics, new TermEntry("экономика", List.of("economy"), List.of(), null, "economics", "noun", null));
        assertThat(service.entries(history)).extracting(GlossaryRepository.Entry::russian).contains("экономика");
        assertThatThrownBy(() -> service.createFor(history, "Economic terms")).hasMessageContaining("exists already");

        service.detach(economics, historyGlossary);
        assertThat(service.entries(economics)).isEmpty();
        assertThat(service.entries(history)).hasSize(2);
    }

    @Test
    void translatorsCannotShareEditOrTouchOtherProjectsTerms() {
        as("rita", Role.REVIEWER);
        service.add(history, term("Закавказье", "Transcaucasia"));
        long historyGlossary = service.glossariesOf(history).get(0).id();
        long entry = service.entries(history).get(0).id();

        as("tom", Role.TRANSLATOR);
        service.add(economics, term("Антанта", "Entente"));
        assertThat(service.entries(economics).get(0).status()).isEqualTo("PROPOSED");
        assertThatThrownBy(() -> service.attach(economics, historyGlossary)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(history, entry, term("Закавказье", "x"))).isInstanceOf(AccessDeniedException.class);

        // a reviewer of one project may not edit another project's term through it, nor attach a glossary he cannot see
        as("rita", Role.REVIEWER);
        assertThatThrownBy(() -> service.delete(economics, entry)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("not in a glossary of this project");
        users.insert("rex", "{noop}x", Set.of(Role.REVIEWER));
        users.insert("rita", "{noop}x", Set.of(Role.REVIEWER));
        users.setProjects(users.find("rex").orElseThrow().id(), List.of(history));
        users.setProjects(users.find("rita").orElseThrow().id(), List.of(economics));
        db.projects.setOpenToAll(history, false);
        db.projects.setOpenToAll(economics, false);
        long economicsGlossary = service.glossariesOf(economics).get(0).id();
        assertThat(service.shareable(economics)).isEmpty();
        assertThatThrownBy(() -> service.attach(economics, historyGlossary)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.entries(history)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.add(economics, new TermEntry("нэп", List.of("NEP"), List.of(), null, null, "acronym", null)))
                .hasMessageContaining("part of speech \"acronym\"");
        assertThatThrownBy(() -> service.add(economics, new TermEntry("нэп", List.of("NEP"), List.of(), "x".repeat(2001), null, null, null)))
                .hasMessageContaining("too long for a glossary entry");
        assertThatThrownBy(() -> service.createFor(economics, "g".repeat(201))).hasMessageContaining("1 to 200 characters");
        assertThat(service.entries(economics)).extracting(GlossaryRepository.Entry::glossaryId).containsOnly(economicsGlossary);
    }

    @Test
    void aNewProjectGetsItsOwnGlossaryOrSharesOneInOneStep() {
        ProjectService projects = new ProjectService(db.projects, new GlossaryRepository(db.jdbc), service, qa,
                new ProjectAccess(users, db.jdbc), db.tx);
        as("rita", Role.REVIEWER);
        service.add(history, term("Закавказье", "Transcaucasia"));
        long shared = service.glossariesOf(history).get(0).id();
        long p = projects.create("Caucasus 1920", "en-GB", shared);
        assertThat(db.projects.englishVariant(p)).isEqualTo("en-GB");
        assertThat(service.entries(p)).extracting(GlossaryRepository.Entry::russian).containsExactly("Закавказье");
        long own = projects.create("Turkey 1921", null, null);
        assertThat(service.glossariesOf(own)).extracting(GlossaryRepository.GlossaryInfo::name).containsExactly("Turkey 1921 glossary");
        assertThatThrownBy(() -> projects.create("Turkey 1921", null, null)).hasMessageContaining("exists already");
        assertThatThrownBy(() -> projects.create("Bad variant", "en-AU", null)).hasMessageContaining("en-US or en-GB");
        assertThat(db.projects.findIdByName("Bad variant")).isEmpty();
        projects.setEnglishVariant(own, "en-GB");
        assertThat(db.projects.englishVariant(own)).isEqualTo("en-GB");
        as("tom", Role.TRANSLATOR);
        assertThatThrownBy(() -> projects.create("Mine", null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.setEnglishVariant(own, "en-US")).isInstanceOf(AccessDeniedException.class);
    }
}
