package app.tandem.ui;

import app.tandem.TandemCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 31's pairing view, with the keyboard alone at 1366×768: a typeset article whose English
 * abstract became targets; a pair is made wrong (an English sentence moved to the next Russian one),
 * applied, read back from the database through an export, then fixed the same way and read back
 * again. Screenshots at 1366×768 and 1920×1080.
 */
class PairingBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void aWrongPairIsMadeAndFixedWithTheKeyboardAlone() throws Exception {
        Path data = tmp.resolve("data");
        String d = "--tandem.data-dir=" + data;
        Path pdf = tmp.resolve("seed000-lo.pdf");
        Files.copy(Path.of("src/test/resources/seeding/seed000-lo.pdf"), pdf);
        TandemCommand.Result imported = TandemCommand.run(tmp, "import", "--project", "Pairs", pdf.toString(), d);
        assertThat(imported.exit()).as(imported.err()).isZero();
        Matcher id = Pattern.compile("document #(\\d+)").matcher(imported.out());
        assertThat(id.find()).as(imported.out()).isTrue();
        Map<Integer, String> original = targets(d);
        // the label's standard English, then the article's own English: four pairs in a row
        assertThat(original).as("the label and the article's own English").hasSize(5).containsEntry(1, "Abstract:");
        int second = new java.util.ArrayList<>(original.keySet()).get(2);
        assertThat(original).containsKeys(second - 1, second, second + 1, second + 2);

        try (RunningApp app = new RunningApp(data); Browser browser = new Browser(tmp.resolve("profile"), 1366, 768)) {
            browser.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            openPairing(browser, app, id.group(1), second);
            // keys only: the second English sentence, to the Russian sentence after its own, apply
            keys(browser, Keys.ARROW_DOWN);
            assertThat(selected(browser)).startsWith("→ " + second);
            keys(browser, Keys.ALT, Keys.ARROW_DOWN);
            assertThat(selected(browser)).startsWith("→ " + (second + 1));
            browser.screenshot("pairing-1366");
            assertThat(lines(browser)).as("a line per paired English sentence").isEqualTo(4);
            assertNoSidewaysScroll(browser);
            keys(browser, Keys.CONTROL, "s");
            browser.wait.until(x -> !x.findElements(By.tagName("vaadin-notification-card")).isEmpty());
            browser.driver.manage().window().setSize(new Dimension(1920, 1080));
            assertNoSidewaysScroll(browser);
            browser.screenshot("pairing-1920");
        }
        Map<Integer, String> wrong = targets(d);
        assertThat(wrong).doesNotContainKey(second);
        assertThat(wrong.get(second + 1)).startsWith(original.get(second));

        try (RunningApp app = new RunningApp(data); Browser browser = new Browser(tmp.resolve("profile2"), 1366, 768)) {
            browser.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            openPairing(browser, app, id.group(1), second + 1);
            keys(browser, Keys.ARROW_DOWN);
            assertThat(selected(browser)).startsWith("→ " + (second + 1));
            keys(browser, Keys.ALT, Keys.ARROW_UP);
            keys(browser, Keys.CONTROL, "s");
            browser.wait.until(x -> !x.findElements(By.tagName("vaadin-notification-card")).isEmpty());
        }
        assertThat(targets(d)).isEqualTo(original);
    }

    private static void openPairing(Browser browser, RunningApp app, String documentId, int segment) {
        browser.driver.get(app.url("documents/" + documentId + "/pairing?segment=" + segment));
        browser.wait.until(x -> !x.findElements(By.cssSelector("#pairing-english .pairing-en")).isEmpty());
        browser.wait.until(x -> x.switchTo().activeElement().getAttribute("id") != null
                && x.switchTo().activeElement().getAttribute("id").equals("pairing-board"));
    }

    private static void keys(Browser browser, CharSequence key) {
        keys(browser, null, key);
    }

    /** A key (with a modifier held down, as a person presses it) that changes the board, and the wait for the change. */
    private static void keys(Browser browser, Keys modifier, CharSequence key) {
        String before = (String) browser.driver.executeScript("return document.getElementById('pairing-board').innerHTML");
        Actions a = new Actions(browser.driver);
        if (modifier != null) {
            a = a.keyDown(modifier);
        }
        a = a.sendKeys(key);
        if (modifier != null) {
            a = a.keyUp(modifier);
        }
        a.perform();
        if (!"s".equals(key.toString())) {
            browser.wait.until(x -> !before.equals(browser.driver.executeScript("return document.getElementById('pairing-board').innerHTML")));
        }
    }

    private static String selected(Browser browser) {
        return browser.driver.findElement(By.cssSelector("#pairing-english .pairing-en.selected")).getText();
    }

    private static long lines(Browser browser) {
        return (Long) browser.driver.executeScript("return document.querySelectorAll('svg.pairing-lines line').length");
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        Object wide = browser.driver.executeScript("""
                const b = document.getElementById('pairing-board');
                return document.documentElement.scrollWidth > window.innerWidth + 1 || b.scrollWidth > b.clientWidth + 1;""");
        assertThat(wide).isEqualTo(Boolean.FALSE);
    }

    /** The document's non-empty targets by segment number, read from the database through an XLIFF export. */
    private Map<Integer, String> targets(String dataArg) throws Exception {
        Path xlf = Files.createTempFile(tmp, "t", ".xlf");
        TandemCommand.Result r = TandemCommand.run(tmp, "export", "--document", "seed000-lo", "--format", "xliff", "--out", xlf.toString(), dataArg);
        assertThat(r.exit()).as(r.err()).isZero();
        Map<Integer, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<unit id=\"s(\\d+)\"[^>]*><segment[^>]*><source>.*?</source>(?:<target>(.*?)</target>)?</segment>", Pattern.DOTALL).matcher(Files.readString(xlf));
        while (m.find()) {
            if (m.group(2) != null && !m.group(2).isBlank()) {
                out.put(Integer.parseInt(m.group(1)), m.group(2));
            }
        }
        return out;
    }
}
