package app.tandem.ui;

import app.tandem.PostgresServer;
import app.tandem.TandemCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two app nodes started together on one real PostgreSQL: one admin and one set of seeds between
 * them, a command run beside them, and an edit made through node 1's API appearing in a browser
 * on node 2 within 5 s without a reload (LISTEN/NOTIFY and push).
 */
class TwoNodesBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void twoNodesShareOneDatabaseAndSeeEachOthersEditsLive() throws Exception {
        assumeTrue(PostgresServer.shared().isPresent(), "PostgreSQL is not installed (Debian package postgresql)");
        String url = PostgresServer.shared().get().newDatabase();
        String[] db = {"--spring.datasource.url=" + url, "--spring.datasource.username=tandem", "--spring.datasource.password="};
        CompletableFuture<RunningApp> starting1 = CompletableFuture.supplyAsync(() -> start(tmp.resolve("node1"), db));
        CompletableFuture<RunningApp> starting2 = CompletableFuture.supplyAsync(() -> start(tmp.resolve("node2"), db));
        try (RunningApp node1 = starting1.get(); RunningApp node2 = starting2.get();
             Browser b = new Browser(tmp.resolve("profile"), 1400, 1000)) {
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "tandem", ""));
            // the first admin and the seeds come after the port opens (start-up runners): wait for them, then for the other node
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (jdbc.sql("SELECT COUNT(*) FROM document").query(Integer.class).single() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            Thread.sleep(5000);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM project").query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM document").query(Integer.class).single()).isEqualTo(5);

            // a command beside the running nodes
            String token = TandemCommand.createToken(tmp, "admin", db);

            long doc = jdbc.sql("SELECT id FROM document WHERE file_name LIKE '000_%'").query(Long.class).single();
            long segment = jdbc.sql("SELECT id FROM segment WHERE document_id = ? AND position = 2").param(doc).query(Long.class).single();
            int version = jdbc.sql("SELECT version FROM segment WHERE id = ?").param(segment).query(Integer.class).single();

            b.login(node2, "admin", RunningApp.ADMIN_PASSWORD);
            b.openDocument(node2, doc);
            assertThat(b.text("segments-grid")).doesNotContain("Edited through node one");

            HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node1.url("api/v1/segments/" + segment)))
                    .header("Authorization", "Bearer " + token).header("If-Match", "\"" + version + "\"")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"target\": \"Edited through node one.\", \"status\": \"TRANSLATED\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            long sent = System.nanoTime();
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(5))
                    .until(d -> b.text("segments-grid").contains("Edited through node one."));
            System.out.printf("edit through node 1 visible on node 2 after %.0f ms%n", (System.nanoTime() - sent) / 1e6);
            b.screenshot("two-nodes-live-edit");

            // the listening connections are cut (as by a network fault or a database restart); an edit made
            // meanwhile still reaches node 2: after reconnecting it redraws what it has open
            jdbc.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()")
                    .query((rs, n) -> 1).list();
            long other = jdbc.sql("SELECT id FROM segment WHERE document_id = ? AND position = 3").param(doc).query(Long.class).single();
            int otherVersion = jdbc.sql("SELECT version FROM segment WHERE id = ?").param(other).query(Integer.class).single();
            HttpResponse<String> meanwhile = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node1.url("api/v1/segments/" + other)))
                    .header("Authorization", "Bearer " + token).header("If-Match", "\"" + otherVersion + "\"")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"target\": \"Edited while node two was not listening.\", \"status\": \"DRAFT\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(15))
                    .until(d -> b.text("segments-grid").contains("Edited while node two was not listening."));
        }
    }

    private static RunningApp start(Path data, String... args) {
        try {
            return new RunningApp(data, args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
