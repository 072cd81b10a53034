package app.tandem.ui;

import app.tandem.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 end to end: a journal's PDF and an author's DOCX dropped on the project page become
 * documents; the workbench shows footnotes as segments of their own and formatting as codes;
 * a scanned PDF is refused with its reason. Screenshots at 1366×768 and 1920×1080.
 */
class SourceFilesBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void pdfAndDocxUploadedOnTheProjectPageOpenWithFootnotesAndCodes() throws Exception {
        Path pdf = tmp.resolve("genoa-1922.pdf");
        Files.copy(Path.of("src/test/resources/sources/004-tex2abs.pdf"), pdf);
        Path docx = tmp.resolve("manuscript.docx");
        Files.copy(Path.of("src/test/resources/sources/article-004.docx"), docx);
        Path scan = tmp.resolve("scan.pdf");
        Files.copy(Path.of("src/test/resources/sources/scanned.pdf"), scan);
        try (RunningApp app = new RunningApp(tmp.resolve("data")); Browser browser = new Browser(tmp.resolve("profile"), 1366, 768)) {
            browser.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            browser.driver.get(app.url(""));
            browser.wait.until(d -> browser.cellTexts("projects-grid").contains("Seed articles"));
            cell(browser, "projects-grid", "Seed articles").click();
            browser.wait.until(d -> !d.findElements(By.id("import-upload")).isEmpty());
            String projectUrl = browser.driver.getCurrentUrl();

            upload(browser, scan);
            browser.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                    .anyMatch(c -> c.getText().contains("scan.pdf: no text layer")));
            browser.screenshot("source-refused-scan-1366");

            upload(browser, pdf);
            browser.wait.until(d -> gridHas(browser, "documents-grid", "genoa-1922"));
            upload(browser, docx);
            try {
                browser.wait.until(d -> gridHas(browser, "documents-grid", "manuscript"));
            } catch (RuntimeException e) {
                browser.screenshot("source-docx-upload-failed");
                System.err.println(Files.readString(app.logFile()).lines().filter(l -> l.contains("ERROR") || l.contains("Exception") || l.contains("manuscript")).limit(30).toList());
                throw e;
            }
            browser.screenshot("source-project-page-1366");

            browser.driver.executeScript("""
                    const g = document.getElementById('documents-grid');
                    Array.from(g.querySelectorAll('vaadin-grid-cell-content')).find(c => c.textContent.trim() === 'genoa-1922').click();""");
            browser.wait.until(d -> !browser.text("editor-source").isBlank());
            // the footnotes follow the running text: the end of the list
            browser.driver.executeScript("const g = document.getElementById('segments-grid'); g.scrollToIndex(g.size - 1);");
            browser.wait.until(d -> browser.cellTexts("segments-grid").stream().anyMatch(t -> t.toUpperCase().contains("FOOTNOTE 1")));
            // the import notifications have said their piece
            browser.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).isEmpty());
            assertThat(browser.cellTexts("segments-grid")).anyMatch(t -> t.contains("РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15."));
            browser.screenshot("source-pdf-footnotes-1366");
            browser.driver.manage().window().setSize(new Dimension(1920, 1080));
            browser.screenshot("source-pdf-footnotes-1920");

            browser.driver.get(projectUrl);
            browser.wait.until(d -> gridHas(browser, "documents-grid", "manuscript"));
            browser.driver.executeScript("""
                    const g = document.getElementById('documents-grid');
                    Array.from(g.querySelectorAll('vaadin-grid-cell-content')).find(c => c.textContent.trim() === 'manuscript').click();""");
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content .inline-code")).isEmpty());
            WebElement code = browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content .inline-code")).get(0);
            assertThat(code.getText()).matches("⟨/?(b|i|u|sup|sub)⟩|[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
            browser.driver.executeScript("document.getElementById('segments-grid').scrollToIndex(6);");
            browser.screenshot("source-docx-codes-1920");
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            browser.screenshot("source-docx-codes-1366");
        }
        TestDatabase db = TestDatabase.ofAppData(tmp.resolve("data"));
        assertThat(db.jdbc.sql("SELECT COUNT(*) FROM document WHERE file_name = 'scan.pdf'").query(Integer.class).single()).isZero();
        assertThat(db.jdbc.sql("SELECT source_format FROM document WHERE file_name IN ('genoa-1922.pdf', 'manuscript.docx') ORDER BY file_name")
                .query(String.class).list()).containsExactly("PDF", "DOCX");
    }

    /** The grid holds a row with that cell, in view or not (Selenium's text is only what is in view). */
    private static boolean gridHas(Browser browser, String grid, String text) {
        return Boolean.TRUE.equals(browser.driver.executeScript("""
                const g = document.getElementById(arguments[0]);
                return !!g && Array.from(g.querySelectorAll('vaadin-grid-cell-content')).some(c => c.textContent.trim() === arguments[1]);""",
                grid, text));
    }

    private static WebElement cell(Browser browser, String grid, String text) {
        return browser.driver.findElement(By.id(grid)).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(text)).findFirst().orElseThrow();
    }

    /** vaadin-upload's file input lives in its shadow root; a user's file chooser fills it. */
    private static void upload(Browser browser, Path file) {
        WebElement upload = browser.driver.findElement(By.id("import-upload"));
        WebElement input = (WebElement) browser.driver.executeScript(
                "return arguments[0].shadowRoot.querySelector('input[type=file]') || arguments[0].querySelector('input[type=file]')", upload);
        // (chromedriver adds to what a multiple-file input already holds)
        browser.driver.executeScript("arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
