package app.tandem.cluster;

import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Consistent copies of the embedded H2 database while Tandem runs (H2's online {@code BACKUP TO},
 * a zip of the database file as of one moment), and restoring one into an empty data directory.
 * PostgreSQL is backed up with its own tools ({@code pg_dump}).
 */
@Service
public class BackupService {
    /** The database file a backup holds; the data directory's file has this name too. */
    public static final String DATABASE_FILE = "tandem.mv.db";
    private static final long MAX_RESTORED_BYTES = 64L * 1024 * 1024 * 1024;

    private final JdbcClient jdbc;

    public BackupService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes a backup zip to {@code target}, which must not exist yet: admins only when someone is
     * signed in (the API), the operator on the command line.
     */
    public void backupTo(Path target) {
        CurrentUser.requireIfSignedIn("back up the database", Role.ADMIN);
        if (!DatabaseKind.isH2(jdbc)) {
            throw new IllegalStateException("this database is PostgreSQL: back it up with pg_dump (README: Team server)");
        }
        jdbc.sql("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'").update();
    }

    /**
     * Unpacks a backup into {@code dataDir}, which must hold no database yet; returns the restored file.
     * Anything in the zip but the database file is refused, as are paths that would leave the directory.
     */
    public static Path restore(InputStream zip, String fileName, Path dataDir) throws IOException {
        Path target = dataDir.resolve(DATABASE_FILE);
        if (Files.exists(target)) {
            throw new IllegalArgumentException(dataDir + " already holds a database (" + DATABASE_FILE
                    + "); restore into an empty data directory");
        }
        Files.createDirectories(dataDir);
        boolean found = false;
        Path part = Files.createTempFile(dataDir, ".restore", ".part");
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = Path.of(e.getName()).getFileName().toString();
                if (e.isDirectory() || !name.equals(e.getName()) || !name.endsWith(".mv.db")) {
                    throw new IllegalArgumentException(fileName + ": '" + e.getName() + "' is not a Tandem backup's database file");
                }
                if (found) {
                    throw new IllegalArgumentException(fileName + ": holds more than one database file");
                }
                found = true;
                try (OutputStream o = Files.newOutputStream(part)) {
                    byte[] buf = new byte[1 << 16];
                    long total = 0;
                    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                        total += n;
                        if (total > MAX_RESTORED_BYTES) {
                            throw new IllegalArgumentException(fileName + ": unpacks to more than 64 GB");
                        }
                        o.write(buf, 0, n);
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            Files.deleteIfExists(part);
            throw new IllegalArgumentException(fileName + ": not a backup zip (" + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        if (!found) {
            Files.deleteIfExists(part);
            throw new IllegalArgumentException(fileName + ": no database file in it; is it a Tandem backup?");
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

}
