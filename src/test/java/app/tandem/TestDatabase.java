package app.tandem;

import app.tandem.document.DocumentRepository;
import app.tandem.document.ImportService;
import app.tandem.project.ProjectRepository;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;

/**
 * A real database migrated by the production Flyway scripts: an H2 file in a temporary directory,
 * or, when the tests run with {@code -Dtandem.test.db=postgres} (the second pass of the persistence
 * tests in {@code ./mvnw verify}), a new database on the test JVM's PostgreSQL server.
 */
public final class TestDatabase {
    public static final boolean POSTGRES = "postgres".equals(System.getProperty("tandem.test.db"));
    public final DriverManagerDataSource dataSource;
    public final JdbcClient jdbc;
    public final DataSourceTransactionManager tx;
    public final ProjectRepository projects;
    public final DocumentRepository documents;
    public final app.tandem.tm.MemoryRepository units;

    public TestDatabase(Path dir) {
        this(dir, true);
    }

    /**
     * The H2 file of an app's or a command's data directory, opened per statement and never held:
     * the app and the commands it is checked against open the same file between the test's reads.
     */
    public static TestDatabase ofAppData(Path dataDir) {
        return new TestDatabase(dataDir, false);
    }

    private TestDatabase(Path dir, boolean holdOpen) {
        boolean postgres = POSTGRES && holdOpen; // an app's data directory is always its H2 file
        dataSource = postgres
                ? new DriverManagerDataSource(PostgresServer.shared().orElseThrow(() -> new IllegalStateException(
                        "-Dtandem.test.db=postgres needs PostgreSQL installed (Debian package postgresql)")).newDatabase(), "tandem", "")
                : new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("tandem").toAbsolutePath()
                        // held databases are not closed one by one (with compaction) when the test JVM exits
                        + (holdOpen ? ";DB_CLOSE_ON_EXIT=FALSE" : ""), "sa", "");
        if (!postgres && holdOpen) {
            keepOpen();
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        tx = new DataSourceTransactionManager(dataSource);
        projects = new ProjectRepository(jdbc);
        documents = new DocumentRepository(jdbc);
        units = new app.tandem.tm.MemoryRepository(jdbc);
    }

    /**
     * One connection held for the test's life keeps the H2 file open, as the app's pool does: without
     * it every statement opened and closed the database, which is slow and not how Tandem runs.
     */
    private void keepOpen() {
        try {
            KEEPERS.add(dataSource.getConnection());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.List<java.sql.Connection> KEEPERS = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ImportService importService() {
        return new ImportService(projects, documents, tx);
    }

    public int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    /** Row counts of several tables read in one statement: one snapshot (each call of {@link #count} may open the file anew). */
    public java.util.List<Integer> counts(String... tables) {
        String sql = "SELECT " + String.join(", ", java.util.Arrays.stream(tables).map(t -> "(SELECT COUNT(*) FROM " + t + ")").toList());
        return jdbc.sql(sql).query((rs, n) -> {
            java.util.List<Integer> out = new java.util.ArrayList<>();
            for (int i = 1; i <= tables.length; i++) {
                out.add(rs.getInt(i));
            }
            return out;
        }).single();
    }
}
