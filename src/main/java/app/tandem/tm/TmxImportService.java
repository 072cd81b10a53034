package app.tandem.tm;

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
    private final MemoryRepository units;
    private final TransactionTemplate tx;
    private final TranslationMemoryService memory;

    public TmxImportService(ProjectRepository projects, MemoryRepository units, PlatformTransactionManager txManager,
                            TranslationMemoryService memory) {
        this.memory = memory;
        this.projects = projects;
        this.units = units;
        this.tx = new TransactionTemplate(txManager);
    }

    public TmxReader.Result importTmx(String projectName, String fileName, InputStream in, long size) {
        app.tandem.user.CurrentUser.requireIfSignedIn("import translation memories", app.tandem.user.Role.TRANSLATOR,
                app.tandem.user.Role.REVIEWER, app.tandem.user.Role.ADMIN);
        long[] project = {-1};
        TmxReader.Result result = tx.execute(status -> {
            long projectId = projects.findOrCreate(projectName);
            project[0] = projectId;
            return new TmxReader().read(fileName, in, size, "ru", "en", u -> {
                // one unit over the limit refuses the whole file: the transaction stores nothing of it
                app.tandem.document.WriteLimits.requireTarget(fileName + ", unit with source \"" + abbreviated(u.source()) + "\"",
                        u.source(), u.target());
                app.tandem.document.WriteLimits.requireSegmentText(fileName + ", the source of a unit", u.source());
                units.insertImported(projectId, u.source(), u.target(),
                        u.document() == null ? fileName : u.document(), fileName, u.changeId(), local(u.created()), local(u.changed()));
            });
        });
        memory.unitsImported(project[0]);
        return result;
    }

    private static String abbreviated(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static LocalDateTime local(java.time.Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneId.systemDefault());
    }
}
