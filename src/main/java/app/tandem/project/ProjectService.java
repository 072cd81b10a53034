package app.tandem.project;

import app.tandem.review.QaService;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Starting a project: its name, its English variant, and a glossary of its own or one another project keeps. */
@Service
public class ProjectService {
    private final ProjectRepository projects;
    private final GlossaryRepository glossaries;
    private final GlossaryService glossaryService;
    private final QaService qa;
    private final app.tandem.user.ProjectAccess access;
    private final TransactionTemplate tx;

    public ProjectService(ProjectRepository projects, GlossaryRepository glossaries, GlossaryService glossaryService, QaService qa,
                          app.tandem.user.ProjectAccess access, PlatformTransactionManager txManager) {
        this.access = access;
        this.projects = projects;
        this.glossaries = glossaries;
        this.glossaryService = glossaryService;
        this.qa = qa;
        this.tx = new TransactionTemplate(txManager);
    }

    /** Which English the project's targets are checked against (spelling and grammar differ). */
    public void setEnglishVariant(long projectId, String variant) {
        CurrentUser.require("change a project's English variant", Role.REVIEWER, Role.ADMIN);
        if (!access.canSee(projectId)) {
            throw new org.springframework.security.access.AccessDeniedException("not a member of project " + projectId);
        }
        projects.setEnglishVariant(projectId, variant);
    }

    /** The romanisation schemes for names in the text and for reference lists (journals set one for their references). */
    public void setSchemes(long projectId, String namesScheme, String referencesScheme) {
        CurrentUser.require("change a project's romanisation schemes", Role.REVIEWER, Role.ADMIN);
        if (!access.canSee(projectId)) {
            throw new org.springframework.security.access.AccessDeniedException("not a member of project " + projectId);
        }
        projects.setSchemes(projectId, namesScheme, referencesScheme);
    }

    /**
     * Whether QA also runs LanguageTool's Russian spelling and grammar on the sources (as
     * information). Off by default: a translator cannot change the source.
     */
    public void setCheckSource(long projectId, boolean on) {
        CurrentUser.require("change a project's checks", Role.REVIEWER, Role.ADMIN);
        if (!access.canSee(projectId)) {
            throw new org.springframework.security.access.AccessDeniedException("not a member of project " + projectId);
        }
        tx.executeWithoutResult(s -> projects.setCheckSource(projectId, on));
    }

    /**
     * Creates the project in one transaction. {@code sharedGlossaryId} null gives it a new empty
     * glossary named after it; otherwise the glossary must be one the user may share.
     */
    public long create(String name, String englishVariant, Long sharedGlossaryId) {
        CurrentUser.require("create projects", Role.REVIEWER, Role.ADMIN);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new IllegalArgumentException("a project needs a name of 1 to 200 characters");
        }
        if (projects.findIdByName(n).isPresent()) {
            throw new IllegalArgumentException("a project named \"" + n + "\" exists already");
        }
        if (sharedGlossaryId != null && glossaryService.visibleGlossaries().stream().noneMatch(g -> g.id() == sharedGlossaryId)) {
            throw new org.springframework.security.access.AccessDeniedException("glossary " + sharedGlossaryId + " cannot be shared from here");
        }
        Long id = tx.execute(s -> {
            long p = projects.findOrCreate(n);
            projects.setEnglishVariant(p, englishVariant == null ? "en-US" : englishVariant);
            glossaries.attach(p, sharedGlossaryId != null ? sharedGlossaryId
                    : glossaries.findIdByName(n + " glossary").orElseGet(() -> glossaries.create(n + " glossary")));
            return p;
        });
        qa.glossaryChanged();
        return id == null ? -1 : id;
    }
}
