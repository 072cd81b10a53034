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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static app.tandem.api.ApiAnswers.error;
import static app.tandem.api.ApiAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over real HTTP against the packaged app: tokens made by {@code token create},
 * projects, documents, segments with ETag / If-Match, roles, history, exports, uploads, errors.
 */
class RestApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void scriptsWorkWithTokensThroughTheDocumentedApi() throws Exception {
        Path data = tmp.resolve("data");
        TandemCommand.Result imported = TandemCommand.run(tmp, "import", "--project", "Seeds", "seeds/000_af86a9a72eb44bf5.txt",
                "--tandem.data-dir=" + data);
        assertThat(imported.exit()).as(imported.err()).isZero();
        UserRepository users = new UserRepository(TestDatabase.ofAppData(data).jdbc);
        users.insert("admin", "{noop}tokens-only-here", EnumSet.allOf(Role.class));
        users.insert("tina", "{noop}tokens-only-here", EnumSet.of(Role.TRANSLATOR));
        String adminToken = token(data, "admin", "release script");
        String tinaToken = token(data, "tina", null);

        try (RunningApp app = new RunningApp(data)) {
            HttpResponse<String> noToken = get(app, "api/v1/projects", null);
            assertThat(noToken.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(noToken.body()).get("error").asText()).contains("Bearer");
            assertThat(get(app, "api/v1/projects", "tdm_not-a-real-token").statusCode()).isEqualTo(401);

            // a project the command line made is private: an admin adds tina
            assertThat(json(get(app, "api/v1/projects", tinaToken), 200)).isEmpty();
            long projectId = json(get(app, "api/v1/projects", adminToken), 200).get(0).get("id").asLong();
            json(send(app, "POST", "api/v1/projects/" + projectId + "/members", "{\"name\": \"tina\"}", adminToken), 200);
            JsonNode projects = json(get(app, "api/v1/projects", tinaToken), 200);
            assertThat(projects).extracting(p -> p.get("id").asLong()).containsExactly(projectId);
            JsonNode documents = json(get(app, "api/v1/projects/" + projectId + "/documents", tinaToken), 200);
            JsonNode doc = find(documents, "000_af86a9a72eb44bf5");
            assertThat(doc.get("title").asText()).isNotBlank();
            assertThat(doc.get("segments").asInt()).isGreaterThan(10);
            assertThat(doc.has("translated")).isTrue();
            assertThat(doc.has("approved")).isTrue();
            long docId = doc.get("id").asLong();

            JsonNode page = json(get(app, "api/v1/documents/" + docId + "/segments?offset=2&limit=3", tinaToken), 200);
            assertThat(page).hasSize(3);
            assertThat(page.get(0).get("position").asInt()).isEqualTo(3);
            long segId = page.get(0).get("id").asLong();

            HttpResponse<String> one = get(app, "api/v1/segments/" + segId, tinaToken);
            JsonNode seg = json(one, 200);
            int version = seg.get("version").asInt();
            assertThat(one.headers().firstValue("ETag")).contains("\"" + version + "\"");
            assertThat(seg.get("source").asText()).isNotBlank();

            String body = "{\"target\": \"Translated through the API.\", \"status\": \"TRANSLATED\"}";
            assertThat(error(put(app, segId, body, null, tinaToken), 428)).contains("If-Match");
            // a 3 MB target is refused with the limit named, and nothing changes
            String huge = "{\"target\": \"" + "A".repeat(3_000_000) + "\", \"status\": \"DRAFT\"}";
            assertThat(error(put(app, segId, huge, "\"" + version + "\"", tinaToken), 422)).contains("the limit is");
            HttpResponse<String> saved = put(app, segId, body, "\"" + version + "\"", tinaToken);
            JsonNode after = json(saved, 200);
            assertThat(after.get("target").asText()).isEqualTo("Translated through the API.");
            assertThat(after.get("status").asText()).isEqualTo("TRANSLATED");
            assertThat(after.get("version").asInt()).isEqualTo(version + 1);
            assertThat(saved.headers().firstValue("ETag")).contains("\"" + (version + 1) + "\"");
            assertThat(error(put(app, segId, "{\"target\": \"Stale.\", \"status\": \"DRAFT\"}", "\"" + version + "\"", tinaToken), 412))
                    .contains("is at version " + (version + 1), "not " + version, "last changed by tina");

            String approve = "{\"status\": \"APPROVED\"}";
            assertThat(error(put(app, segId, approve, "\"" + (version + 1) + "\"", tinaToken), 403)).contains("tina may not approve");
            JsonNode approved = json(put(app, segId, approve, "\"" + (version + 1) + "\"", adminToken), 200);
            assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
            assertThat(error(put(app, segId, "{\"status\": \"FINISHED\"}", "\"" + approved.get("version").asInt() + "\"", adminToken), 422))
                    .contains("status must be");

            JsonNode history = json(get(app, "api/v1/segments/" + segId + "/history", tinaToken), 200);
            assertThat(history).hasSizeGreaterThanOrEqualTo(2);
            JsonNode last = history.get(history.size() - 1);
            assertThat(last.get("status").asText()).isEqualTo("APPROVED");
            assertThat(last.get("user").asText()).isEqualTo("admin");
            assertThat(last.has("at")).isTrue();
            assertThat(history.get(history.size() - 2).get("user").asText()).isEqualTo("tina");
            assertThat(history.get(history.size() - 2).get("target").asText()).isEqualTo("Translated through the API.");

            for (String format : List.of("tmx", "docx", "txt", "xliff", "xliff12")) {
                HttpResponse<byte[]> file = http.send(request(app, "api/v1/documents/" + docId + "/export?format=" + format, tinaToken).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(file.statusCode()).as(format).isEqualTo(200);
                assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("000_af86a9a72eb44bf5");
                assertThat(file.body().length).as(format).isGreaterThan(200);
                if (format.equals("docx")) {
                    assertThat(file.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
                }
            }
            assertThat(new String(http.send(request(app, "api/v1/documents/" + docId + "/export?format=tmx", tinaToken).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8)).contains("Translated through the API.");
            assertThat(error(get(app, "api/v1/documents/" + docId + "/export?format=pdf", tinaToken), 400)).contains("format must be one of");

            HttpResponse<String> created = upload(app, projectId, "api-upload.txt",
                    "Первое предложение статьи о внешней политике. Второе предложение той же статьи.\n".getBytes(StandardCharsets.UTF_8), tinaToken);
            JsonNode newDoc = json(created, 201);
            assertThat(newDoc.get("name").asText()).isEqualTo("api-upload");
            assertThat(newDoc.get("segments").asInt()).isEqualTo(2);
            assertThat(error(upload(app, projectId, "binary.txt", new byte[]{0, 1, 2, 3, 0, 0, 7}, tinaToken), 422)).contains("binary.txt");
            // a journal's PDF and an author's DOCX, told apart by content; a scan and a legacy .doc are refused
            JsonNode fromPdf = json(upload(app, projectId, "journal.pdf",
                    java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/sources/004-tex2.pdf")), tinaToken), 201);
            assertThat(fromPdf.get("name").asText()).isEqualTo("journal");
            assertThat(fromPdf.get("segments").asInt()).isGreaterThan(100);
            JsonNode fromDocx = json(upload(app, projectId, "author.docx",
                    java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/sources/article-004.docx")), tinaToken), 201);
            assertThat(fromDocx.get("title").asText()).isEqualTo("У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ");
            assertThat(error(upload(app, projectId, "scan.pdf",
                    java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/sources/scanned.pdf")), tinaToken), 422))
                    .contains("scan.pdf: no text layer");
            byte[] legacy = new byte[1024];
            System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, legacy, 0, 8);
            assertThat(error(upload(app, projectId, "old.doc", legacy, tinaToken), 422)).contains("old.doc: a legacy Word .doc");
            assertThat(error(upload(app, projectId, "huge.txt", new byte[21 * 1024 * 1024], tinaToken), 413)).contains("20 MB");

            assertThat(error(get(app, "api/v1/segments/999999999", tinaToken), 404)).contains("segment 999999999");
            assertThat(error(get(app, "api/v1/projects/999999999/documents", tinaToken), 404)).contains("project 999999999");

            // a command beside the running app on H2: one line saying what to do, no stack trace
            TandemCommand.Result beside = TandemCommand.run(tmp, "token", "create", "--user", "admin", "--tandem.data-dir=" + data);
            assertThat(beside.exit()).isNotZero();
            assertThat(beside.out()).doesNotContain("Exception");
            assertThat(beside.err().strip().lines().count()).as(beside.err()).isEqualTo(1);
            assertThat(beside.err()).contains("open in a running Tandem").contains("REST API");

            HttpResponse<String> docs = get(app, "v3/api-docs", null);
            assertThat(docs.statusCode()).isEqualTo(200);
            assertThat(docs.body()).contains("/api/v1/segments/{id}").contains("/api/v1/projects/{id}/documents").contains("bearer");
            assertThat(get(app, "swagger-ui/index.html", null).statusCode()).isEqualTo(200);
        }
    }

    private String token(Path data, String user, String label) throws Exception {
        return label == null ? TandemCommand.createToken(tmp, user, "--tandem.data-dir=" + data)
                : TandemCommand.createToken(tmp, user, "--tandem.data-dir=" + data, "--label", label);
    }

    private HttpRequest.Builder request(RunningApp app, String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> get(RunningApp app, String path, String token) throws Exception {
        return http.send(request(app, path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(RunningApp app, String method, String path, String json, String token) throws Exception {
        return http.send(request(app, path, token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(RunningApp app, long segmentId, String body, String ifMatch, String token) throws Exception {
        HttpRequest.Builder b = request(app, "api/v1/segments/" + segmentId, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(RunningApp app, long projectId, String fileName, byte[] content, String token) throws Exception {
        String boundary = "----tandem" + System.nanoTime();
        byte[] all = ApiAnswers.multipart(boundary, fileName, content);
        return http.send(request(app, "api/v1/projects/" + projectId + "/documents", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all)).build(), HttpResponse.BodyHandlers.ofString());
    }



    private static JsonNode find(JsonNode documents, String name) {
        for (JsonNode d : documents) {
            if (d.get("name").asText().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no document " + name + " in " + documents);
    }
}
