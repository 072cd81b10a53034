package app.tandem.ui;

import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a department does around its documents, in a real browser at 1366×768: a duplicate upload
 * answered (import a copy), delete → trash → restore with the targets intact, a new version of the
 * source keeping the translations of unchanged sentences, and a translator who is no member of a
 * new project not seeing it (its link shows the app's own "not shared" page) until added.
 */
class DocumentsAndPeopleBrowserIT {
    private static final String SEED = "000_af86a9a72eb44bf5.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aReviewerManagesDocumentsAndMembersAndATranslatorSeesOnlyWhatIsShared() throws Exception {
        Path data = tmp.resolve("data");
        {
            UserRepository users = new UserRepository(TestDatabase.ofAppData(data).jdbc);
            BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
            users.insert("admin", bcrypt.encode(RunningApp.ADMIN_PASSWORD), EnumSet.allOf(Role.class));
            users.insert("rita", bcrypt.encode("rita-password-1"), EnumSet.of(Role.REVIEWER, Role.TRANSLATOR));
            users.insert("tom", bcrypt.encode("tom-password-1"), EnumSet.of(Role.TRANSLATOR));
        }
        String ritaToken = TandemCommand.createToken(tmp, "rita", "--tandem.data-dir=" + data);
        Path again = Files.copy(Path.of("seeds", SEED), tmp.resolve("again.txt"));
        String text = Files.readString(again);
        Path v2 = Files.writeString(tmp.resolve("again-v2.txt"), text.replaceFirst("Советской России\\. Внешняя",
                "Советской России в целом. Это добавленное автором предложение. Внешняя"));

        try (RunningApp app = new RunningApp(data); Browser b = new Browser(tmp.resolve("profile"), 1366, 768)) {
            b.login(app, "rita", "rita-password-1");
            b.driver.get(app.url(""));
            b.wait.until(d -> b.cellTexts("projects-grid").contains("Seed articles"));
            long seedProject = projectId(app, ritaToken, "Seed articles");
            b.driver.get(app.url("projects/" + seedProject));
            b.wait.until(d -> b.cellTexts("documents-grid").contains("000_af86a9a72eb44bf5"));

            // the same article under another name: the page asks, and a copy is imported when asked for
            upload(b, "import-upload", again);
            b.wait.until(d -> !d.findElements(By.id("duplicate-dialog")).isEmpty());
            assertThat(b.text("duplicate-text")).contains("000_af86a9a72eb44bf5");
            b.screenshot("duplicate-dialog-1366");
            b.click("duplicate-copy");
            b.wait.until(d -> b.cellTexts("documents-grid").contains("again"));
            long copy = documentId(app, ritaToken, seedProject, "again");
            JsonNode targetsBefore = segments(app, ritaToken, copy);
            long seeded = count(targetsBefore);
            assertThat(seeded).isPositive();

            // delete: the confirmation names it and its progress; the trash lists it; restore brings it back whole
            b.click("delete-" + copy);
            b.wait.until(d -> !d.findElements(By.id("delete-document-dialog")).isEmpty());
            assertThat(b.text("delete-document-counts")).contains("segments are translated");
            b.click("delete-document-confirm");
            b.wait.until(d -> !b.cellTexts("documents-grid").contains("again"));
            b.click("project-trash-open");
            b.wait.until(d -> !d.findElements(By.id("trash-grid")).isEmpty() && b.text("trash-grid").contains("again"));
            b.wait.until(d -> b.text("trash-grid").contains("rita"));
            b.screenshot("trash-1366");
            assertThat(get(app, ritaToken, "api/v1/documents/" + copy).statusCode()).isEqualTo(404);
            b.click("trash-restore-" + copy);
            b.wait.until(d -> b.cellTexts("documents-grid").contains("again"));
            assertThat(segments(app, ritaToken, copy)).isEqualTo(targetsBefore);

            // a new version of the source from the workbench's File menu
            b.openDocument(app, copy);
            b.menu("menu-file", "new-source-open");
            upload(b, "new-source-upload", v2);
            b.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                    .anyMatch(c -> c.getText().contains("1 changed") && c.getText().contains("1 added")));
            b.screenshot("new-source-version-1366");
            JsonNode after = segments(app, ritaToken, copy);
            assertThat(after.size()).isEqualTo(targetsBefore.size() + 1);
            assertThat(count(after)).as("the unchanged seeded sentences keep their English").isGreaterThanOrEqualTo(seeded);

            // a new project is private: tom does not see it until rita adds him
            b.driver.get(app.url(""));
            b.click("project-new");
            b.input("project-name").sendKeys("Journal 2027");
            b.click("project-create");
            b.wait.until(d -> d.getCurrentUrl().contains("/projects/"));
            String privateUrl = b.driver.getCurrentUrl();
            b.wait.until(d -> !d.findElements(By.id("project-members-open")).isEmpty());

            try (Browser tom = new Browser(tmp.resolve("profile-tom"), 1366, 768)) {
                tom.login(app, "tom", "tom-password-1");
                tom.driver.get(app.url(""));
                tom.wait.until(d -> tom.cellTexts("projects-grid").contains("Seed articles"));
                assertThat(tom.cellTexts("projects-grid")).doesNotContain("Journal 2027");
                tom.driver.get(privateUrl);
                tom.wait.until(d -> !d.findElements(By.id("not-shared")).isEmpty());
                assertThat(tom.text("not-shared")).contains("not shared with you");
                tom.screenshot("not-shared-1366");

                b.click("project-members-open");
                WebElement who = b.byId("member-add-user");
                who.click();
                b.driver.executeScript("arguments[0].value = null; arguments[0].inputElement.value = 'tom'; "
                        + "arguments[0].inputElement.dispatchEvent(new Event('input', {bubbles: true}));", who);
                b.wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
                d(b).findElement(By.cssSelector("vaadin-combo-box-item")).click();
                b.click("member-add");
                b.wait.until(d -> b.text("members-grid").contains("tom"));
                b.screenshot("members-1366");
                b.click("member-add-user");
                b.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
                b.driver.navigate().refresh();
                b.wait.until(d -> !d.findElements(By.id("project-members-open")).isEmpty());
                assertThat(b.text("project-members-open")).contains("Members (1)");
                b.screenshot("project-page-1366");
                b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
                b.click("project-members-open");
                b.wait.until(d -> b.text("members-grid").contains("tom"));
                b.screenshot("members-1920");

                tom.driver.get(app.url(""));
                tom.wait.until(d -> tom.cellTexts("projects-grid").contains("Journal 2027"));
                tom.driver.get(privateUrl);
                tom.wait.until(d -> !d.findElements(By.id("import-upload")).isEmpty());
                assertThat(tom.driver.findElements(By.id("not-shared"))).isEmpty();
            }
        }
    }

    private static org.openqa.selenium.WebDriver d(Browser b) {
        return b.driver;
    }

    private static long count(JsonNode segments) {
        long n = 0;
        for (JsonNode s : segments) {
            n += s.get("target").isNull() ? 0 : 1;
        }
        return n;
    }

    private static HttpResponse<String> get(RunningApp app, String token, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode segments(RunningApp app, String token, long documentId) throws Exception {
        HttpResponse<String> r = get(app, token, "api/v1/documents/" + documentId + "/segments?limit=1000");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static long projectId(RunningApp app, String token, String name) throws Exception {
        for (JsonNode p : JSON.readTree(get(app, token, "api/v1/projects").body())) {
            if (p.get("name").asText().equals(name)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no project " + name);
    }

    private static long documentId(RunningApp app, String token, long project, String name) throws Exception {
        for (JsonNode d : JSON.readTree(get(app, token, "api/v1/projects/" + project + "/documents").body())) {
            if (d.get("name").asText().equals(name)) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("no document " + name);
    }

    /** vaadin-upload's file input lives in its shadow root; a user's file chooser fills it. */
    private static void upload(Browser b, String uploadId, Path file) {
        b.wait.until(d -> !d.findElements(By.id(uploadId)).isEmpty());
        WebElement upload = b.driver.findElement(By.id(uploadId));
        WebElement input = (WebElement) b.driver.executeScript(
                "return arguments[0].shadowRoot.querySelector('input[type=file]') || arguments[0].querySelector('input[type=file]')", upload);
        b.driver.executeScript("arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
