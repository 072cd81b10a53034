package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench as a translator sees it on a laptop and on a desktop monitor: the page does not
 * scroll, the active sentence is edited among its neighbours, and the English of its glossary
 * terms is in view.
 */
class WorkbenchBrowserIT {
    @TempDir
    Path tmp;

    /** Seed 002, the third article imported. */
    static final long SEED_002 = 3;

    /**
     * Source sentences whose whole cell is visible: inside the window and inside the list's
     * scrolled area (rows the grid keeps rendered above or below it do not count).
     */
    static final String VISIBLE_SOURCES = """
            const grid = document.getElementById('segments-grid');
            const view = grid.$.table.getBoundingClientRect(), head = grid.$.header.getBoundingClientRect();
            const top = Math.max(0, head.bottom, view.top), bottom = Math.min(window.innerHeight, view.bottom);
            const col = [...grid.querySelectorAll('vaadin-grid-column')].findIndex(c => c.path === undefined && c.header === arguments[0]);
            let n = 0;
            for (const row of grid.$.items.children) {
              if (row.hidden) continue;
              const cell = row.querySelectorAll('[part~="cell"]')[1];
              const content = cell && cell.firstElementChild && cell.firstElementChild.assignedNodes()[0];
              if (!content || !content.textContent.trim()) continue;
              const r = cell.getBoundingClientRect();
              if (r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1) n++;
            }
            return n;""";

