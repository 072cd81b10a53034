package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The translator's and reviewer's day in a real browser: users made by the admin, a translation
 * confirmed with Ctrl+Enter, a rejection with its reason, a translator without approve rights,
 * and two sessions saving the same segment.
 */
class EditorBrowserIT {
    @TempDir
    Path tmp;

    private static final String PW = "password-for-tests";

    private void createUser(Browser b, RunningApp app, String name, String role) {
        b.driver.get(app.url("users"));
        b.click("new-user");
        b.input("new-user-name").sendKeys(name);
        b.input("new-user-password").sendKeys(PW);
        if (!role.equals("TRANSLATOR")) {
            // the roles as the form names them
            String wanted = switch (role) {
                case "REVIEWER" -> "Reviewer";
                case "ADMIN" -> "Administrator";
                default -> "Translator";
            };
            for (WebElement cb : b.driver.findElements(By.cssSelector("#new-user-roles vaadin-checkbox"))) {
                String label = cb.getText();
                if (label.equals("Translator") || label.equals(wanted)) {
                    cb.findElement(By.tagName("input")).click();
                }
            }
        }
        b.click("new-user-save");
        b.wait.until(d -> b.cellTexts("users-grid").contains(name));
    }

    @Test
    void translatorConfirmsReviewerRejectsAndConflictsLoseNothing() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data"));
             Browser admin = new Browser(tmp.resolve("p1"));
             Browser other = new Browser(tmp.resolve("p2"))) {
            admin.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            createUser(admin, app, "tina", "TRANSLATOR");
            createUser(admin, app, "rex", "REVIEWER");

            // translator: type, Ctrl+Enter, the next segment is focused, a reload shows the saved text
            Browser tina = other;
            tina.login(app, "tina", PW);
            tina.openDocument(app, 3);
            String firstSource = tina.text("editor-source");
            assertThat(tina.driver.findElements(By.id("approve"))).noneMatch(WebElement::isDisplayed);
            WebElement target = tina.input("editor-target");
            target.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            target.sendKeys("The first steps of Russian-Turkish rapprochement.");
            target.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            tina.wait.until(d -> !tina.text("editor-source").equals(firstSource));
            assertThat(tina.byId("editor-title").getText()).startsWith("Segment 2");
            tina.wait.until(d -> tina.caretInTarget());
            assertThat(tina.driver.switchTo().activeElement().getTagName()).isEqualTo("textarea");
            tina.screenshot("editor-after-confirm");
            tina.driver.navigate().refresh();
            tina.wait.until(d -> tina.cellTexts("segments-grid").contains("The first steps of Russian-Turkish rapprochement."));
            assertThat(tina.cellTexts("segments-grid")).contains("Translated");

            // reviewer rejects with a reason; the translator sees it
            Browser rex = admin;
            rex.login(app, "rex", PW);
            rex.openDocument(app, 3);
            // the reviewer has not worked here: the editor opens at the first unconfirmed segment
            rex.wait.until(d -> rex.byId("editor-title").getText().startsWith("Segment 2"));
            rex.goTo(1);
            rex.wait.until(d -> rex.text("editor-source").equals(firstSource));
            rex.click("reject");
            rex.input("reject-reason").sendKeys("Say 'first steps towards', not 'of'.");
            rex.click("reject-confirm");
            rex.wait.until(d -> rex.byId("editor-title").getText().contains("Rejected"));
            tina.login(app, "tina", PW);
            tina.openDocument(app, 3);
            // the translator resumes where she last worked (segment 2), and goes back to the rejected one
            tina.wait.until(d -> tina.byId("editor-title").getText().startsWith("Segment 2"));
            tina.goTo(1);
            tina.wait.until(d -> tina.byId("editor-notice").getText().contains("Say 'first steps towards', not 'of'."));
            tina.screenshot("editor-rejected-seen-by-translator");

            // two sessions edit the same segment: the second save shows the conflict dialog, nothing is lost
            rex.openDocument(app, 3);
            // (the text someone is typing in is never replaced by another person's save; they are told, and saving shows both)
            rex.wait.until(d -> rex.byId("editor-title").getText().startsWith("Segment 1"));
            WebElement rexTarget = rex.input("editor-target");
            WebElement tinaTarget = tina.input("editor-target");
            rexTarget.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "Rex's competing version.");
            tinaTarget.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "Tina's new version.");
            tinaTarget.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            tina.wait.until(d -> tina.byId("editor-title").getText().startsWith("Segment 2"));
            Thread.sleep(1000); // Tina's save has reached Rex's screen
            assertThat(rex.value("editor-target")).isEqualTo("Rex's competing version.");
            assertThat(rex.caretInTarget()).as("Rex's caret stays in his text while Tina's save arrives").isTrue();
            rex.wait.until(d -> rex.byId("editor-notice").getText().contains("tina changed this segment meanwhile"));
            rexTarget.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            rex.wait.until(d -> !d.findElements(By.cssSelector("#conflict-theirs textarea")).isEmpty());
            assertThat(rex.value("conflict-theirs")).isEqualTo("Tina's new version.");
            assertThat(rex.value("conflict-mine")).isEqualTo("Rex's competing version.");
            rex.screenshot("editor-conflict");
            rex.click("conflict-keep-mine");
            rex.wait.until(d -> rex.value("editor-target").equals("Rex's competing version."));

            // approve and reopen from the active row; a comment from the side panel, marked in the list
            rex.wait.until(d -> rex.byId("editor-title").getText().startsWith("Segment 1"));
            // the QA gate refuses a translation without the glossary's "Soviet Russia"; a proper one is approved
            rex.click("approve");
            rex.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream().anyMatch(n -> n.getText().contains("cannot be approved")));
            WebElement proper = rex.input("editor-target");
            proper.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "The first steps of the Russian-Turkish military rapprochement date"
                    + " from April 1920, when Kemal Atatürk asked Soviet Russia to establish diplomatic relations and to provide military aid.");
            proper.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            rex.wait.until(d -> rex.byId("editor-title").getText().startsWith("Segment 2"));
            rex.goTo(1);
            rex.wait.until(d -> rex.byId("editor-title").getText().startsWith("Segment 1 · Translated")
                    && !d.findElement(By.id("qa-findings")).getText().contains("Error ·"));
            rex.click("approve");
            rex.wait.until(d -> rex.byId("editor-title").getText().contains("Approved"));
            rex.click("reopen");
            rex.wait.until(d -> !rex.byId("editor-title").getText().contains("Approved"));
            rex.input("editor-target").sendKeys(Keys.chord(Keys.ALT, "c"));
            rex.wait.until(d -> "true".equals(d.findElement(By.cssSelector("[data-section=comments]")).getDomProperty("opened")));
            rex.input("comment-body").sendKeys("Check the date against the archive copy.");
            rex.click("comment-add");
            rex.wait.until(d -> d.findElement(By.id("comments-panel")).getText().contains("rex") 
                    && d.findElement(By.id("comments-panel")).getText().contains("Check the date against the archive copy."));
            rex.wait.until(d -> !d.findElements(By.cssSelector("#segments-grid .marker-comment")).isEmpty());
            rex.screenshot("editor-comment-in-panel");

            // merge with the next segment and split it again: both are in the segment's history
            String before = rex.text("editor-source");
            rex.click("merge-next");
            rex.wait.until(d -> rex.text("editor-source").length() > before.length() + 5);
            String merged = rex.text("editor-source");
            assertThat(merged).startsWith(before);
            rex.selectInSource(before.length() + 1, before.length() + 1);
            rex.click("split");
            rex.wait.until(d -> rex.text("editor-source").equals(before));
            rex.click("history");
            rex.wait.until(d -> rex.cellTexts("history-grid").stream().anyMatch(t -> t.startsWith("approved")));
            rex.wait.until(d -> rex.cellTexts("history-grid").stream().anyMatch(t -> t.startsWith("merged with the next segment"))
                    && rex.cellTexts("history-grid").stream().anyMatch(t -> t.startsWith("split; second part became segment 2")));
            rex.screenshot("editor-history-merge-split");
            rex.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

            // the interface language is switchable per user and kept for the next sign-in
            rex.menu("user-menu-root", "language-ru");
            rex.wait.until(d -> d.findElement(By.id("confirm")).getText().equals("Подтвердить"));
            rex.login(app, "rex", PW);
            rex.openDocument(app, 3);
            assertThat(rex.byId("reject").getText()).isEqualTo("Отклонить…");
            assertThat(rex.byId("menu-view").getText()).isEqualTo("Вид");
            assertThat(rex.byId("section-terms").getText()).startsWith("Термины");
            rex.screenshot("editor-russian-interface");
            rex.input("editor-target").sendKeys(Keys.F1);
            rex.wait.until(d -> rex.cellTexts("shortcuts-grid").contains("Объединить со следующим сегментом"));
            rex.screenshot("shortcuts-russian");
        }
    }
}
