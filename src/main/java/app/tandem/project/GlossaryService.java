package app.tandem.project;

import app.tandem.exchange.TermEntry;
import app.tandem.glossary.TermCandidates;
import app.tandem.review.QaService;
import app.tandem.user.CurrentUser;
import app.tandem.user.ProjectAccess;
import app.tandem.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * A project's glossaries: translators propose terms, reviewers approve, edit and share them; imports
 * are all or nothing. A glossary may serve several projects, so a change reaches all of them.
 */
@Service
public class GlossaryService {
    private final GlossaryRepository glossaries;
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final QaService qa;
    private final TransactionTemplate tx;

    public GlossaryService(GlossaryRepository glossaries, ProjectRepository projects, ProjectAccess access, QaService qa,
                           PlatformTransactionManager txManager) {
        this.glossaries = glossaries;
        this.projects = projects;
        this.access = access;
        this.qa = qa;
        this.tx = new TransactionTemplate(txManager);
    }

    public List<GlossaryRepository.Entry> entries(long projectId) {
        requireProject(projectId);
        return glossaries.entriesForProject(projectId);
    }

    public List<GlossaryRepository.GlossaryInfo> glossariesOf(long projectId) {
        requireProject(projectId);
        return glossaries.glossariesOf(projectId);
    }

    /** Glossaries the user may attach to another project: all for an admin, else those of projects the user sees. */
    public List<GlossaryRepository.GlossaryInfo> shareable(long projectId) {
        requireProject(projectId);
        List<Long> attached = glossaries.glossariesOf(projectId).stream().map(GlossaryRepository.GlossaryInfo::id).toList();
        return visibleGlossaries().stream().filter(g -> !attached.contains(g.id())).toList();
    }

    /** Every glossary for an admin; for others those used by a project they see. */
    public List<GlossaryRepository.GlossaryInfo> visibleGlossaries() {
        CurrentUser.Actor actor = CurrentUser.get();
        return glossaries.allGlossaries().stream()
                .filter(g -> actor.has(Role.ADMIN) || glossaries.projectIdsUsing(g.id()).stream().anyMatch(access::canSee))
                .toList();
    }

    public void attach(long projectId, long glossaryId) {
        CurrentUser.require("change which glossaries a project uses", Role.REVIEWER, Role.ADMIN);
        requireProject(projectId);
        if (shareable(projectId).stream().noneMatch(g -> g.id() == glossaryId)) {
            throw new AccessDeniedException("glossary " + glossaryId + " cannot be added to this project");
        }
        glossaries.attach(projectId, glossaryId);
        qa.glossaryChanged();
    }

    public void detach(long projectId, long glossaryId) {
        CurrentUser.require("change which glossaries a project uses", Role.REVIEWER, Role.ADMIN);
        requireProject(projectId);
        glossaries.detach(projectId, glossaryId);
        qa.glossaryChanged();
    }

