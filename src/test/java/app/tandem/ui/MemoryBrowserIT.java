package app.tandem.ui;

import app.tandem.TandemCommand;
import app.tandem.tm.MemorySamples;
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
 * The memory at work in the browser: confirming a repeated sentence fills its repetitions (and a
 * later change is offered to them), Ctrl+K searches the concordance for the selected source words
 * and a hit's English goes into the target, and the memory page removes what one TMX file brought.
 */
class MemoryBrowserIT {
    @TempDir
    Path tmp;

    private static final String REPEATED = "Источник: архив внешней политики России.";

    @Test
    void repetitionsConcordanceAndMemoryUpkeep() throws Exception {
        Path data = tmp.resolve("data");
        Path article = Files.writeString(tmp.resolve("repeats.txt"), REPEATED + "\n\nТорговля и внешняя политика России в 1925 году.\n\n"
                + REPEATED + "\n\nЦены на хлеб падали весь год.\n\n" + REPEATED + "\n");
        Path tmx = Files.write(tmp.resolve("memory.tmx"), MemorySamples.tmx(List.<String[]>of(
                new String[] {"Внешняя политика СССР изменилась.", "The foreign policy of the USSR changed."})));
        assertThat(TandemCommand.run(tmp, "import", "--project", "Repeats", article.toString(), "--tandem.data-dir=" + data).exit()).isZero();
        assertThat(TandemCommand.run(tmp, "memory", "import", "--project", "Repeats", tmx.toString(), "--tandem.data-dir=" + data).out())
                .startsWith("read 1, skipped 0");

        try (RunningApp app = new RunningApp(data); Browser b = new Browser(tmp.resolve("profile"), 1366, 768)) {
            b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            b.openDocument(app, 1);
            b.wait.until(d -> b.caretInTarget() && b.text("editor-title").startsWith("Segment 1 "));
            assertThat(b.text("document-progress-text")).contains("3 repeated");

            // confirming the repeated sentence fills its two repetitions
            WebElement target = b.driver.switchTo().activeElement();
            target.sendKeys("Source: Archive of Russian Foreign Policy.", Keys.chord(Keys.CONTROL, Keys.ENTER));
            b.wait.until(d -> notification(b).contains("Filled 2 repetitions"));
            b.wait.until(d -> b.cellTexts("segments-grid").stream().filter(t -> t.equals("Source: Archive of Russian Foreign Policy.")).count() == 3);
            assertThat(b.cellTexts("segments-grid")).as("repetition markers: filled as a repetition, three in all").contains("R ×3", "×3");

            // Ctrl+K with words of the source selected: the memory unit in another inflected form; its English goes in
            b.wait.until(d -> b.caretInTarget() && b.text("editor-title").startsWith("Segment 2 "));
            String source = b.text("editor-source");
            int at = source.indexOf("внешняя политика");
            b.selectInSource(at, at + "внешняя политика".length());
            b.driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "k"));
            b.wait.until(d -> b.value("concordance-text").equals("внешняя политика"));
            WebElement hit = b.wait.until(d -> d.findElements(By.cssSelector("#concordance-hits .concordance-hit")).stream()
                    .filter(h -> h.getText().contains("The foreign policy of the USSR changed.")).findFirst().orElse(null));
            assertThat(hit.findElement(By.tagName("mark")).getText()).isEqualTo("Внешняя политика");
            assertThat(b.driver.findElements(By.cssSelector("#concordance-hits .concordance-hit")))
                    .as("the document's own sentences, in another case").anyMatch(h -> h.getText().contains("document: repeats.txt #3"));
            b.screenshot("concordance-1366x768");
            hit.findElement(By.cssSelector(".concordance-insert")).click();
            b.wait.until(d -> b.value("editor-target").contains("The foreign policy of the USSR changed."));

            // a later change of the first occurrence is offered to its repetitions
            b.goTo(1);
            b.wait.until(d -> b.caretInTarget() && b.text("editor-title").startsWith("Segment 1 "));
            b.driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE,
                    "Source: Russian Foreign Policy Archive.", Keys.chord(Keys.CONTROL, Keys.ENTER));
            b.click("update-repetitions");
            b.wait.until(d -> b.cellTexts("segments-grid").stream().filter(t -> t.equals("Source: Russian Foreign Policy Archive.")).count() == 3);

            // the memory page: the TMX unit and the confirmed one; everything from memory.tmx removed at once
            b.driver.get(app.url("projects/1/memory"));
            b.wait.until(d -> b.text("memory-count").equals("Memory units: 2"));
            assertThat(b.cellTexts("memory-grid")).contains("The foreign policy of the USSR changed.", "Source: Russian Foreign Policy Archive.",
                    "TMX memory.tmx", "repeats.txt #1");
            b.click("memory-file");
            b.wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(i -> i.getText().equals("memory.tmx")).findFirst().orElse(null)).click();
            b.wait.until(d -> b.text("memory-count").startsWith("Memory units: 1 "));
            b.click("memory-remove-file");
            b.wait.until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay [slot='confirm-button'], vaadin-confirm-dialog [slot='confirm-button']"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
            b.wait.until(d -> b.text("memory-count").equals("Memory units: 1"));
            b.wait.until(d -> !b.cellTexts("memory-grid").contains("The foreign policy of the USSR changed."));
            assertThat(b.cellTexts("memory-grid")).contains("Source: Russian Foreign Policy Archive.");
            b.screenshot("memory-page-1366x768");
        }
    }

    private static String notification(Browser b) {
        return String.valueOf(b.driver.executeScript(
                "return [...document.querySelectorAll('vaadin-notification-card')].map(c => c.textContent).join(' | ')"));
    }
}
