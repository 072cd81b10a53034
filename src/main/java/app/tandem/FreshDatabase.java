package app.tandem;

import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded database's first schema is made beside the data file and moved into place whole. H2
 * commits each DDL statement on its own, and a process killed while Flyway created the schema left a
 * file whose migration history named tables that were not there ("Table PROJECT not found" on every
 * later start); a half-made file under another name is simply made again.
 */
final class FreshDatabase {
    static final String FILE = "tandem.mv.db";
    private static final String MAKING = "tandem-creating";

    private FreshDatabase() {
    }

    /** Makes {@code dataDir/tandem.mv.db} with the current schema if it does not exist; any failure leaves it to the application's own start. */
    static void createIfMissing(Path dataDir) {
        Path target = dataDir.resolve(FILE);
        if (Files.exists(target)) {
            return;
        }
        Path making = dataDir.resolve(MAKING + ".mv.db");
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(making);
            Files.deleteIfExists(dataDir.resolve(MAKING + ".trace.db"));
            String url = "jdbc:h2:file:" + dataDir.resolve(MAKING).toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
            // before Spring's logging is set up: Flyway's progress lines would land in a command's output
            ch.qos.logback.classic.Logger flywayLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.flywaydb");
            ch.qos.logback.classic.Level level = flywayLog.getLevel();
            flywayLog.setLevel(ch.qos.logback.classic.Level.ERROR);
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
                flywayLog.setLevel(level);
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
            Files.move(making, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            // another process may be making it at this moment; the application's own Flyway run decides
            try {
                Files.deleteIfExists(making);
            } catch (java.io.IOException ignored) {
                // left for the next start, which deletes it first
            }
        }
    }
}