    /** A new, empty glossary for the project; it becomes where new terms go only if it is the project's first. */
    public long createFor(long projectId, String name) {
        CurrentUser.require("create glossaries", Role.REVIEWER, Role.ADMIN);
        requireProject(projectId);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new IllegalArgumentException("a glossary needs a name of 1 to 200 characters");
        }
        if (glossaries.findIdByName(n).isPresent()) {
            throw new IllegalArgumentException("a glossary named \"" + n + "\" exists already; add it instead");
        }
        Long id = tx.execute(s -> {
            long g = glossaries.create(n);
            glossaries.attach(projectId, g);
            return g;
        });
        return id == null ? -1 : id;
    }

    public void add(long projectId, TermEntry entry) {
        CurrentUser.Actor actor = CurrentUser.require("add glossary terms", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        requireProject(projectId);
        validate(entry);
        long g = glossaries.glossaryOf(projectId, projects.findName(projectId).orElse("Project"));
        glossaries.addEntry(g, entry, actor.has(Role.REVIEWER) || actor.has(Role.ADMIN) ? "APPROVED" : "PROPOSED", actor.username());
        qa.glossaryChanged();
    }

    public void update(long projectId, long entryId, TermEntry entry) {
        CurrentUser.require("edit glossary terms", Role.REVIEWER, Role.ADMIN);
        requireEntry(projectId, entryId);
        validate(entry);
        glossaries.update(entryId, entry);
        qa.glossaryChanged();
    }

    public void approve(long projectId, long entryId) {
        CurrentUser.require("approve glossary terms", Role.REVIEWER, Role.ADMIN);
        requireEntry(projectId, entryId);
        glossaries.setStatus(entryId, "APPROVED");
        qa.glossaryChanged();
    }

    public void delete(long projectId, long entryId) {
        CurrentUser.require("delete glossary terms", Role.REVIEWER, Role.ADMIN);
        requireEntry(projectId, entryId);
        glossaries.delete(entryId);
        qa.glossaryChanged();
    }

    /** Imports parsed entries in one transaction; returns how many. */
    public int importEntries(long projectId, List<TermEntry> entries) {
        CurrentUser.Actor actor = CurrentUser.require("import glossaries", Role.REVIEWER, Role.ADMIN);
        requireProject(projectId);
        entries.forEach(GlossaryService::validate);
        Integer n = tx.execute(status -> {
            long g = glossaries.glossaryOf(projectId, projects.findName(projectId).orElse("Project"));
            for (TermEntry e : entries) {
                glossaries.addEntry(g, e, e.status() == null ? "APPROVED" : e.status(), actor.username());
            }
            return entries.size();
        });
        qa.glossaryChanged();
        return n == null ? 0 : n;
    }

    /** Frequent nouns and adjective + noun phrases of the project's sources that the glossary lacks. */
    public List<TermCandidates.Candidate> candidates(long projectId, int limit) {
        requireProject(projectId);
        List<String> sources = projects.sourceSentences(projectId);
        return new TermCandidates().suggest(sources, qa.projectGlossary(projectId).glossary().sourceMatcher(), limit);
    }

    public List<TermEntry> export(long projectId) {
        return entries(projectId).stream().map(GlossaryRepository.Entry::term).toList();
    }

    private CurrentUser.Actor requireProject(long projectId) {
        CurrentUser.Actor actor = CurrentUser.get();
        if (!access.canSee(projectId)) {
            throw new AccessDeniedException(actor.username() + " is not a member of project " + projectId);
        }
        return actor;
    }

    /** The entry must belong to a glossary the project uses: ids from elsewhere are refused. */
    private void requireEntry(long projectId, long entryId) {
        requireProject(projectId);
        GlossaryRepository.Entry e = glossaries.findEntry(entryId)
                .orElseThrow(() -> new IllegalArgumentException("the term was deleted meanwhile"));
        if (!glossaries.projectIdsUsing(e.glossaryId()).contains(projectId)) {
            throw new AccessDeniedException("term " + entryId + " is not in a glossary of this project");
        }
    }

    private static void validate(TermEntry e) {
        if (e.russian() == null || e.russian().isBlank() || e.english().isEmpty() || e.preferred().isBlank()) {
            throw new IllegalArgumentException("a term needs its Russian and its English form");
        }
        if (e.russian().length() > 300 || e.english().stream().anyMatch(x -> x.length() > 300)
                || String.join("|", e.alternatives()).length() > 1000 || String.join("|", e.forbidden()).length() > 1000
                || e.note() != null && e.note().length() > 2000 || e.domain() != null && e.domain().length() > 100) {
            // the columns' sizes: a longer value would fail in the database with a less helpful message
            throw new IllegalArgumentException("too long for a glossary entry (term up to 300 characters, note up to 2,000, domain up to 100): "
                    + e.russian().substring(0, Math.min(40, e.russian().length())));
        }
        if (e.partOfSpeech() != null && !TermEntry.PARTS_OF_SPEECH.contains(e.partOfSpeech())) {
            throw new IllegalArgumentException("part of speech \"" + e.partOfSpeech() + "\" is not one of " + TermEntry.PARTS_OF_SPEECH);
        }
    }
}
