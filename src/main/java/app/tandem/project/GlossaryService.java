package app.tandem.project;

import app.tandem.exchange.TermEntry;
import app.tandem.review.QaService;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/** Editing a project's glossary: translators propose terms, reviewers approve them; imports are all or nothing. */
@Service
public class GlossaryService {
    private final GlossaryRepository glossaries;
    private final ProjectRepository projects;
    private final QaService qa;
    private final TransactionTemplate tx;

    public GlossaryService(GlossaryRepository glossaries, ProjectRepository projects, QaService qa, PlatformTransactionManager txManager) {
        this.glossaries = glossaries;
        this.projects = projects;
        this.qa = qa;
        this.tx = new TransactionTemplate(txManager);
    }

    public List<GlossaryRepository.Entry> entries(long projectId) {
        CurrentUser.get();
        return glossaries.entriesForProject(projectId);
    }

    public void add(long projectId, String russian, String english, String alternatives, String forbidden, String note) {
        CurrentUser.Actor actor = CurrentUser.require("add glossary terms", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        require(russian, english);
        long g = glossaries.glossaryOf(projectId, projects.findName(projectId).orElse("Project"));
        glossaries.addEntry(g, russian.strip(), english.strip(), alternatives, forbidden, note,
                actor.has(Role.REVIEWER) || actor.has(Role.ADMIN) ? "APPROVED" : "PROPOSED", actor.username());
        qa.glossaryChanged(projectId);
    }

    public void update(long projectId, long entryId, String russian, String english, String alternatives, String forbidden, String note) {
        CurrentUser.require("edit glossary terms", Role.REVIEWER, Role.ADMIN);
        require(russian, english);
        glossaries.update(entryId, russian.strip(), english.strip(), alternatives, forbidden, note);
        qa.glossaryChanged(projectId);
    }

    public void approve(long projectId, long entryId) {
        CurrentUser.require("approve glossary terms", Role.REVIEWER, Role.ADMIN);
        glossaries.setStatus(entryId, "APPROVED");
        qa.glossaryChanged(projectId);
    }

    public void delete(long projectId, long entryId) {
        CurrentUser.require("delete glossary terms", Role.REVIEWER, Role.ADMIN);
        glossaries.delete(entryId);
        qa.glossaryChanged(projectId);
    }

    /** Imports parsed entries in one transaction; returns how many. */
    public int importEntries(long projectId, List<TermEntry> entries) {
        CurrentUser.Actor actor = CurrentUser.require("import glossaries", Role.REVIEWER, Role.ADMIN);
        Integer n = tx.execute(status -> {
            long g = glossaries.glossaryOf(projectId, projects.findName(projectId).orElse("Project"));
            for (TermEntry e : entries) {
                glossaries.addEntry(g, e.russian(), e.english().get(0), String.join("|", e.english().subList(1, e.english().size())),
                        String.join("|", e.forbidden()), e.note(), e.status() == null ? "APPROVED" : e.status(), actor.username());
            }
            return entries.size();
        });
        qa.glossaryChanged(projectId);
        return n == null ? 0 : n;
    }

    /** Frequent nouns and adjective + noun phrases of the project's sources that the glossary lacks. */
    public List<app.tandem.glossary.TermCandidates.Candidate> candidates(long projectId, int limit) {
        CurrentUser.get();
        List<String> sources = projects.sourceSentences(projectId);
        return new app.tandem.glossary.TermCandidates().suggest(sources, qa.projectGlossary(projectId).glossary().sourceMatcher(), limit);
    }

    public List<TermEntry> export(long projectId) {
        return entries(projectId).stream().map(e -> new TermEntry(e.russian(), e.english(), e.forbidden(), e.note(), e.status())).toList();
    }

    private static void require(String russian, String english) {
        if (russian == null || russian.isBlank() || english == null || english.isBlank()) {
            throw new IllegalArgumentException("a term needs its Russian and its English form");
        }
    }
}
