package app.tandem.ui;

import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24 in the workbench: a sentence's citation and the people it names are offered in the
 * terms panel with their English (Alt+number inserts); a translator's "+" proposes a name, the
 * reviewer approves it on the names page; a reference entry arrives as a CITATION draft.
 */
class NamesAndCitationsBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void citationsAndNamesAreOfferedAndANameGoesOnTheList() throws Exception {
        Path data = tmp.resolve("data");
        Path article = Files.writeString(tmp.resolve("chicherin.txt"), """
                О РАПАЛЛЬСКОМ ДОГОВОРЕ

                Нарком иностранных дел Г.В. Чичерин подписал договор в Рапалло [5, с. 645].

                Литература

                1. Чичерин Г.В. Статьи и речи по вопросам международной политики. М., 1961. 500 с.
                """);
        TandemCommand.Result imported = TandemCommand.run(tmp, "import", "--project", "Names", article.toString(), "--tandem.data-dir=" + data);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("citations and reference entries drafted in English");
        long documentId;
        long projectId;
        {
            TestDatabase db = TestDatabase.ofAppData(data);
            documentId = db.jdbc.sql("SELECT id FROM document WHERE file_name = 'chicherin.txt'").query(Long.class).single();
            projectId = db.jdbc.sql("SELECT project_id FROM document WHERE id = ?").param(documentId).query(Long.class).single();
            String entry = db.jdbc.sql("SELECT target_text FROM segment WHERE document_id = ? AND target_origin = 'CITATION'")
                    .param(documentId).query(String.class).single();
            assertThat(entry).startsWith("1. Chicherin G.V. Stat'i i rechi").endsWith("[ ]. Moscow, 1961. 500 p. (In Russ.)");
        }
        try (RunningApp app = new RunningApp(data); Browser b = new Browser(tmp.resolve("profile"), 1366, 768)) {
            b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            b.openDocument(app, documentId);
            b.goTo(2);
            b.wait.until(d -> b.text("editor-source").contains("Чичерин"));
            b.wait.until(d -> d.findElements(By.cssSelector("#terms-panel .offer-name")).size() == 1);
            WebElement citation = b.driver.findElement(By.cssSelector("#terms-panel .offer-citation .term-insert"));
            assertThat(citation.getText()).isEqualTo("[5, p. 645]");
            WebElement name = b.driver.findElement(By.cssSelector("#terms-panel .offer-name .term-insert"));
            assertThat(name.getText()).isEqualTo("G.V. Chicherin");
            List<WebElement> numbers = b.driver.findElements(By.cssSelector("#terms-panel .term-number"));
            assertThat(numbers).extracting(WebElement::getText).containsExactly("1", "2");
            b.screenshot("names-citations-panel-1366");

            WebElement target = b.input("editor-target");
            target.sendKeys(Keys.chord(Keys.ALT, "2"));
            b.wait.until(d -> String.valueOf(b.input("editor-target").getAttribute("value")).contains("G.V. Chicherin"));

            b.driver.findElement(By.cssSelector("#terms-panel .offer-name .offer-keep")).click();
            b.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                    .anyMatch(c -> c.getText().contains("added to the names list")));
            b.driver.get(app.url("projects/" + projectId + "/names"));
            b.wait.until(d -> b.cellTexts("names-grid").contains("G.V. Chicherin"));
            assertThat(b.cellTexts("names-grid")).contains("Г.В. Чичерин", "approved");
            b.screenshot("names-list-1366");
        }
    }
}
