package app.tandem.ui;

import app.tandem.TandemCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's preview: an author's DOCX translated in a CAT tool (codes kept) opens from the
 * workbench's header as the English edition — title, headings, italic and bold, footnote markers
 * linked to the notes at the end — with no sideways scrolling. Screenshots at 1366×768 and 1920×1080.
 */
class EditionPreviewBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void theEnglishEditionOpensFromTheHeaderWithItsNotesAndFormatting() throws Exception {
        Path data = tmp.resolve("data");
        String d = "--tandem.data-dir=" + data;
        assertThat(TandemCommand.run(tmp, "import", "--project", "Edition", "src/test/resources/sources/article-004.docx", d).exit()).isZero();
        Path xlf = tmp.resolve("a.xlf");
        assertThat(TandemCommand.run(tmp, "export", "--document", "article-004", "--format", "xliff", "--out", xlf.toString(), d).exit()).isZero();
        Path filled = tmp.resolve("b.xlf");
        Process fill = new ProcessBuilder("python3", "src/test/resources/tools/fill_xliff_keep.py", xlf.toString(), filled.toString())
                .redirectErrorStream(true).start();
        fill.getInputStream().readAllBytes();
        assertThat(fill.waitFor(60, TimeUnit.SECONDS) && fill.exitValue() == 0).isTrue();
        TandemCommand.Result updated = TandemCommand.run(tmp, "update", "--document", "article-004", filled.toString(), d);
        assertThat(updated.exit()).as(updated.err()).isZero();

        try (RunningApp app = new RunningApp(data); Browser browser = new Browser(tmp.resolve("profile"), 1366, 768)) {
            browser.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            browser.driver.get(app.url(""));
            browser.wait.until(d2 -> browser.cellTexts("projects-grid").contains("Edition"));
            browser.driver.findElement(By.id("projects-grid")).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().equals("Edition")).findFirst().orElseThrow().click();
            browser.wait.until(d2 -> browser.cellTexts("documents-grid").stream().anyMatch(t -> t.equals("article-004")));
            browser.driver.executeScript("""
                    const g = document.getElementById('documents-grid');
                    Array.from(g.querySelectorAll('vaadin-grid-cell-content')).find(c => c.textContent.trim() === 'article-004').click();""");
            browser.wait.until(d2 -> !d2.findElements(By.id("document-edition-link")).isEmpty());
            browser.driver.findElement(By.id("document-edition-link")).click();
            browser.wait.until(d2 -> !d2.findElements(By.cssSelector("#edition-preview h1")).isEmpty());

            var preview = browser.driver.findElement(By.id("edition-preview"));
            assertThat(preview.findElement(By.tagName("h1")).getText()).startsWith("Eng");
            assertThat(preview.findElements(By.tagName("h2")).stream().map(e -> e.getText()).toList())
                    .as("three headings and the notes'").hasSize(4).contains("Notes");
            assertThat(preview.findElements(By.cssSelector("em, strong")).size()).as("italic and bold from the codes").isGreaterThanOrEqualTo(10);
            assertThat(preview.findElements(By.cssSelector("#edition-notes li"))).hasSize(6);
            var refs = preview.findElements(By.cssSelector("a.edition-note-ref"));
            assertThat(refs).hasSize(6);
            assertThat(refs.get(0).getAttribute("href")).endsWith("#edition-note-1");
            assertThat(preview.getText()).doesNotContainPattern("[А-Яа-яЁё]");
            assertThat(browser.driver.findElements(By.id("edition-download"))).hasSize(1);
            assertNoSidewaysScroll(browser);
            browser.screenshot("edition-preview-1366");
            refs.get(0).click();
            browser.wait.until(d2 -> Boolean.TRUE.equals(d2 instanceof org.openqa.selenium.JavascriptExecutor js && (Boolean) js.executeScript("""
                    const note = document.getElementById('edition-note-1'); const r = note.getBoundingClientRect();
                    return r.top >= 0 && r.bottom <= window.innerHeight;""")));
            assertThat(browser.driver.getCurrentUrl()).as("the link stays on the page").contains("/edition");
            browser.screenshot("edition-preview-notes-1366");
            browser.driver.manage().window().setSize(new Dimension(1920, 1080));
            browser.driver.executeScript("document.querySelector('.edition-page').scrollTop = 0;");
            assertNoSidewaysScroll(browser);
            browser.screenshot("edition-preview-1920");
        }
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        Object wide = browser.driver.executeScript("""
                const page = document.querySelector('.edition-page');
                return document.documentElement.scrollWidth > document.documentElement.clientWidth
                    || (page && page.scrollWidth > page.clientWidth);""");
        assertThat(wide).as("the page scrolls sideways").isEqualTo(Boolean.FALSE);
    }
}
