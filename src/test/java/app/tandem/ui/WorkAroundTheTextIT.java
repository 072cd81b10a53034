package app.tandem.ui;

import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import app.tandem.analysis.WordCounter;
import app.tandem.tm.MemorySamples;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25 through the jar: the analysis of seed 001 against a memory of 40 of its sentences and
 * 20 one-word variants (command, API, project page), assignments and "My work" (API and screens),
 * three MQM errors giving penalty 31 (API), one more marked with keys in the side panel, and the
 * scorecard in its dialog, the API and the review DOCX.
 */
class WorkAroundTheTextIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "001_9ff9c4e8dcadf0df";
    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path tmp;

    @Test
    void analysisAssignmentsAndQualityScoresThroughCommandApiAndScreens() throws Exception {
        Path data = tmp.resolve("data");
        TandemCommand.Result imported = TandemCommand.run(tmp, "import", "--project", "Quote", "seeds/" + SEED + ".txt", "--tandem.data-dir=" + data);
        assertThat(imported.exit()).as(imported.err()).isZero();
        TandemCommand.Result second = TandemCommand.run(tmp, "import", "--project", "Quote", "seeds/002_943bfa2c0ced0905.txt", "--tandem.data-dir=" + data);
        assertThat(second.exit()).as(second.err()).isZero();
        List<String> picked = MemorySamples.distinctSentences(Path.of("seeds/" + SEED + ".txt"), 60, tmp.resolve("scratch"));
        List<String[]> units = MemorySamples.verbatimAndVariants(picked, 40);
        Path tmx = Files.write(tmp.resolve("memory.tmx"), MemorySamples.tmx(units));
        TandemCommand.Result memory = TandemCommand.run(tmp, "memory", "import", "--project", "Quote", tmx.toString(), "--tandem.data-dir=" + data);
        assertThat(memory.exit()).as(memory.err()).isZero();

        TandemCommand.Result analyze = TandemCommand.run(tmp, "analyze", "--project", "Quote", "--document", SEED, "--tandem.data-dir=" + data);
        assertThat(analyze.exit()).as(analyze.err()).isZero();
        Map<String, int[]> rows = new LinkedHashMap<>();
        analyze.out().strip().lines().forEach(l -> {
            String[] f = l.split("\t");
            assertThat(f).as(l).hasSize(3);
            rows.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
        });
        assertThat(rows.keySet()).containsExactly("context", "100", "repetitions", "95-99", "85-94", "75-84", "50-74", "new", "total");
        assertThat(rows.get("context")[0] + rows.get("100")[0]).isEqualTo(40);
        assertThat(rows.get("95-99")[0] + rows.get("85-94")[0] + rows.get("75-84")[0] + rows.get("50-74")[0]).isEqualTo(20);
        long documentId;
        long secondId;
        long projectId;
        int plainWords;
        {
            TestDatabase db = TestDatabase.ofAppData(data);
            documentId = db.jdbc.sql("SELECT id FROM document WHERE file_name LIKE ?").param(SEED + "%").query(Long.class).single();
            projectId = db.jdbc.sql("SELECT project_id FROM document WHERE id = ?").param(documentId).query(Long.class).single();
            secondId = db.jdbc.sql("SELECT id FROM document WHERE file_name LIKE '002_%'").query(Long.class).single();
            plainWords = db.jdbc.sql("SELECT source_text FROM segment WHERE document_id = ? AND covered_by IS NULL").param(documentId)
                    .query(String.class).list().stream().mapToInt(WordCounter::count).sum();
            UserRepository users = new UserRepository(db.jdbc);
            BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
            users.insert("rita", bcrypt.encode("rita-password-1"), EnumSet.of(Role.REVIEWER));
            users.insert("tina", bcrypt.encode("tina-password-1"), EnumSet.of(Role.TRANSLATOR));
            // the command line made the project, private: both work in it
            for (String member : java.util.List.of("rita", "tina")) {
                users.setProjects(users.find(member).orElseThrow().id(), java.util.List.of(projectId));
            }
        }
        assertThat(rows.get("total")[1]).isEqualTo(plainWords);
        String rita = TandemCommand.createToken(tmp, "rita", "--tandem.data-dir=" + data);
        String tina = TandemCommand.createToken(tmp, "tina", "--tandem.data-dir=" + data);

        try (RunningApp app = new RunningApp(data)) {
            JsonNode analysis = json(send(app, "GET", "api/v1/documents/" + documentId + "/analysis", null, tina), 200);
            rows.forEach((band, counts) -> {
                assertThat(analysis.get(band).get("segments").asInt()).as(band).isEqualTo(counts[0]);
                assertThat(analysis.get(band).get("words").asInt()).as(band).isEqualTo(counts[1]);
            });

            String yesterday = LocalDate.now().minusDays(1).toString();
            String assignment = "{\"translator\": \"tina\", \"reviewer\": \"rita\", \"due\": \"" + yesterday + "\"}";
            assertThat(send(app, "PUT", "api/v1/documents/" + documentId + "/assignment", assignment, tina).statusCode()).isEqualTo(403);
            assertThat(error(send(app, "PUT", "api/v1/documents/" + documentId + "/assignment",
                    "{\"translator\": \"nobody\"}", rita), 422)).contains("'nobody' is no user");
            JsonNode assigned = json(send(app, "PUT", "api/v1/documents/" + documentId + "/assignment", assignment, rita), 200);
            assertThat(assigned.get("due").asText()).isEqualTo(yesterday);
            String later = LocalDate.now().plusDays(30).toString();
            json(send(app, "PUT", "api/v1/documents/" + secondId + "/assignment",
                    "{\"translator\": \"tina\", \"reviewer\": \"rita\", \"due\": \"" + later + "\"}", rita), 200);
            JsonNode work = json(send(app, "GET", "api/v1/me/work", null, tina), 200);
            assertThat(work).hasSize(2);
            assertThat(work.get(0).get("overdue").asBoolean()).isTrue();
            assertThat(work.get(1).get("due").asText()).isEqualTo(later);
            assertThat(work.get(0).get("id").asLong()).isEqualTo(documentId);
            assertThat(work.get(0).get("name").asText()).isEqualTo(SEED);
            assertThat(work.get(0).get("project").asText()).isEqualTo("Quote");
            assertThat(work.get(0).get("role").asText()).isEqualTo("translator");
            assertThat(work.get(0).get("due").asText()).isEqualTo(yesterday);
            assertThat(work.get(0).get("segments").asInt()).isGreaterThan(50);
            assertThat(work.get(0).has("translated")).isTrue();
            assertThat(work.get(0).has("approved")).isTrue();
            assertThat(json(send(app, "GET", "api/v1/me/work", null, rita), 200).get(0).get("role").asText()).isEqualTo("reviewer");

            JsonNode segments = json(send(app, "GET", "api/v1/documents/" + documentId + "/segments?limit=20", null, tina), 200);
            long s3 = segments.get(2).get("id").asLong();
            long s4 = segments.get(3).get("id").asLong();
            String minor = "{\"category\": \"fluency/grammar\", \"severity\": \"minor\", \"note\": \"article missing\"}";
            assertThat(send(app, "POST", "api/v1/segments/" + s3 + "/issues", minor, tina).statusCode()).isEqualTo(403);
            assertThat(error(send(app, "POST", "api/v1/segments/" + s3 + "/issues", "{\"category\": \"fluency\", \"severity\": \"minor\"}", rita), 422))
                    .contains("category must be one of");
            assertThat(send(app, "POST", "api/v1/segments/" + s3 + "/issues", minor, rita).statusCode()).isEqualTo(201);
            assertThat(send(app, "POST", "api/v1/segments/" + s3 + "/issues",
                    "{\"category\": \"accuracy/omission\", \"severity\": \"major\", \"note\": \"date left out\"}", rita).statusCode()).isEqualTo(201);
            assertThat(send(app, "POST", "api/v1/segments/" + s4 + "/issues",
                    "{\"category\": \"terminology\", \"severity\": \"critical\", \"note\": \"glossary term ignored\"}", rita).statusCode()).isEqualTo(201);
            JsonNode lqa = json(send(app, "GET", "api/v1/documents/" + documentId + "/lqa", null, tina), 200);
            assertThat(lqa.get("words").asInt()).isEqualTo(plainWords);
            // the penalty is weighed against the words a reviewer evaluated: the two segments marked
            int evaluated = WordCounter.count(segments.get(2).get("source").asText()) + WordCounter.count(segments.get(3).get("source").asText());
            assertThat(lqa.get("evaluatedWords").asInt()).isEqualTo(evaluated);
            assertThat(lqa.get("penalty").asInt()).isEqualTo(31);
            assertThat(lqa.get("score").asDouble()).isCloseTo(100.0 * (1 - 31.0 / evaluated), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(lqa.get("passed").asBoolean()).isEqualTo(100.0 * (1 - 31.0 / evaluated) >= 99.0);
            assertThat(lqa.get("byCategory").get("fluency/grammar").asInt()).isEqualTo(1);
            assertThat(lqa.get("byCategory").get("accuracy/omission").asInt()).isEqualTo(1);
            assertThat(lqa.get("byCategory").get("terminology").asInt()).isEqualTo(1);
            assertThat(lqa.get("byCategory").get("style").asInt()).isZero();

            try (Browser b = new Browser(tmp.resolve("profile"), 1366, 768)) {
                b.login(app, "rita", "rita-password-1");
                b.driver.get(app.url("projects/" + projectId));
                b.wait.until(d -> b.cellTexts("documents-grid").contains("tina"));
                assertThat(b.cellTexts("documents-grid")).contains("rita");
                assertThat(b.driver.findElements(By.cssSelector("#documents-grid .overdue"))).hasSize(1);
                // the second document, due in a month, moves to yesterday through the form: two overdue
                b.click("assign-" + secondId);
                WebElement due = b.input("assign-due");
                due.sendKeys(Keys.chord(Keys.CONTROL, "a"), yesterday, Keys.ENTER);
                b.click("assign-save");
                b.wait.until(d -> d.findElements(By.cssSelector("#documents-grid .overdue")).size() == 2);
                b.click("assign-" + secondId);
                b.input("assign-due").sendKeys(Keys.chord(Keys.CONTROL, "a"), later, Keys.ENTER);
                b.click("assign-save");
                b.wait.until(d -> d.findElements(By.cssSelector("#documents-grid .overdue")).size() == 1);
                assertNoSidewaysScroll(b, "project page");

                b.click("project-analysis-link");
                b.wait.until(d -> !b.cellTexts("analysis-grid").isEmpty());
                b.driver.get(app.url("projects/" + projectId + "/analysis?document=" + documentId));
                b.wait.until(d -> b.cellTexts("analysis-grid").contains(String.valueOf(rows.get("total")[1])));
                assertNoSidewaysScroll(b, "analysis");
                b.screenshot("analysis-1366");

                // the same three severities marked in the workbench, with keys only, on the second document: 31 again
                b.openDocument(app, secondId);
                markWithKeys(b, 3, "grammar", 0, "article missing");
                markWithKeys(b, 3, "omission", 1, "date left out");
                markWithKeys(b, 4, "Terminology", 2, "glossary term ignored");
                b.menu("menu-review", "scorecard-open");
                b.wait.until(d -> "31".equals(b.text("scorecard-penalty")));
                String[] secondCounts = b.text("scorecard-words").split(" of ");
                int secondEvaluated = Integer.parseInt(secondCounts[0].strip());
                int secondWords = Integer.parseInt(secondCounts[1].strip());
                assertThat(secondEvaluated).isPositive().isLessThan(secondWords);
                assertThat(b.text("scorecard-score")).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * (1 - 31.0 / secondEvaluated)));
                JsonNode secondLqa = json(send(app, "GET", "api/v1/documents/" + secondId + "/lqa", null, tina), 200);
                assertThat(secondLqa.get("penalty").asInt()).isEqualTo(31);
                assertThat(secondLqa.get("words").asInt()).isEqualTo(secondWords);
                assertThat(secondLqa.get("evaluatedWords").asInt()).isEqualTo(secondEvaluated);
                assertThat(secondLqa.get("bySeverity").get("minor").asInt()).isEqualTo(1);
                assertThat(secondLqa.get("bySeverity").get("major").asInt()).isEqualTo(1);
                assertThat(secondLqa.get("bySeverity").get("critical").asInt()).isEqualTo(1);
                b.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

                b.openDocument(app, documentId);
                markWithKeys(b, 5, "Style", 0, "too informal");
                assertThat(b.driver.findElement(By.cssSelector("#lqa-panel .lqa-item")).getText()).contains("Style", "Minor", "too informal");

                b.menu("menu-review", "scorecard-open");
                b.wait.until(d -> "32".equals(b.text("scorecard-penalty")));
                int evaluatedThen = evaluated + WordCounter.count(segments.get(4).get("source").asText());
                assertThat(b.text("scorecard-words")).isEqualTo(evaluatedThen + " of " + plainWords);
                assertThat(b.text("scorecard-score")).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * (1 - 32.0 / evaluatedThen)));
                b.screenshot("scorecard-1366");
            }
            try (Browser b = new Browser(tmp.resolve("profile-tina"), 1366, 768)) {
                b.login(app, "tina", "tina-password-1");
                b.click("nav-my-work");
                b.wait.until(d -> b.cellTexts("my-work-grid").contains(SEED));
                assertThat(b.cellTexts("my-work-grid")).contains("Quote", "Translator", "002_943bfa2c0ced0905");
                assertThat(b.driver.findElements(By.cssSelector("#my-work-grid .overdue"))).hasSize(1);
                assertNoSidewaysScroll(b, "my work");
                b.screenshot("my-work-1366");
            }

            HttpResponse<byte[]> docx = http.send(request(app, "api/v1/documents/" + documentId + "/export?format=docx", tina).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(docx.statusCode()).isEqualTo(200);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertThat(text.getText()).contains("Quality scorecard (MQM)", "Penalty points: 32", "Words evaluated: ", " of " + plainWords + "    Penalty points: 32",
                        "Terminology", "Critical (25)", "glossary term ignored", "too informal");
            }
        }
    }

    /**
     * Alt+E in the target, the category typed and chosen with Enter, Tab to the severity and
     * {@code severityStep} presses of the right arrow (minor, major, critical), Tab to the note,
     * Enter: one more error listed for the segment.
     */
    private static void markWithKeys(Browser b, int segment, String category, int severityStep, String note) {
        b.goTo(segment);
        int before = b.driver.findElements(By.cssSelector("#lqa-panel .lqa-item")).size();
        b.input("editor-target").sendKeys(Keys.chord(Keys.ALT, "e"));
        b.wait.until(d -> Boolean.TRUE.equals(b.driver.executeScript(
                "const a = document.activeElement; return !!a && !!a.closest('#lqa-category');")));
        WebElement field = b.input("lqa-category");
        field.sendKeys(category);
        b.wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream().anyMatch(i -> i.getText().contains(category)));
        field.sendKeys(Keys.ENTER);
        b.wait.until(d -> String.valueOf(b.value("lqa-category")).contains(category));
        b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        for (int i = 0; i < severityStep; i++) {
            b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        }
        b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        b.wait.until(d -> Boolean.TRUE.equals(b.driver.executeScript(
                "const a = document.activeElement; return !!a && !!a.closest('#lqa-note');")));
        b.driver.switchTo().activeElement().sendKeys(note, Keys.ENTER);
        try {
            b.wait.until(d -> d.findElements(By.cssSelector("#lqa-panel .lqa-item")).size() == before + 1);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                b.screenshot("lqa-mark-failed-" + segment + "-" + severityStep);
            } catch (java.io.IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
        String[] severities = {"minor", "major", "critical"};
        assertThat(b.driver.findElements(By.cssSelector("#lqa-panel .lqa-item")).get(before).getDomAttribute("data-severity"))
                .isEqualTo(severities[severityStep]);
    }

    static void assertNoSidewaysScroll(Browser b, String where) {
        Object wide = b.driver.executeScript("""
                const out = [];
                if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) out.push('page');
                for (const g of document.querySelectorAll('vaadin-grid')) {
                  const t = g.shadowRoot && g.shadowRoot.querySelector('#table');
                  if (t && t.scrollWidth > t.clientWidth + 1) out.push(g.id || 'grid');
                }
                return out.join(',');""");
        assertThat(String.valueOf(wide)).as("scrolls sideways on " + where).isEmpty();
    }

    private HttpRequest.Builder request(RunningApp app, String path, String token) {
        return HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(RunningApp app, String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = request(app, path, token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private static String error(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body()).get("error").asText();
    }
}