    @Test
    void laptopAndMonitorShowTheDocumentAroundTheActiveSentence() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data"))) {
            for (int[] size : new int[][]{{1366, 768}, {1920, 1080}}) {
                try (Browser b = new Browser(tmp.resolve("profile-" + size[0]), size[0], size[1])) {
                    b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
                    b.openDocument(app, SEED_002);
                    b.wait.until(d -> b.caretInTarget());
                    Thread.sleep(1500); // let the list settle around the active row
                    @SuppressWarnings("unchecked")
                    Map<String, Object> page = (Map<String, Object>) b.driver.executeScript(
                            "return {scroll: document.scrollingElement.scrollHeight, inner: window.innerHeight, innerW: window.innerWidth};");
                    long sources = (Long) b.driver.executeScript(VISIBLE_SOURCES, "Russian source");
                    List<WebElement> english = b.driver.findElements(By.cssSelector("#terms-panel .term-row"));
                    long termsInView = english.stream().filter(r -> inViewport(b, r.findElement(By.cssSelector(".term-insert")))).count();
                    System.out.printf("WORKBENCH %dx%d (viewport %sx%s): %d source sentences in view, %d of %d terms' English in view%n",
                            size[0], size[1], page.get("innerW"), page.get("inner"), sources, termsInView, english.size());
                    b.screenshot("workbench-" + size[0] + "x" + size[1]);
                    assertThat((Long) page.get("scroll")).as("the page itself does not scroll").isLessThanOrEqualTo((Long) page.get("inner"));
                    assertThat(sources).as("source sentences in view at %dx%d", size[0], size[1]).isGreaterThanOrEqualTo(size[0] == 1366 ? 8 : 14);
                    assertThat(english).as("the active sentence has glossary terms").isNotEmpty();
                    assertThat(termsInView).as("terms' English in view").isEqualTo(english.size());
                }
            }
        }
    }

    @Test
    void keyboardFirstWorkWithInlineChecksSearchAndResume() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data")); Browser b = new Browser(tmp.resolve("profile"), 1366, 768)) {
            b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            b.openDocument(app, SEED_002);
            b.wait.until(d -> b.caretInTarget());

            // a readable title from the first words, the file name beside it; reviewers rename it
            assertThat(b.byId("document-title").getText()).startsWith("Первые шаги российско-турецкого сближения");
            assertThat(b.byId("document-file").getText()).isEqualTo("002_943bfa2c0ced0905.txt");
            b.click("document-rename");
            WebElement title = b.input("rename-title");
            title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Советско-турецкое военное сотрудничество 1920–1921 гг.");
            b.click("rename-save");
            b.wait.until(d -> b.byId("document-title").getText().equals("Советско-турецкое военное сотрудничество 1920–1921 гг."));
            assertThat(b.byId("document-file").getText()).isEqualTo("002_943bfa2c0ced0905.txt");

            // spelling problems are underlined inside the target while typing; a suggestion fixes one with a click
            WebElement target = b.input("editor-target");
            target.sendKeys("The first steps of the Russian-Turkish rapprochement in the military feild date from April 1920.");
            WebElement mark = b.wait.until(d -> d.findElements(By.cssSelector("#editor-target .te-mark")).stream()
                    .filter(m -> m.getText().equals("feild")).findFirst().orElse(null));
            assertThat(mark.getDomAttribute("class")).contains("te-spelling");
            b.screenshot("workbench-inline-qa");
            String typed = b.value("editor-target");
            b.driver.executeScript("const ta = arguments[0]; ta.focus(); ta.setSelectionRange(arguments[1], arguments[1]);",
                    target, typed.indexOf("feild") + 2);
            target.sendKeys(Keys.ARROW_RIGHT);
            WebElement fix = b.wait.until(d -> d.findElements(By.cssSelector("#editor-target .te-fix")).stream()
                    .filter(f -> f.isDisplayed() && f.getText().equals("field")).findFirst().orElse(null));
            b.screenshot("workbench-inline-fix");
            fix.click();
            b.wait.until(d -> b.value("editor-target").contains("military field date"));
            b.wait.until(d -> d.findElements(By.cssSelector("#editor-target .te-mark")).stream().noneMatch(m -> m.getText().equals("feild")));

            // Ctrl+Enter confirms and the caret is in the next target; Ctrl+↑ goes back
            target.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            b.wait.until(d -> b.byId("editor-title").getText().startsWith("Segment 2") && b.caretInTarget());
            assertThat(b.cellTexts("segments-grid")).contains("Translated");
            b.input("editor-target").sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_UP));
            b.wait.until(d -> b.byId("editor-title").getText().startsWith("Segment 1 · Translated") && b.caretInTarget());
            assertThat(b.value("editor-target")).contains("military field date");

            // Ctrl+F opens the search bar, the list shows only matching segments, Esc closes it and brings all back
            b.input("editor-target").sendKeys(Keys.chord(Keys.CONTROL, "f"));
            WebElement search = b.input("filter-text");
            b.wait.until(d -> b.byId("filter-bar").isDisplayed());
            search.sendKeys("Чичерин");
            b.wait.until(d -> b.cellTexts("segments-grid").stream().noneMatch(t -> t.startsWith("Советское руководство"))
                    && b.cellTexts("segments-grid").stream().anyMatch(t -> t.contains("Чичерин")));
            b.screenshot("workbench-search");
            search.sendKeys(Keys.ESCAPE);
            try {
                b.wait.until(d -> d.findElements(By.id("filter-bar")).stream().noneMatch(WebElement::isDisplayed)
                        && b.cellTexts("segments-grid").stream().anyMatch(t -> t.startsWith("Советское руководство")));
            } catch (org.openqa.selenium.TimeoutException e) {
                b.screenshot("workbench-esc-timeout");
                System.out.println("ESC TIMEOUT: bar shown " + b.driver.findElements(By.id("filter-bar")).stream().map(WebElement::isDisplayed).toList()
                        + " grid " + ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                        "const g = document.getElementById('segments-grid'); return [g.size, g.$.table.scrollTop, g._firstVisibleIndex, g._lastVisibleIndex, "
                                + "[...g.$.items.children].filter(r => !r.hidden).map(r => r.index).join(',')];")
                        + " title " + b.text("editor-title") + " cells " + b.cellTexts("segments-grid"));
                throw e;
            }

            // Ctrl+G goes to a segment; F6 hides the panel, and both are remembered across a reload
            b.goTo(100);
            b.wait.until(d -> b.byId("editor-title").getText().startsWith("Segment 100") && b.caretInTarget());
            b.input("editor-target").sendKeys(Keys.F6);
            b.wait.until(d -> d.findElements(By.id("side-panel")).stream().noneMatch(WebElement::isDisplayed));
            b.driver.navigate().refresh();
            b.wait.until(d -> !b.text("editor-source").isBlank() && b.caretInTarget());
            assertThat(b.driver.findElements(By.id("side-panel"))).noneMatch(WebElement::isDisplayed);
            b.input("editor-target").sendKeys(Keys.F6);
            b.wait.until(d -> b.byId("side-panel").isDisplayed());
            assertThat(b.text("editor-title")).as("the editor resumes where the user worked").startsWith("Segment 100");

            // the panel's width follows the splitter and is kept for the user
            WebElement splitter = (WebElement) b.driver.executeScript(
                    "return document.querySelector('.workbench-split').shadowRoot.querySelector('[part=splitter]');");
            long before = (Long) b.driver.executeScript("return document.getElementById('side-panel').offsetWidth;");
            new org.openqa.selenium.interactions.Actions(b.driver).clickAndHold(splitter).moveByOffset(-120, 0).release().perform();
            b.wait.until(d -> (Long) b.driver.executeScript("return document.getElementById('side-panel').offsetWidth;") > before + 60);
            long dragged = (Long) b.driver.executeScript("return document.getElementById('side-panel').offsetWidth;");
            Thread.sleep(500);
            b.driver.navigate().refresh();
            b.wait.until(d -> !b.text("editor-source").isBlank() && b.caretInTarget());
            long after = (Long) b.driver.executeScript("return document.getElementById('side-panel').offsetWidth;");
            assertThat(after).isBetween(dragged - 4, dragged + 4);
            b.screenshot("workbench-wide-panel");
        }
    }

    static boolean inViewport(Browser b, WebElement e) {
        return Boolean.TRUE.equals(b.driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;""", e));
    }
}
