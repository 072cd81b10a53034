package app.tandem.bench.load;

import app.tandem.TandemCommand;
import app.tandem.ui.RunningApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench load} against the packaged app, small: three simulated translators, each on a
 * document of their own, confirm through Vaadin's UI protocol; every confirmation the summary
 * counts is in the database as that translator's English (read back over the REST API), and a
 * wrong password is refused by name.
 */
@Execution(ExecutionMode.CONCURRENT)
class LoadHarnessIT {
    private static final Pattern SUMMARY = Pattern.compile(
            "translators 3, confirms (\\d+), errors 0, Ctrl\\+Enter p50 (\\d+) ms p95 (\\d+) ms, heap per session (-?[\\d.]+) MiB");

    @TempDir
    Path tmp;

    @Test
    void simulatedTranslatorsConfirmThroughTheUiProtocol() throws Exception {
        String data = "--tandem.data-dir=" + tmp.resolve("data");
        TandemCommand.Result created = TandemCommand.run(tmp, "user", "create", "loader", "--role", "ADMIN", data);
        assertThat(created.exit()).as(created.err()).isZero();
        List<String> createdLines = created.out().strip().lines().toList();
        Path passwordFile = Files.writeString(tmp.resolve("password"), createdLines.get(createdLines.size() - 1).strip() + "\n");
        for (String seed : List.of("003_a17717a12c9184be.txt", "000_af86a9a72eb44bf5.txt", "002_943bfa2c0ced0905.txt")) {
            TandemCommand.Result imported = TandemCommand.run(tmp, "import", "--project", "Load", Path.of("seeds", seed).toAbsolutePath().toString(), data);
            assertThat(imported.exit()).as(imported.err()).isZero();
        }
        String token = TandemCommand.createToken(tmp, "loader", data);

        try (RunningApp app = new RunningApp(tmp.resolve("data"))) {
            TandemCommand.Result wrong = TandemCommand.run(tmp, "bench", "load", "--url", app.url(""), "--user", "loader",
                    "--password-file", Files.writeString(tmp.resolve("wrong"), "nope").toString(), "--translators", "1", "--seconds", "5");
            assertThat(wrong.exit()).isEqualTo(2);
            assertThat(wrong.err()).contains("loader could not sign in at " + app.url(""));

            TandemCommand.Result run = TandemCommand.run(tmp, "bench", "load", "--url", app.url(""), "--user", "loader",
                    "--password-file", passwordFile.toString(), "--translators", "3", "--seconds", "16", "--pace", "2-3");
            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            List<String> lines = run.out().strip().lines().toList();
            assertThat(lines.get(lines.size() - 2)).matches("CPU: harness \\d+ % of the machine, server \\d+ %");
            Matcher m = SUMMARY.matcher(lines.get(lines.size() - 1));
            assertThat(m.matches()).as(run.out()).isTrue();
            int confirms = Integer.parseInt(m.group(1));
            // 16 s at one confirmation per 2–3 s, sign-ins spread over the first 2 s
            assertThat(confirms).isBetween(3 * 4, 3 * 8);
            assertThat(Integer.parseInt(m.group(3))).isGreaterThanOrEqualTo(Integer.parseInt(m.group(2)));

            // the server's load figures are an admin's, signed in: nobody else gets them
            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("admin/load"))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isNotEqualTo(200);
            assertThat(anonymous.body()).doesNotContain("heapUsedAfterGc");

            // what the summary counts is what the database holds: each translator's English, confirmed, in its own document
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = new ObjectMapper();
            JsonNode projects = json.readTree(get(http, app.url("api/v1/projects"), token));
            long projectId = -1;
            for (JsonNode p : projects) {
                if (p.path("name").asText().equals("Load")) {
                    projectId = p.path("id").asLong();
                }
            }
            int saved = 0;
            java.util.Set<String> translatorsPerDocument = new java.util.HashSet<>();
            for (JsonNode d : json.readTree(get(http, app.url("api/v1/projects/" + projectId + "/documents"), token))) {
                java.util.Set<String> who = new java.util.TreeSet<>();
                for (JsonNode s : json.readTree(get(http, app.url("api/v1/documents/" + d.path("id").asLong() + "/segments?limit=1000"), token))) {
                    Matcher t = Pattern.compile("Load test translation (\\d+)\\.\\d+ of the active segment\\.").matcher(s.path("target").asText());
                    if (t.matches()) {
                        assertThat(s.path("status").asText()).isEqualTo("TRANSLATED");
                        saved++;
                        who.add(t.group(1));
                    }
                }
                assertThat(who).as("one translator per document").hasSizeLessThanOrEqualTo(1);
                translatorsPerDocument.addAll(who);
            }
            assertThat(saved).isEqualTo(confirms);
            assertThat(translatorsPerDocument).containsExactlyInAnyOrder("1", "2", "3");
        }
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}
