package app.tandem.ui;

import app.tandem.PostgresServer;
import app.tandem.TandemCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL killed (kill -9 of its postmaster) and started again beneath two running nodes that
 * take REST writes and hold an open workbench: every acknowledged write survives; during the
 * outage writes are refused cleanly (503 with a JSON message), and the translator's confirmation
 * waits in the workbench with its text kept and a notice; the nodes serve again without a restart
 * within 15 s of the first failure, the waiting confirmation is saved, and edits appear live across
 * the nodes again (LISTEN/NOTIFY subscribed anew). The server is the test's own: the shared one
 * serves the other tests.
 */
class DatabaseOutageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;

    @Test
    void theDatabaseKilledAndStartedAgainBeneathTwoNodesLosesNothingAcknowledged() throws Exception {
        java.util.Optional<PostgresServer> server = PostgresServer.startPrivate();
        assumeTrue(server.isPresent(), "PostgreSQL is not installed (Debian package postgresql)");
        PostgresServer pg = server.get();
        try {
            run(pg);
        } finally {
            pg.stopNow();
        }
    }

    private void run(PostgresServer pg) throws Exception {
        String url = pg.newDatabase();
        String[] db = {"--spring.datasource.url=" + url, "--spring.datasource.username=tandem", "--spring.datasource.password="};
        CompletableFuture<RunningApp> starting1 = CompletableFuture.supplyAsync(() -> start(tmp.resolve("node1"), db));
        CompletableFuture<RunningApp> starting2 = CompletableFuture.supplyAsync(() -> start(tmp.resolve("node2"), db));
        try (RunningApp node1 = starting1.get(); RunningApp node2 = starting2.get();
             Browser b = new Browser(tmp.resolve("profile"), 1366, 768)) {
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "tandem", ""));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (jdbc.sql("SELECT COUNT(*) FROM document").query(Integer.class).single() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            Thread.sleep(3000);
            String token = TandemCommand.createToken(tmp, "admin", db);
            long doc = jdbc.sql("SELECT id FROM document WHERE file_name LIKE '003_%'").query(Long.class).single();
            long other = jdbc.sql("SELECT id FROM document WHERE file_name LIKE '001_%'").query(Long.class).single();
            List<Long> owned = jdbc.sql("SELECT id FROM segment WHERE document_id = ? AND covered_by IS NULL ORDER BY position")
                    .param(other).query(Long.class).list().subList(0, 8);

            b.login(node1, "admin", RunningApp.ADMIN_PASSWORD);
            b.openDocument(node1, doc);
            WebElement target = b.input("editor-target");
            long typedSegment = jdbc.sql("SELECT id FROM segment WHERE document_id = ? ORDER BY position FETCH FIRST 1 ROWS ONLY")
                    .param(doc).query(Long.class).single();

            // REST writers on both nodes, each on segments of its own
            AtomicBoolean writing = new AtomicBoolean(true);
            Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger refused503 = new AtomicInteger();
            AtomicInteger other5xx = new AtomicInteger();
            AtomicLong firstFailure = new AtomicLong();
            AtomicLong firstSuccessAfter = new AtomicLong();
            AtomicLong killedAt = new AtomicLong();
            List<Thread> writers = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                RunningApp node = w % 2 == 0 ? node1 : node2;
                List<Long> mine = List.of(owned.get(2 * w), owned.get(2 * w + 1));
                Thread t = new Thread(() -> write(node, token, mine, writing, acknowledged, refused503, other5xx, firstFailure,
                        firstSuccessAfter, killedAt));
                t.start();
                writers.add(t);
            }
            Thread.sleep(3000);
            int before = acknowledged.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(before).as("writes acknowledged before the kill").isPositive();

            killedAt.set(System.nanoTime());
            pg.kill9();
            // the translator types and confirms while the database is away: the text stays, a notice says so
            target.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "Typed while the database was away.");
            target.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            b.wait.until(d -> !d.findElements(By.id("database-lost")).isEmpty());
            assertThat(b.value("editor-target")).isEqualTo("Typed while the database was away.");
            b.screenshot("database-lost-1366");
            // away for at least 3 s, then back (crash recovery first)
            Thread.sleep(Math.max(0, 3000 - (System.nanoTime() - killedAt.get()) / 1_000_000));
            pg.startAgain();
            long backAt = System.nanoTime();

            b.wait.until(d -> !d.findElements(By.id("database-back")).isEmpty());
            long recovered = System.nanoTime();
            deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (firstSuccessAfter.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(2000);
            writing.set(false);
            for (Thread t : writers) {
                t.join(30_000);
            }
            assertThat(firstFailure.get()).as("the writers met the outage").isPositive();
            assertThat(firstSuccessAfter.get()).as("the nodes served again").isPositive();
            double servingAgain = (firstSuccessAfter.get() - firstFailure.get()) / 1e9;
            System.out.printf("OUTAGE: %d writes acknowledged, %d answered 503 during the outage, serving again %.1f s after the first failure "
                            + "(%.1f s after the database was up again, %.1f s after the kill), the workbench's waiting confirmation saved %.1f s after the kill%n",
                    acknowledged.values().stream().mapToInt(Integer::intValue).sum(), refused503.get(), servingAgain,
                    (firstSuccessAfter.get() - backAt) / 1e9, (backAt - killedAt.get()) / 1e9, (recovered - killedAt.get()) / 1e9);
            assertThat(refused503.get()).as("refused cleanly during the outage").isPositive();
            if (other5xx.get() > 0) {
                for (RunningApp node : List.of(node1, node2)) {
                    List<String> log = java.nio.file.Files.readAllLines(node.logFile());
                    for (int i = 0; i < log.size(); i++) {
                        if (log.get(i).contains("REST API request failed")) {
                            System.out.println("OUTAGE: " + node.logFile() + ":\n" + String.join("\n", log.subList(i, Math.min(log.size(), i + 12))));
                            log.subList(i, Math.min(log.size(), i + 300)).stream().filter(l -> l.startsWith("Caused by"))
                                    .forEach(l -> System.out.println("OUTAGE:   " + l));
                        }
                    }
                }
            }
            assertThat(other5xx.get()).as("answers other than 200 and 503").isZero();
            assertThat(servingAgain).isLessThanOrEqualTo(15.0);

            // every acknowledged write is there
            for (Map.Entry<Long, Integer> ack : acknowledged.entrySet()) {
                String stored = jdbc.sql("SELECT target_text FROM segment WHERE id = ?").param(ack.getKey()).query(String.class).single();
                assertThat(Integer.parseInt(stored.replaceAll("\\D", ""))).as("segment " + ack.getKey() + " holds " + stored)
                        .isGreaterThanOrEqualTo(ack.getValue());
            }
            // the workbench's confirmation typed during the outage was saved when the database returned
            Map<String, Object> typed = jdbc.sql("SELECT target_text, status FROM segment WHERE id = ?").param(typedSegment).query().singleRow();
            assertThat(typed.get("target_text")).isEqualTo("Typed while the database was away.");
            assertThat(typed.get("status")).isEqualTo("TRANSLATED");

            // live across the nodes again: an edit through node 2 appears in node 1's workbench
            long live = jdbc.sql("SELECT id FROM segment WHERE document_id = ? ORDER BY position OFFSET 3 ROWS FETCH FIRST 1 ROWS ONLY")
                    .param(doc).query(Long.class).single();
            int version = jdbc.sql("SELECT version FROM segment WHERE id = ?").param(live).query(Integer.class).single();
            HttpResponse<String> put = put(node2, token, live, version, "Seen live after the restart.");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            long sent = System.nanoTime();
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(5))
                    .until(d -> b.text("segments-grid").contains("Seen live after the restart."));
            System.out.printf("OUTAGE: an edit through node 2 visible on node 1 %.0f ms after it was saved%n", (System.nanoTime() - sent) / 1e6);
        }
    }

    private static void write(RunningApp node, String token, List<Long> segments, AtomicBoolean writing, Map<Long, Integer> acknowledged,
                              AtomicInteger refused503, AtomicInteger other5xx, AtomicLong firstFailure, AtomicLong firstSuccessAfter,
                              AtomicLong killedAt) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int n = 0;
        while (writing.get()) {
            long segment = segments.get(n % segments.size());
            n++;
            try {
                HttpResponse<String> got = http.send(HttpRequest.newBuilder(URI.create(node.url("api/v1/segments/" + segment)))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (got.statusCode() == 200) {
                    int version = JSON.readTree(got.body()).get("version").asInt();
                    HttpResponse<String> put = put(node, token, segment, version, "Write " + n + ".");
                    got = put;
                    if (put.statusCode() == 200) {
                        acknowledged.merge(segment, n, Math::max);
                        if (killedAt.get() != 0 && firstFailure.get() != 0) {
                            firstSuccessAfter.compareAndSet(0, System.nanoTime());
                        }
                        continue;
                    }
                }
                if (got.statusCode() == 503) {
                    JsonNode body = JSON.readTree(got.body());
                    assertThat(body.get("error").asText()).contains("database");
                    assertThat(got.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                    refused503.incrementAndGet();
                    if (killedAt.get() != 0) {
                        firstFailure.compareAndSet(0, System.nanoTime());
                    }
                    Thread.sleep(200);
                } else {
                    System.out.println("OUTAGE: unexpected answer " + got.statusCode() + ": " + got.body());
                    other5xx.incrementAndGet();
                    Thread.sleep(200);
                }
            } catch (Exception e) {
                System.out.println("OUTAGE: request failed: " + e);
                other5xx.incrementAndGet();
            }
        }
    }

    private static HttpResponse<String> put(RunningApp node, String token, long segment, int version, String text) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url("api/v1/segments/" + segment)))
                .header("Authorization", "Bearer " + token).header("If-Match", "\"" + version + "\"")
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"target\": \"" + text + "\", \"status\": \"DRAFT\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static RunningApp start(Path data, String... args) {
        try {
            return new RunningApp(data, args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
