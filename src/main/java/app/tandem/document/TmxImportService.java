package app.tandem.document;

import app.tandem.exchange.TmxReader;
import app.tandem.project.ProjectRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Imports a TMX file into a project's translation memory in one transaction. */
@Service
public class TmxImportService {
    private final ProjectRepository projects;
    private final DocumentRepository documents;
    private final TransactionTemplate tx;

    public TmxImportService(ProjectRepository projects, DocumentRepository documents, PlatformTransactionManager txManager) {
        this.projects = projects;
        this.documents = documents;
        this.tx = new TransactionTemplate(txManager);
    }

    public TmxReader.Result importTmx(String projectName, String fileName, InputStream in, long size) {
        app.tandem.user.CurrentUser.require("import translation memories", app.tandem.user.Role.TRANSLATOR,
                app.tandem.user.Role.REVIEWER, app.tandem.user.Role.ADMIN);
        return tx.execute(status -> {
            long projectId = projects.findOrCreate(projectName);
            return new TmxReader().read(fileName, in, size, "ru", "en", u -> documents.insertTmUnit(projectId, "ru", "en",
                    u.source(), u.target(), u.document() == null ? fileName : u.document(), local(u.created()), local(u.changed())));
        });
    }

    private static LocalDateTime local(java.time.Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneId.systemDefault());
    }
}
