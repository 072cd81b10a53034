package app.tandem;

import app.tandem.document.DocumentRepository;
import app.tandem.document.ImportService;
import app.tandem.project.ProjectRepository;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.nio.file.Path;

/** A real H2 file database in a temporary directory, migrated by the production Flyway scripts. */
public final class TestDatabase {
    public final javax.sql.DataSource dataSource;
    public final JdbcClient jdbc;
    public final DataSourceTransactionManager tx;
    public final ProjectRepository projects;
    public final DocumentRepository documents;

    public TestDatabase(Path dir) {
        // a pool, as the application has: opening the file database for every statement and closing it
        // after was slow and once, under load, showed a committed import as empty to the next statement
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("tandem").toAbsolutePath());
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMaximumPoolSize(8);
        pool.setMinimumIdle(1);
        dataSource = pool;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        tx = new DataSourceTransactionManager(dataSource);
        projects = new ProjectRepository(jdbc);
        documents = new DocumentRepository(jdbc);
    }

    public ImportService importService() {
        return new ImportService(projects, documents, tx);
    }

    public int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
}
