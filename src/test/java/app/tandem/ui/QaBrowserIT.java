package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded English of 000 is checked on the first start; a finding is marked "not an error" in the editor. */
class QaBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void seededTargetFindingIsShownAndMarkedNotAnError() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data")); Browser b = new Browser(tmp.resolve("profile"))) {
            b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            b.driver.get(app.url("documents/1"));
            b.wait.until(d -> !b.value("editor-source").isBlank());
            // glossary terms of the starter glossary, found in inflected forms, inserted at the caret
            b.input("jump-to").sendKeys("2\n");
            b.wait.until(d -> b.value("editor-source").startsWith("Закавказье занимает важное положение"));
            b.wait.until(d -> d.findElement(By.id("terms-panel")).getText().contains("внешней политики →"));
            String panel = b.driver.findElement(By.id("terms-panel")).getText();
            assertThat(panel).contains("Закавказье →", "Transcaucasia", "foreign policy", "Soviet Russia");
            WebElement target = b.input("editor-target");
            target.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE, "In 1917 ");
            b.driver.findElements(By.cssSelector("#terms-panel vaadin-button.term-insert")).stream()
                    .filter(x -> x.getText().equals("Transcaucasia")).findFirst().orElseThrow().click();
            b.wait.until(d -> b.value("editor-target").equals("In 1917 Transcaucasia"));
            b.screenshot("terms-panel");

            // select a word of the source and add it to the glossary in its dictionary form
            WebElement sourceArea = b.input("editor-source");
            String source = b.value("editor-source");
            int at = source.indexOf("России");
            b.driver.executeScript("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);", sourceArea, at, at + 6);
            b.click("add-to-glossary");
            b.wait.until(d -> !d.findElements(By.cssSelector("#add-term-russian input")).isEmpty());
            assertThat(b.value("add-term-russian")).isEqualTo("Россия");
            b.input("add-term-english").sendKeys("Russia");
            b.click("add-term-save");
            b.wait.until(d -> d.findElements(By.cssSelector("#terms-panel .term-source")).stream()
                    .anyMatch(t -> t.getText().startsWith("России")));
            target.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE,
                    "Transcaucasia occupies an important position in Soviet Russia's foreign policy.");
            b.input("jump-to").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "4\n");
            b.wait.until(d -> b.value("editor-source").startsWith("Внешняя политика Советской России в качестве основных целей"));
            // the seeded English is checked in the background after the first start
            b.wait.until(d -> {
                if (d.findElement(By.id("qa-findings")).getText().contains("INDEPENDENTLY_FROM_OF")) {
                    return true;
                }
                d.navigate().refresh();
                b.wait.until(x -> !b.value("editor-source").isBlank());
                b.input("jump-to").sendKeys("4\n");
                return false;
            });
            String shown = b.driver.findElement(By.id("qa-findings")).getText();
            assertThat(shown).contains("WARNING · languagetool-en").contains("«independent from»");
            b.screenshot("qa-finding-in-editor");

            b.driver.findElement(By.cssSelector("#qa-findings vaadin-button.qa-dismiss")).click();
            b.input("dismiss-reason").sendKeys("'independent from' is accepted usage in historical prose");
            b.click("dismiss-confirm");
            b.wait.until(d -> !d.findElement(By.id("qa-findings")).getText().contains("INDEPENDENTLY_FROM_OF"));

            b.click("qa-panel-open");
            b.wait.until(d -> !d.findElements(By.cssSelector("#qa-grid")).isEmpty());
            WebElement status = b.input("qa-status");
            status.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "not an error");
            b.wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream().anyMatch(i -> i.getText().equals("not an error")));
            status.sendKeys(org.openqa.selenium.Keys.ENTER);
            b.wait.until(d -> b.cellTexts("qa-grid").stream().anyMatch(t -> t.contains("admin") && t.contains("accepted usage in historical prose")));
            List<String> cells = b.cellTexts("qa-grid");
            assertThat(cells).contains("4", "WARNING", "languagetool-en");
            b.screenshot("qa-panel-not-an-error");

            // the project's glossary: the starter terms are there; a new term is added and found by search
            b.driver.get(app.url("projects/1/glossary"));
            b.wait.until(d -> b.cellTexts("glossary-grid").contains("Закавказье"));
            b.click("glossary-add");
            b.input("term-russian").sendKeys("Карсский договор 1921 г.");
            b.input("term-english").sendKeys("Treaty of Kars of 1921");
            b.click("term-save");
            b.input("glossary-search").sendKeys("Kars of");
            b.wait.until(d -> b.cellTexts("glossary-grid").contains("Treaty of Kars of 1921") && !b.cellTexts("glossary-grid").contains("Закавказье"));
            assertThat(b.cellTexts("glossary-grid")).contains("APPROVED");
            b.screenshot("glossary");

            // term candidates from the project's texts, added with one click
            b.click("glossary-suggest");
            b.wait.until(d -> b.cellTexts("candidates-grid").size() > 12);
            assertThat(b.cellTexts("candidates-grid")).doesNotContain("Закавказье", "Советская Россия");
            b.screenshot("glossary-candidates");
        }
    }
}
