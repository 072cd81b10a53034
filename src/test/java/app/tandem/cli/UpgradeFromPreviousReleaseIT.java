package app.tandem.cli;

import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import app.tandem.ui.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory written by the release before issue 21 (the jar of commit 370912c: the web app's
 * first start with its seeds and their QA, an API token, an update from XLIFF, a TMX memory import, three
 * edits through the REST API) opens with this build: Flyway brings the schema up, and everything in it
 * is still there for the commands, the database and the API (with the token made by the old release).
 */
// a command-line test (its own processes and data directory, no browser, no timing): it runs beside the browser tests
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class UpgradeFromPreviousReleaseIT {
    /** The API token {@code token create --user admin} printed for the old release's data directory. */
    private static final String OLD_TOKEN = "tdm_JxrqGK_Q3t5DvqggaROPvglvj2BUyFyK2HqCleq8ors";

    @TempDir
    Path tmp;

    @Test
    void theDataOfThePreviousReleaseOpensWithEverythingInIt() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        try (InputStream in = getClass().getResourceAsStream("/upgrade/data-370912c.zip"); ZipInputStream zip = new ZipInputStream(in)) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("tandem.mv.db");
            Files.copy(zip, data.resolve("tandem.mv.db"));
        }

        // a command first: it migrates the schema and reads the old data
        TandemCommand.Result export = TandemCommand.run(tmp, "export", "--document", "002_943bfa2c0ced0905", "--format", "txt",
                "--out", tmp.resolve("002.txt").toString(), "--tandem.data-dir=" + data);
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(tmp.resolve("002.txt"))).contains("Upgrade edit of segment 272.");

        JdbcClient jdbc = TestDatabase.ofAppData(data).jdbc;
        assertThat(count(jdbc, "SELECT COUNT(*) FROM document")).isEqualTo(5);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM segment")).isEqualTo(656);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM segment WHERE target_text IS NOT NULL")).isEqualTo(14);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM segment_history")).isEqualTo(4);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM tm_unit")).isEqualTo(16);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM glossary_entry")).isEqualTo(52);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM qa_finding")).isEqualTo(7);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM app_user")).isEqualTo(1);
        // the old findings count as the check of the segments as they are: nothing waits for QA after the upgrade
        assertThat(count(jdbc, "SELECT COUNT(*) FROM segment WHERE qa_version IS NULL OR qa_version <> version")).isZero();
        assertThat(jdbc.sql("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"").query(Integer.class).single())
                .isGreaterThanOrEqualTo(12);

        // the web app starts on it, and the old release's token still works
        try (RunningApp app = new RunningApp(data)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> projects = http.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/projects")))
                    .header("Authorization", "Bearer " + OLD_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(projects.statusCode()).as(projects.body()).isEqualTo(200);
            assertThat(projects.body()).contains("\"Seed articles\"").contains("\"Other project\"").contains("\"documents\":5");
            HttpResponse<String> segment = http.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/segments/272")))
                    .header("Authorization", "Bearer " + OLD_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(segment.body()).contains("Upgrade edit of segment 272.").contains("\"TRANSLATED\"");
        }
    }

    private static int count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
