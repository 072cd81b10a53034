package app.tandem;

import app.tandem.document.DocumentRepository;
import app.tandem.document.ImportService;
import app.tandem.project.ProjectRepository;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;

/** A real H2 file database in a temporary directory, migrated by the production Flyway scripts. */
public final class TestDatabase {
    public final DriverManagerDataSource dataSource;
    public final JdbcClient jdbc;
    public final DataSourceTransactionManager tx;
    public final ProjectRepository projects;
    public final DocumentRepository documents;
    public final app.tandem.tm.MemoryRepository units;

    public TestDatabase(Path dir) {
        dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("tandem").toAbsolutePath(), "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        tx = new DataSourceTransactionManager(dataSource);
        projects = new ProjectRepository(jdbc);
        documents = new DocumentRepository(jdbc);
        units = new app.tandem.tm.MemoryRepository(jdbc);
    }

    public ImportService importService() {
        return new ImportService(projects, documents, tx);
    }

    public int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
}
