package app.tandem.api;

import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import app.tandem.ui.RunningApp;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backup} while a script writes through the API, then {@code restore} into an empty data
 * directory: every write acknowledged (200) before the backup began is in the restored database.
 */
class BackupUnderLoadIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    private record Ack(long segmentId, String target, long atNanos) {
    }

    @Test
    void aBackupTakenUnderWriteLoadHoldsEveryAcknowledgedWrite() throws Exception {
        Path data = tmp.resolve("data");
        assertThat(TandemCommand.run(tmp, "import", "--project", "Seeds", "seeds/004_8dca3b5bb16bd63d.txt", "--tandem.data-dir=" + data).exit()).isZero();
        TestDatabase.ofAppData(data);
        new UserRepository(TestDatabase.ofAppData(data).jdbc).insert("admin", "{noop}tokens-only-here", java.util.EnumSet.allOf(Role.class));
        String token = TandemCommand.createToken(tmp, "admin", "--tandem.data-dir=" + data);

        List<Ack> acks = new CopyOnWriteArrayList<>();
        try (RunningApp app = new RunningApp(data)) {
            long doc = JSON.readTree(get(app, "api/v1/projects/" + JSON.readTree(get(app, "api/v1/projects", token)).get(0).get("id").asLong()
                    + "/documents", token)).get(0).get("id").asLong();
            List<Long> segments = new ArrayList<>();
            JSON.readTree(get(app, "api/v1/documents/" + doc + "/segments?limit=1000", token)).forEach(s -> {
                if (s.get("coveredBy").isNull()) {
                    segments.add(s.get("id").asLong());
                }
            });
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                int n = 0;
                while (writing.get()) {
                    long id = segments.get(n % segments.size());
                    try {
                        JsonNode s = JSON.readTree(get(app, "api/v1/segments/" + id, token));
                        String text = "Write number " + n + ".";
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/segments/" + id)))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .header("If-Match", "\"" + s.get("version").asInt() + "\"")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"target\": \"" + text + "\", \"status\": \"DRAFT\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            acks.add(new Ack(id, text, System.nanoTime()));
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    n++;
                }
            });
            writer.start();
            Thread.sleep(3000);
            long backupStarted = System.nanoTime();
            TandemCommand.Result backup = TandemCommand.run(tmp, "backup", "--out", tmp.resolve("backup.zip").toString(),
                    "--server", app.url(""), "--token", token);
            assertThat(backup.exit()).as(backup.err()).isZero();
            Thread.sleep(1000);
            writing.set(false);
            writer.join();

            List<Ack> before = acks.stream().filter(a -> a.atNanos() < backupStarted).toList();
            assertThat(before).hasSizeGreaterThan(10);
            assertThat(acks.size()).isGreaterThan(before.size()); // writes went on during and after the backup

            Path restoredDir = tmp.resolve("restored");
            TandemCommand.Result restore = TandemCommand.run(tmp, "restore", tmp.resolve("backup.zip").toString(), "--tandem.data-dir=" + restoredDir);
            assertThat(restore.exit()).as(restore.err()).isZero();
            TestDatabase restored = TestDatabase.ofAppData(restoredDir);
            for (Ack a : before) {
                assertThat(restored.jdbc.sql("SELECT COUNT(*) FROM segment_history WHERE segment_id = ? AND target_text = ?")
                        .params(a.segmentId(), a.target()).query(Integer.class).single()).as("acknowledged %s", a).isEqualTo(1);
            }
            TandemCommand.Result again = TandemCommand.run(tmp, "restore", tmp.resolve("backup.zip").toString(), "--tandem.data-dir=" + restoredDir);
            assertThat(again.exit()).isNotZero();
            assertThat(again.err()).contains("already holds a database");
        }
    }

    private String get(RunningApp app, String path, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
