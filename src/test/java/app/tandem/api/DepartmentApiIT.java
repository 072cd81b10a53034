package app.tandem.api;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.tandem.api.ApiAnswers.error;
import static app.tandem.api.ApiAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents, projects and people as a department manages them, over the command line and the REST
 * API of the packaged app: users made by {@code user create} and {@code POST /users}, private projects
 * and members, duplicates (skipped, 409, copied), the trash (delete, list, restore), a new version of
 * a source, JSON for every answer under /api, and the scorecard over the words evaluated.
 */
@Execution(ExecutionMode.CONCURRENT)
class DepartmentApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "seeds/000_af86a9a72eb44bf5.txt";
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    private TandemCommand.Result tandem(String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--tandem.data-dir=" + tmp.resolve("data");
        return TandemCommand.run(tmp, all);
    }

    private String lastLine(TandemCommand.Result r) {
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().strip().lines().toList();
        return lines.get(lines.size() - 1).strip();
    }

    @Test
    void aDepartmentManagesDocumentsProjectsAndPeople() throws Exception {
        // people from the command line: at least one role, a generated password shown once
        String bossPassword = lastLine(tandem("user", "create", "boss", "--role", "ADMIN"));
        assertThat(bossPassword).hasSize(16);
        tandem("user", "create", "rex", "--role", "REVIEWER,TRANSLATOR");
        tandem("user", "create", "tina", "--role", "translator");
        tandem("user", "create", "tess", "--role", "TRANSLATOR");
        TandemCommand.Result noRole = tandem("user", "create", "nobody", "--role", "KING");
        assertThat(noRole.exit()).isEqualTo(2);
        assertThat(noRole.err()).contains("unknown role 'KING'");
        TandemCommand.Result twice = tandem("user", "create", "tina", "--role", "TRANSLATOR");
        assertThat(twice.err()).contains("user tina already exists");

        // the command line skips a file the project has (whatever its name) unless asked for a copy
        Path renamed = Files.copy(Path.of(SEED), tmp.resolve("renamed.txt"));
        assertThat(tandem("import", "--project", "Dept", SEED).exit()).isZero();
        TandemCommand.Result skipped = tandem("import", "--project", "Dept", renamed.toString());
        assertThat(skipped.exit()).isZero();
        assertThat(skipped.out()).contains("skipped renamed.txt has the same text as the document \"000_af86a9a72eb44bf5\"", "--duplicate copy");
        assertThat(tandem("import", "--project", "Dept", "--duplicate", "copy", renamed.toString()).out()).startsWith("imported renamed.txt");
        // an author's new version: one sentence reworded, one added
        String text = Files.readString(Path.of(SEED));
        assertThat(text).contains("Советской России. Внешняя");
        Path v2 = Files.writeString(tmp.resolve("v2.txt"), text.replaceFirst("Советской России\\. Внешняя",
                "Советской России в целом. Это добавленное автором предложение. Внешняя"));
        TandemCommand.Result replaced = tandem("import", "--project", "Dept", "--replace", "renamed", v2.toString());
        assertThat(replaced.out()).as(replaced.err()).contains("replaced the source of renamed", "1 changed", "1 added", "0 removed");

        String boss = TandemCommand.createToken(tmp, "boss", "--tandem.data-dir=" + tmp.resolve("data"));
        String rex = TandemCommand.createToken(tmp, "rex", "--tandem.data-dir=" + tmp.resolve("data"));
        String tina = TandemCommand.createToken(tmp, "tina", "--tandem.data-dir=" + tmp.resolve("data"));
        String tess = TandemCommand.createToken(tmp, "tess", "--tandem.data-dir=" + tmp.resolve("data"));

        try (RunningApp app = new RunningApp(tmp.resolve("data"))) {
            // JSON, always: unknown path, wrong method, no token — never a redirect or a page
            assertThat(error(send(app, "GET", "api/v1/nothing-here", null, tina), 404)).contains("no endpoint /api/v1/nothing-here");
            HttpResponse<String> patch = send(app, "PATCH", "api/v1/projects", "{}", tina);
            assertThat(error(patch, 405)).contains("PATCH", "GET", "POST");
            assertThat(patch.headers().firstValue("Allow").orElse("")).contains("GET", "POST");
            assertThat(error(send(app, "DELETE", "api/v1/documents/1", null, null), 401)).contains("Bearer");
            assertThat(error(send(app, "POST", "api/v1/users", "{\"name\": \"x\", \"roles\": [\"TRANSLATOR\"]}", null), 401)).contains("Bearer");

            // users through the API
            JsonNode ulla = json(send(app, "POST", "api/v1/users", "{\"name\": \"ulla\", \"roles\": [\"TRANSLATOR\"]}", boss), 201);
            assertThat(ulla.get("password").asText()).hasSize(16);
            assertThat(ulla.get("roles")).extracting(JsonNode::asText).containsExactly("TRANSLATOR");
            assertThat(json(send(app, "POST", "api/v1/users", "{\"name\": \"vic\", \"roles\": [\"REVIEWER\"], \"password\": \"a-long-password\"}",
                    boss), 201).has("password")).isFalse();
            assertThat(error(send(app, "POST", "api/v1/users", "{\"name\": \"nora\", \"roles\": []}", boss), 400)).contains("at least one role");
            assertThat(error(send(app, "POST", "api/v1/users", "{\"name\": \"nora\", \"roles\": [\"TRANSLATOR\"]}", rex), 403)).contains("rex may not");

            // a project of one's own is private until members are added
            assertThat(error(send(app, "POST", "api/v1/projects", "{\"name\": \"Tina's\"}", tina), 403)).contains("may not create projects");
            JsonNode mine = json(send(app, "POST", "api/v1/projects", "{\"name\": \"Journal 2027\"}", rex), 201);
            long project = mine.get("id").asLong();
            assertThat(names(json(send(app, "GET", "api/v1/projects", null, tina), 200))).doesNotContain("Journal 2027", "Dept");
            assertThat(error(send(app, "GET", "api/v1/projects/" + project + "/documents", null, tina), 404)).contains("project " + project);
            json(send(app, "POST", "api/v1/projects/" + project + "/members", "{\"name\": \"tina\"}", rex), 200);
            assertThat(names(json(send(app, "GET", "api/v1/projects", null, tina), 200))).contains("Journal 2027");
            assertThat(names(json(send(app, "GET", "api/v1/projects", null, boss), 200))).contains("Journal 2027", "Dept");

            // duplicates: 409 naming the document, a copy when asked for
            byte[] article = Files.readAllBytes(Path.of(SEED));
            JsonNode doc = json(upload(app, project, "article.txt", article, "", tina), 201);
            long docId = doc.get("id").asLong();
            HttpResponse<String> again = upload(app, project, "same text.txt", article, "", tina);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
            JsonNode conflict = JSON.readTree(again.body());
            assertThat(conflict.get("existing").get("id").asLong()).isEqualTo(docId);
            assertThat(conflict.get("existing").get("name").asText()).isEqualTo("article");
            assertThat(conflict.get("error").asText()).contains("same text", "duplicate=copy");
            long copyId = json(upload(app, project, "same text.txt", article, "?duplicate=copy", tina), 201).get("id").asLong();

            // the trash: translators 403, non-members 404, reviewers 204; then 404 until restored
            assertThat(error(send(app, "DELETE", "api/v1/documents/" + copyId, null, tina), 403)).contains("may not delete");
            assertThat(error(send(app, "DELETE", "api/v1/documents/" + copyId, null, tess), 404)).contains("document " + copyId);
            assertThat(send(app, "DELETE", "api/v1/documents/" + copyId, null, rex).statusCode()).isEqualTo(204);
            assertThat(error(send(app, "GET", "api/v1/documents/" + copyId, null, rex), 404)).contains("document " + copyId);
            JsonNode trash = json(send(app, "GET", "api/v1/projects/" + project + "/trash", null, tina), 200);
            assertThat(trash).hasSize(1);
            assertThat(trash.get(0).get("id").asLong()).isEqualTo(copyId);
            assertThat(trash.get(0).get("name").asText()).isEqualTo("same text");
            assertThat(trash.get(0).get("deletedBy").asText()).isEqualTo("rex");
            assertThat(trash.get(0).get("deletedAt").asText()).isNotBlank();
            assertThat(json(send(app, "POST", "api/v1/documents/" + copyId + "/restore", null, rex), 200).get("id").asLong()).isEqualTo(copyId);
            assertThat(json(send(app, "GET", "api/v1/documents/" + copyId, null, tina), 200).get("segments").asInt())
                    .isEqualTo(doc.get("segments").asInt());
            assertThat(json(send(app, "GET", "api/v1/projects/" + project + "/trash", null, tina), 200)).isEmpty();

            // a 404 names nothing the caller may not see
            long foreignSegment = json(send(app, "GET", "api/v1/documents/" + docId + "/segments?limit=1", null, tina), 200).get(0).get("id").asLong();
            String hidden = error(send(app, "GET", "api/v1/segments/" + foreignSegment, null, tess), 404);
            assertThat(hidden).contains("segment " + foreignSegment).doesNotContain("article", "document", "Journal");

            // a new version of the source through the API
            JsonNode version = json(upload(app, "PUT", "api/v1/documents/" + docId + "/source", "article-v2.txt",
                    Files.readAllBytes(v2), rex), 200);
            assertThat(version.get("kept").asInt()).isEqualTo(doc.get("segments").asInt() - 1);
            assertThat(version.get("changed").asInt()).isEqualTo(1);
            assertThat(version.get("added").asInt()).isEqualTo(1);
            assertThat(version.get("removed").asInt()).isZero();

            // the scorecard weighs the words evaluated
            JsonNode none = json(send(app, "GET", "api/v1/documents/" + docId + "/lqa", null, tina), 200);
            assertThat(none.get("evaluatedWords").asInt()).isZero();
            assertThat(none.get("words").asInt()).isGreaterThan(100);
            assertThat(none.get("score").isNull()).isTrue();
            assertThat(none.get("passed").asBoolean()).isFalse();
            JsonNode seg = json(send(app, "GET", "api/v1/documents/" + docId + "/segments?limit=1", null, rex), 200).get(0);
            json(send(app, "PUT", "api/v1/segments/" + seg.get("id").asLong(), "{\"target\": \"A title.\", \"status\": \"APPROVED\"}", rex,
                    "\"" + seg.get("version").asInt() + "\""), 200);
            JsonNode one = json(send(app, "GET", "api/v1/documents/" + docId + "/lqa", null, tina), 200);
            assertThat(one.get("evaluatedWords").asInt()).isPositive().isLessThan(one.get("words").asInt());
            assertThat(one.get("score").asDouble()).isEqualTo(100.0);
        }

        // the command line applies a reviewed DOCX to a document named (no one is signed in there)
        Path review = tmp.resolve("review.docx");
        assertThat(tandem("export", "--document", "000_af86a9a72eb44bf5", "--format", "docx", "--out", review.toString()).exit()).isZero();
        TandemCommand.Result updated = tandem("update", "--document", "000_af86a9a72eb44bf5", review.toString());
        assertThat(updated.exit()).as(updated.err()).isZero();
        assertThat(updated.err()).doesNotContain("sign in");
    }

    private static List<String> names(JsonNode projects) {
        List<String> out = new java.util.ArrayList<>();
        projects.forEach(p -> out.add(p.get("name").asText()));
        return out;
    }

    private HttpRequest.Builder request(RunningApp app, String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(RunningApp app, String method, String path, String json, String token, String... ifMatch) throws Exception {
        HttpRequest.Builder b = request(app, path, token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch.length > 0) {
            b.header("If-Match", ifMatch[0]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(RunningApp app, long projectId, String fileName, byte[] content, String query, String token) throws Exception {
        return upload(app, "POST", "api/v1/projects/" + projectId + "/documents" + query, fileName, content, token);
    }

    private HttpResponse<String> upload(RunningApp app, String method, String path, String fileName, byte[] content, String token) throws Exception {
        String boundary = "----tandem" + System.nanoTime();
        byte[] all = ApiAnswers.multipart(boundary, fileName, content);
        return http.send(request(app, path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(all)).build(), HttpResponse.BodyHandlers.ofString());
    }


}
