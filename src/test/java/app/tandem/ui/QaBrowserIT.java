package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
            b.openDocument(app, 1);
            // glossary terms of the starter glossary, found in inflected forms, inserted at the caret
            b.goTo(2);
            b.wait.until(d -> b.text("editor-source").startsWith("Закавказье занимает важное положение"));
            b.wait.until(d -> d.findElement(By.id("terms-panel")).getText().contains("внешней политики →"));
            String panel = b.driver.findElement(By.id("terms-panel")).getText();
            assertThat(panel).contains("Закавказье →", "Transcaucasia", "foreign policy", "Soviet Russia");
            // the terms are marked in the source itself, in the forms the sentence uses, with their English as a tooltip
            List<WebElement> marks = b.driver.findElements(By.cssSelector("#editor-source .term"));
            assertThat(marks).extracting(WebElement::getText).contains("Закавказье", "внешней политики", "Советской России");
            assertThat(marks.stream().filter(m -> m.getText().equals("внешней политики")).findFirst().orElseThrow().getDomAttribute("title"))
                    .startsWith("foreign policy");

            // Alt+number inserts the numbered term's preferred English at the caret; a click inserts any equivalent
            WebElement target = b.input("editor-target");
            target.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "In 1917 ");
            String number = termRow(b, "Закавказье →").findElement(By.className("term-number")).getText();
            target.sendKeys(Keys.chord(Keys.ALT, number));
            b.wait.until(d -> b.value("editor-target").equals("In 1917 Transcaucasia"));
            termRow(b, "Советской России →").findElements(By.cssSelector("vaadin-button.term-insert")).get(0).click();
            b.wait.until(d -> b.value("editor-target").equals("In 1917 Transcaucasia Soviet Russia"));
            b.screenshot("terms-highlighted-and-panel");

            // select a word of the source and add it to the glossary in its dictionary form, with domain and part of speech
            String source = b.text("editor-source");
            int at = source.indexOf("России");
            b.selectInSource(at, at + 6);
            b.click("add-to-glossary");
            b.wait.until(d -> !d.findElements(By.cssSelector("#term-russian input")).isEmpty());
            assertThat(b.value("term-russian")).isEqualTo("Россия");
            b.input("term-english").sendKeys("Russia");
            b.input("term-domain").sendKeys("geography", Keys.ENTER);
            choose(b, "term-pos", "proper noun");
            b.click("term-save");
            b.wait.until(d -> d.findElements(By.cssSelector("#terms-panel .term-source")).stream()
                    .anyMatch(t -> t.getText().startsWith("России")));
            target.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE,
                    "Transcaucasia occupies an important position in Soviet Russia's foreign policy.");
            b.goTo(4);
            b.wait.until(d -> b.text("editor-source").startsWith("Внешняя политика Советской России в качестве основных целей"));
            // the seeded English is checked in the background after the first start
            b.wait.until(d -> {
                if (d.findElement(By.id("qa-findings")).getText().contains("«independent from»")) {
                    return true;
                }
                d.navigate().refresh();
                b.wait.until(x -> !b.text("editor-source").isBlank());
                b.goTo(4);
                return false;
            });
            String shown = b.driver.findElement(By.id("qa-findings")).getText();
            // the check is named by its kind, LanguageTool's rule id is not shown
            assertThat(shown).contains("Warning · Grammar: ").contains("«independent from»").doesNotContain("INDEPENDENTLY_FROM_OF");
            b.screenshot("qa-finding-in-editor");

            b.driver.findElement(By.cssSelector("#qa-findings vaadin-button.qa-dismiss")).click();
            b.input("dismiss-reason").sendKeys("'independent from' is accepted usage in historical prose");
            b.click("dismiss-confirm");
            b.wait.until(d -> !d.findElement(By.id("qa-findings")).getText().contains("«independent from»"));

            b.menu("menu-review", "qa-panel-open");
            b.wait.until(d -> !d.findElements(By.cssSelector("#qa-grid")).isEmpty());
            WebElement status = b.input("qa-status");
            status.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Not an error");
            b.wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream().anyMatch(i -> i.getText().equals("Not an error")));
            status.sendKeys(Keys.ENTER);
            b.wait.until(d -> b.cellTexts("qa-grid").stream().anyMatch(t -> t.contains("admin") && t.contains("accepted usage in historical prose")));
            List<String> cells = b.cellTexts("qa-grid");
            assertThat(cells).contains("4", "Warning", "Grammar");
            b.screenshot("qa-panel-not-an-error");

            // the project's glossary: the starter terms are there with domain and part of speech; a new term is added and found
            b.driver.navigate().to(app.url("documents/1"));
            b.click("document-glossary-link");
            b.wait.until(d -> b.cellTexts("glossary-grid").contains("Закавказье"));
            assertThat(b.cellTexts("glossary-grid")).contains("geography", "proper noun", "Россия", "Russia");
            b.click("glossary-add");
            b.input("term-russian").sendKeys("Карсский договор 1921 г.");
            b.input("term-english").sendKeys("Treaty of Kars of 1921");
            b.input("term-domain").sendKeys("treaties and conferences", Keys.ENTER);
            choose(b, "term-pos", "proper noun");
            b.click("term-save");
            b.input("glossary-search").sendKeys("Kars of");
            b.wait.until(d -> b.cellTexts("glossary-grid").contains("Treaty of Kars of 1921") && !b.cellTexts("glossary-grid").contains("Закавказье"));
            assertThat(b.cellTexts("glossary-grid")).contains("approved", "treaties and conferences", "proper noun");
            b.screenshot("glossary");
            b.input("glossary-search").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            pick(b, "glossary-domain-filter", "geography");
            b.wait.until(d -> b.cellTexts("glossary-grid").containsAll(List.of("Закавказье", "Россия")) && !b.cellTexts("glossary-grid").contains("Антанта"));

            // term candidates from the project's texts, added with one click
            b.click("glossary-suggest");
            b.wait.until(d -> b.cellTexts("candidates-grid").size() > 12);
            assertThat(b.cellTexts("candidates-grid")).doesNotContain("Закавказье", "Советская Россия");
            b.screenshot("glossary-candidates");
            b.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

            // a new project shares the seed project's glossary; stopping and resuming the sharing from its glossary view
            b.driver.get(app.url(""));
            b.click("project-new");
            b.input("project-name").sendKeys("Caucasus studies");
            choose(b, "project-glossary", "Share: Soviet foreign policy 1917–1926 (54 terms)");
            b.click("project-create");
            b.wait.until(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
            String project = b.driver.getCurrentUrl().replaceAll(".*/projects/", "");
            // the English variant chosen on creation is shown and can be changed there
            assertThat(selected(b, "project-english-variant")).isEqualTo("en-US");
            choose(b, "project-english-variant", "en-GB");
            b.driver.navigate().refresh();
            b.wait.until(d -> "en-GB".equals(selected(b, "project-english-variant")));
            // LanguageTool on the Russian source is off until a reviewer turns it on
            assertThat(b.byId("project-check-source").getDomProperty("checked")).isEqualTo("false");
            b.click("project-check-source");
            b.wait.until(d -> b.driver.getPageSource().contains("Sources are checked from the next QA run"));
            b.driver.navigate().refresh();
            b.wait.until(d -> "true".equals(b.byId("project-check-source").getDomProperty("checked")));
            b.screenshot("project-settings");
            b.click("project-glossary-link");
            b.wait.until(d -> d.getCurrentUrl().endsWith("/projects/" + project + "/glossary"));
            b.wait.until(d -> b.cellTexts("glossary-grid").contains("Закавказье"));
            assertThat(b.byId("glossary-sharing").getText()).contains("Soviet foreign policy 1917–1926", "used by Caucasus studies, Seed articles");
            b.screenshot("glossary-shared");
            b.driver.findElement(By.cssSelector("#glossary-sharing vaadin-button.glossary-detach")).click();
            b.wait.until(d -> !b.byId("glossary-sharing").getText().contains("used by Caucasus studies"));
            assertThat(b.cellTexts("glossary-grid")).doesNotContain("Закавказье");
            pick(b, "glossary-share-choice", "Soviet foreign policy 1917–1926 (54 terms; used by Seed articles)");
            b.click("glossary-share");
            b.wait.until(d -> b.cellTexts("glossary-grid").contains("Закавказье"));
        }
    }

    @Test
    void starterTermsAreMarkedInInflectedFormsInAllFiveArticles() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data")); Browser b = new Browser(tmp.resolve("profile"))) {
            b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            for (int doc = 1; doc <= 5; doc++) {
                b.driver.get(app.url("documents/" + doc));
                b.wait.until(d -> d.findElements(By.cssSelector("#segments-grid mark.term")).size() > 2);
                List<WebElement> marks = b.driver.findElements(By.cssSelector("#segments-grid mark.term"));
                // the tooltip starts with the glossary's citation form: an inflected occurrence differs from it
                long inflected = marks.stream().filter(m -> !m.getDomAttribute("title").startsWith(m.getText() + " → ")).count();
                assertThat(inflected).as("inflected terms marked in document %d", doc).isPositive();
                if (doc == 1) {
                    assertThat(marks).extracting(WebElement::getText).contains("Закавказья");
                    b.screenshot("terms-marked-in-grid");
                }
            }
        }
    }

    @Test
    void translationMemoryOffersAConfirmedTranslationForASimilarSentence() throws Exception {
        Path data = tmp.resolve("data");
        String first = "Телеграмма Г.Орджоникидзе И.Сталину от 18 августа 1921 года хранится в коллекции документов РГАСПИ.";
        String similar = "Телеграмма Г.Орджоникидзе И.Сталину от 29 июня 1921 года хранится в коллекции документов РГАСПИ.";
        Path article = java.nio.file.Files.writeString(tmp.resolve("telegrams.txt"), first
                + "\n\nПереговоры в Карсе начались только осенью.\n\n" + similar + "\n");
        assertThat(app.tandem.TandemCommand.run(tmp, "import", "--project", "Telegrams", article.toString(), "--tandem.data-dir=" + data)
                .exit()).isZero();
        try (RunningApp app = new RunningApp(data); Browser b = new Browser(tmp.resolve("profile"))) {
            b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            b.openDocument(app, 1);
            b.goTo(1);
            b.wait.until(d -> b.text("editor-source").equals(first));
            WebElement target = b.input("editor-target");
            String english = "Ordzhonikidze's telegram to Stalin of 18 August 1921 is kept in the RGASPI document collection.";
            target.sendKeys(english);
            target.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            b.wait.until(d -> !b.text("editor-source").equals(first));
            // the similar sentence further on: the confirmed one is offered with its score and origin
            b.goTo(3);
            b.wait.until(d -> b.text("editor-source").equals(similar));
            b.wait.until(d -> !d.findElements(By.cssSelector("#tm-panel .tm-match")).isEmpty());
            WebElement match = b.driver.findElement(By.cssSelector("#tm-panel .tm-match"));
            assertThat(match.findElement(By.className("tm-target")).getText()).isEqualTo(english);
            assertThat(Integer.parseInt(match.findElement(By.className("tm-score")).getDomAttribute("data-score"))).isBetween(60, 99);
            assertThat(match.findElement(By.className("tm-origin")).getText()).isEqualTo("telegrams.txt #1");
            // what differs from the current sentence is marked in the matched one
            assertThat(match.findElements(By.className("tm-diff"))).extracting(WebElement::getText)
                    .anyMatch(t -> t.contains("августа")).noneMatch(t -> t.contains("РГАСПИ"));
            b.screenshot("translation-memory-match");
            match.findElement(By.cssSelector("vaadin-button.tm-use")).click();
            b.wait.until(d -> b.value("editor-target").equals(english));
            // the same from the keyboard: Ctrl+Shift+1 takes match 1 (Chromium keeps Ctrl+1 … 9 for its tabs)
            WebElement t3 = b.input("editor-target");
            t3.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            b.wait.until(d -> b.value("editor-target").isEmpty());
            assertThat(match.findElement(By.className("tm-number")).getText()).isEqualTo("1");
            t3.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "1"));
            b.wait.until(d -> b.value("editor-target").equals(english));
        }
    }

    private static WebElement termRow(Browser b, String startsWith) {
        return b.wait.until(d -> d.findElements(By.cssSelector("#terms-panel .term-row")).stream()
                .filter(r -> r.getText().contains(startsWith)).findFirst().orElse(null));
    }

    /** Types into a combo box and clicks the item with exactly that label. */
    private static void pick(Browser b, String comboId, String label) {
        b.input(comboId).sendKeys(label.substring(0, Math.min(label.length(), 12)));
        WebElement item = b.wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals(label)).findFirst().orElse(null));
        item.click();
    }

    /** The label a vaadin-select shows for its value. */
    private static String selected(Browser b, String selectId) {
        return b.driver.findElement(By.cssSelector("#" + selectId + " vaadin-select-value-button")).getText().strip();
    }

    /** Picks an item of a vaadin-select by its label. */
    private static void choose(Browser b, String selectId, String label) {
        b.click(selectId);
        b.wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream().anyMatch(i -> i.isDisplayed() && i.getText().equals(label)));
        b.driver.findElements(By.tagName("vaadin-select-item")).stream().filter(i -> i.isDisplayed() && i.getText().equals(label))
                .findFirst().orElseThrow().click();
    }
}
