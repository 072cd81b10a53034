package app.tandem.crash;

import app.tandem.TestDatabase;
import app.tandem.ui.RunningApp;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What durable commits cost on the embedded database: the import of a 3 MB article and PUTs of eight
 * REST writers, for each build in {@code -Dbench.jars} (this one and the previous release, whose H2
 * wrote commits up to half a second later) in the same run. Not part of {@code verify}; see BENCHMARKS.md.
 */
class DurabilityCostBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void importAndPutTimesPerBuild() throws Exception {
        Path big = tmp.resolve("big.txt");
        StringBuilder sb = new StringBuilder();
        String seed = Files.readString(Path.of("seeds/002_943bfa2c0ced0905.txt"));
        while (sb.length() < 3_000_000) {
            sb.append(seed).append("\n\n");
        }
        Files.writeString(big, sb);
        String[] jars = System.getProperty("bench.jars", "target/tandem.jar").split(",");
        for (int round = 1; round <= 2; round++) {
            for (String jarName : jars) {
                Path jar = Path.of(jarName.strip());
                Path data = tmp.resolve("import-" + round + "-" + Math.abs(jarName.hashCode()));
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(java(), "-jar", jar.toString(), "import", big.toString(), "--tandem.data-dir=" + data)
                        .redirectErrorStream(true).redirectOutput(tmp.resolve("import.log").toFile()).start();
                assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).isZero();
                System.out.printf("BENCH %s round %d: import of a 3 MB article (21,463 segments) %.1f s%n", jarName, round, (System.nanoTime() - t0) / 1e9);
            }
        }
        for (String jarName : jars) {
            Path jar = Path.of(jarName.strip());
            Path data = tmp.resolve("put-" + Math.abs(jarName.hashCode()));
            Process p = new ProcessBuilder(java(), "-jar", jar.toString(), "import", "seeds/004_8dca3b5bb16bd63d.txt", "--tandem.data-dir=" + data)
                    .inheritIO().start();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            new UserRepository(TestDatabase.ofAppData(data).jdbc).insert("admin", "{noop}tokens-only-here", java.util.EnumSet.allOf(Role.class));
            String token = tokenFor(jar, data);
            List<Long> segments = TestDatabase.ofAppData(data).jdbc.sql("SELECT id FROM segment WHERE covered_by IS NULL ORDER BY id")
                    .query(Long.class).list();
            try (RunningApp app = RunningApp.of(jar, data)) {
                for (int round = 1; round <= 2; round++) {
                    List<Double> millis = new CopyOnWriteArrayList<>();
                    List<Thread> writers = new ArrayList<>();
                    long t0 = System.nanoTime();
                    for (int w = 0; w < 8; w++) {
                        int writer = w;
                        int thisRound = round;
                        Thread t = new Thread(() -> {
                            HttpClient http = HttpClient.newHttpClient();
                            for (int i = 0; i < 40; i++) {
                                long id = segments.get((writer + 8 * i) % segments.size());
                                try {
                                    HttpResponse<String> got = http.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/segments/" + id)))
                                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                                    int version = JSON.readTree(got.body()).get("version").asInt();
                                    long s = System.nanoTime();
                                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/segments/" + id)))
                                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                            .header("If-Match", "\"" + version + "\"")
                                            .PUT(HttpRequest.BodyPublishers.ofString("{\"target\": \"Round " + thisRound + " write " + i + ".\", \"status\": \"DRAFT\"}"))
                                            .build(), HttpResponse.BodyHandlers.ofString());
                                    if (r.statusCode() == 200) {
                                        millis.add((System.nanoTime() - s) / 1e6);
                                    }
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                        });
                        t.start();
                        writers.add(t);
                    }
                    for (Thread t : writers) {
                        t.join();
                    }
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    List<Double> sorted = new ArrayList<>(millis);
                    Collections.sort(sorted);
                    System.out.printf("BENCH %s round %d: 8 writers x 40 PUTs: %d accepted in %.1f s, PUT p50 %.0f ms, p95 %.0f ms%n", jarName, round,
                            sorted.size(), seconds, sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
                }
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String tokenFor(Path jar, Path data) throws Exception {
        Path out = tmp.resolve("token.txt");
        Process p = new ProcessBuilder(java(), "-jar", jar.toString(), "token", "create", "--user", "admin", "--tandem.data-dir=" + data)
                .redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readString(out).strip().lines().toList();
        return lines.get(lines.size() - 1).strip();
    }
}
