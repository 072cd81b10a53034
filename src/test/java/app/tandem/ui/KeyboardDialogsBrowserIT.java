package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day's work from the keyboard at 1366×768: Alt+T, a term, Enter; Alt+R, a reason, Enter; Esc
 * cancels; the caret is back in the target each time; a refusal stands where it covers neither the
 * target nor its buttons; the row being edited keeps its kind's badge.
 */
class KeyboardDialogsBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void dialogsAreDoneWithEnterAndEscAndTheCaretComesBack() throws Exception {
        Path data = tmp.resolve("data");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/tandem.jar", "import",
                "--project", "Keys", "src/test/resources/keyboard/treaty.txt", "--tandem.data-dir=" + data).inheritIO().start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        try (RunningApp app = new RunningApp(data); Browser b = new Browser(tmp.resolve("profile"), 1366, 768)) {
            b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            b.openDocument(app, 1);
            b.wait.until(d -> b.text("editor-title").startsWith("Segment 1"));
            // the heading keeps its badge while it is the row being edited
            assertThat(b.byId("editor-kind").isDisplayed()).isTrue();
            assertThat(b.text("editor-kind")).isEqualTo("Heading");
            b.wait.until(d -> b.caretInTarget());

            // Alt+T: the dialog opens with the caret in the English field; Enter saves; the caret is back
            String source = b.text("editor-source");
            int at = source.indexOf("договор");
            b.selectInSource(at, at + "договор".length());
            b.input("editor-target").sendKeys(Keys.chord(Keys.ALT, "t"));
            b.wait.until(d -> focusedIn(b, "term-english"));
            assertThat(b.value("term-russian")).isEqualTo("договор");
            b.driver.switchTo().activeElement().sendKeys("treaty", Keys.ENTER);
            b.wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty());
            b.wait.until(d -> b.caretInTarget());
            b.wait.until(d -> d.findElements(By.cssSelector("#terms-panel .term-source")).stream().anyMatch(t -> t.getText().contains("договор")));

            // Alt+T and Esc: nothing added, the caret back
            b.selectInSource(0, "Советско-турецкий".length());
            b.input("editor-target").sendKeys(Keys.chord(Keys.ALT, "t"));
            b.wait.until(d -> focusedIn(b, "term-english"));
            b.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            b.wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty());
            b.wait.until(d -> b.caretInTarget());

            // Alt+R: the reason field has the caret; Enter rejects; the caret is back
            b.input("editor-target").sendKeys("Soviet-Turkish treaty of 1921", Keys.chord(Keys.CONTROL, Keys.ENTER));
            b.wait.until(d -> b.text("editor-title").startsWith("Segment 2"));
            b.wait.until(d -> b.caretInTarget());
            b.input("editor-target").sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_UP));
            b.wait.until(d -> b.text("editor-title").startsWith("Segment 1"));
            b.wait.until(d -> b.caretInTarget());
            b.input("editor-target").sendKeys(Keys.chord(Keys.ALT, "r"));
            b.wait.until(d -> focusedIn(b, "reject-reason"));
            b.driver.switchTo().activeElement().sendKeys("Capitalise it as a title.", Keys.ENTER);
            b.wait.until(d -> b.text("editor-title").contains("Rejected"));
            b.wait.until(d -> b.caretInTarget());
            assertThat(b.text("editor-notice")).contains("Capitalise it as a title.");

            // a refusal (an open QA error blocks approval) covers neither the target nor its buttons
            b.goTo(2);
            b.wait.until(d -> b.text("editor-title").startsWith("Segment 2"));
            b.wait.until(d -> b.caretInTarget());
            WebElement target = b.input("editor-target");
            target.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "The treaty was signed in Moscow in March 1925.");
            target.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            b.wait.until(d -> b.text("editor-title").startsWith("Segment 3"));
            b.goTo(2);
            b.wait.until(d -> b.text("editor-title").startsWith("Segment 2"));
            b.wait.until(d -> b.caretInTarget());
            b.wait.until(d -> {
                b.input("editor-target").sendKeys(Keys.chord(Keys.ALT, "a"));
                return d.findElements(By.cssSelector("vaadin-notification-card")).stream().anyMatch(c -> c.getText().contains("cannot be approved"));
            });
            WebElement card = b.driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .filter(c -> c.getText().contains("cannot be approved")).findFirst().orElseThrow();
            b.screenshot("keyboard-refusal-1366");
            for (String css : List.of("#editor-target", ".segment-actions")) {
                for (WebElement covered : b.driver.findElements(By.cssSelector(css))) {
                    assertThat(overlaps(b, card, covered)).as("the refusal covers " + css).isFalse();
                }
            }
        }
    }

    private static boolean focusedIn(Browser b, String id) {
        return Boolean.TRUE.equals(b.driver.executeScript(
                "const a = document.activeElement; const host = document.getElementById(arguments[0]); return !!a && !!host && (a === host || host.contains(a));", id));
    }

    @SuppressWarnings("unchecked")
    private static boolean overlaps(Browser b, WebElement x, WebElement y) {
        Map<String, Number> r = (Map<String, Number>) b.driver.executeScript("""
                const a = arguments[0].getBoundingClientRect(), c = arguments[1].getBoundingClientRect();
                return {l: Math.max(a.left, c.left), r: Math.min(a.right, c.right), t: Math.max(a.top, c.top), b: Math.min(a.bottom, c.bottom)};""", x, y);
        return r.get("l").doubleValue() < r.get("r").doubleValue() && r.get("t").doubleValue() < r.get("b").doubleValue();
    }
}
