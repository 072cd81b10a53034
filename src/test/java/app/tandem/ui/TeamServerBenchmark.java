package app.tandem.ui;

import app.tandem.PostgresServer;
import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not part of the test run): REST writers against two nodes on one PostgreSQL, with a
 * single H2 node as the baseline in the same run, and kill -9 of every node under load. All load
 * on loopback, bounded: 20 writer threads.
 * <pre>
 * ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TeamServerBenchmark
 * </pre>
 */
class TeamServerBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 20;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    private record Write(long segment, String text, long nanos) {
    }

    @Test
    void writersOnTwoNodesAndOneH2Node() throws Exception {
        String url = PostgresServer.shared().orElseThrow().newDatabase();
        String[] pg = {"--spring.datasource.url=" + url, "--spring.datasource.username=tandem", "--spring.datasource.password="};
        JdbcClient pgJdbc = JdbcClient.create(new DriverManagerDataSource(url, "tandem", ""));
        RunningApp node1 = new RunningApp(tmp.resolve("n1"), pg);
        RunningApp node2 = new RunningApp(tmp.resolve("n2"), pg);
        waitForSeeds(pgJdbc);
        String pgToken = token(pg);
        List<Long> pgSegments = segments(pgJdbc);

        Path h2Data = tmp.resolve("h2");
        assertThat(TandemCommand.run(tmp, "import", "--project", "Seeds", "seeds/004_8dca3b5bb16bd63d.txt", "--tandem.data-dir=" + h2Data).exit()).isZero();
        new UserRepository(TestDatabase.ofAppData(h2Data).jdbc).insert("admin", "{noop}tokens-only", java.util.EnumSet.allOf(Role.class));
        String h2Token = token("--tandem.data-dir=" + h2Data);
        List<Long> h2Segments = segments(TestDatabase.ofAppData(h2Data).jdbc);
        try (RunningApp h2 = new RunningApp(h2Data)) {
            // one segment, 20 writers, 10 accepted writes each, re-reading on 412
            List<Write> contended = load(List.of(node1, node2), pgToken, List.of(pgSegments.get(0)), 10, null);
            assertThat(contended).hasSize(200);
            int inHistory = pgJdbc.sql("SELECT COUNT(*) FROM segment_history WHERE segment_id = ? AND target_text LIKE 'w%'")
                    .param(pgSegments.get(0)).query(Integer.class).single();
            System.out.printf(Locale.ROOT, "BENCH one segment, 2 nodes: %d accepted, %d in its history%n", contended.size(), inHistory);
            assertThat(inHistory).isEqualTo(200);

            for (int round = 1; round <= 2; round++) {
                report("2 nodes on PostgreSQL", round, List.of(node1, node2), pgToken, pgSegments.subList(0, 10));
                report("1 node on H2 (baseline)", round, List.of(h2), h2Token, h2Segments.subList(0, 10));
            }
        }

        // kill -9 of every node under load, then a restart: every acknowledged write is there
        AtomicBoolean killed = new AtomicBoolean();
        List<Write> acknowledged = new ArrayList<>();
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(3000);
                node1.kill();
                node2.kill();
                killed.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        acknowledged.addAll(load(List.of(node1, node2), pgToken, pgSegments.subList(10, 20), 1000, killed));
        killer.join();
        try (RunningApp again = new RunningApp(tmp.resolve("n1"), pg)) {
            int missing = 0;
            for (Write w : acknowledged) {
                missing += pgJdbc.sql("SELECT COUNT(*) FROM segment_history WHERE segment_id = ? AND target_text = ?")
                        .params(w.segment(), w.text()).query(Integer.class).single() == 1 ? 0 : 1;
            }
            System.out.printf(Locale.ROOT, "BENCH kill -9 of both nodes under load: %d writes acknowledged before the kill, %d missing after restart%n",
                    acknowledged.size(), missing);
            assertThat(missing).isZero();
            assertThat(acknowledged).hasSizeGreaterThan(20);
        }
    }

    private void report(String what, int round, List<RunningApp> nodes, String token, List<Long> segments) throws Exception {
        long t0 = System.nanoTime();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Write> done = load(nodes, token, segments, 25, null, latencies);
        double secs = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "BENCH %s round %d: 20 writers x 25 writes over 10 segments: %d accepted in %.1f s (%.0f writes/s),"
                        + " PUT p50 %.0f ms, p95 %.0f ms (%d PUTs incl. 412s)%n", what, round, done.size(), secs, done.size() / secs,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6, sorted.size());
    }

    private List<Write> load(List<RunningApp> nodes, String token, List<Long> segments, int perWriter, AtomicBoolean stop) throws Exception {
        return load(nodes, token, segments, perWriter, stop, new ConcurrentLinkedQueue<>());
    }

    /** Each writer makes {@code perWriter} accepted writes to its segment (writer i: segment i mod n), on node i mod nodes. */
    private List<Write> load(List<RunningApp> nodes, String token, List<Long> segments, int perWriter, AtomicBoolean stop,
                             ConcurrentLinkedQueue<Long> latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<Write>>> futures = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                List<Write> mine = new ArrayList<>();
                RunningApp node = nodes.get(writer % nodes.size());
                long segment = segments.get(writer % segments.size());
                int attempt = 0;
                while (mine.size() < perWriter && (stop == null || !stop.get())) {
                    try {
                        JsonNode s = JSON.readTree(http.send(request(node, "api/v1/segments/" + segment, token).build(),
                                HttpResponse.BodyHandlers.ofString()).body());
                        String text = "w" + writer + "-" + (attempt++) + ".";
                        long t = System.nanoTime();
                        HttpResponse<String> r = http.send(request(node, "api/v1/segments/" + segment, token)
                                .header("Content-Type", "application/json").header("If-Match", "\"" + s.get("version").asInt() + "\"")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"target\": \"" + text + "\", \"status\": \"DRAFT\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t);
                        if (r.statusCode() == 200) {
                            mine.add(new Write(segment, text, System.nanoTime()));
                        } else if (r.statusCode() != 412) {
                            throw new IllegalStateException(r.statusCode() + " " + r.body());
                        }
                    } catch (java.io.IOException nodeDown) {
                        if (stop == null) {
                            throw nodeDown;
                        }
                        break; // the node was killed: what was acknowledged so far counts
                    }
                }
                return mine;
            }));
        }
        List<Write> all = new ArrayList<>();
        for (Future<List<Write>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    private HttpRequest.Builder request(RunningApp app, String path, String token) {
        return HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", "Bearer " + token);
    }

    private String token(String... dbArgs) throws Exception {
        return TandemCommand.createToken(tmp, "admin", dbArgs);
    }

    private static List<Long> segments(JdbcClient jdbc) {
        return jdbc.sql("SELECT s.id FROM segment s JOIN document d ON d.id = s.document_id WHERE d.file_name LIKE '004_%'"
                + " AND s.covered_by IS NULL ORDER BY s.position").query(Long.class).list();
    }

    private static void waitForSeeds(JdbcClient jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (jdbc.sql("SELECT COUNT(*) FROM document").query(Integer.class).single() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(3000);
    }
}
