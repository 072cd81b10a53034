package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: the packaged app on a fresh data directory loads the seeds and shows them in a real browser. */
class SeedProjectBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void seedArticlesAreListedWithProgressAndOpenInTheSegmentGrid() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data")); Browser browser = new Browser(tmp.resolve("profile"))) {
            browser.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            browser.driver.get(app.url(""));
            browser.wait.until(d -> browser.cellTexts("projects-grid").contains("Seed articles"));
            browser.driver.findElement(By.id("projects-grid")).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().equals("Seed articles")).findFirst().orElseThrow().click();

            // the seeds are imported right after the server starts: look again until all five are there
            browser.wait.until(d -> d.getCurrentUrl().contains("/projects/"));
            String projectUrl = browser.driver.getCurrentUrl();
            browser.wait.until(d -> {
                if (browser.cellTexts("documents-grid").stream().filter(t -> t.matches("00\\d_[0-9a-f]+")).count() == 5) {
                    return true;
                }
                d.get(projectUrl);
                return false;
            });
            List<String> cells = browser.cellTexts("documents-grid");
            assertThat(cells).contains("000_af86a9a72eb44bf5", "001_9ff9c4e8dcadf0df", "002_943bfa2c0ced0905",
                    "003_a17717a12c9184be", "004_8dca3b5bb16bd63d");
            assertThat(cells).anyMatch(t -> t.matches("0 translated · 0 approved · \\d+ segments"));
            // a document without a heading is titled by its first words, its file name beside it
            assertThat(cells).contains("Первые шаги российско-турецкого сближения в военной области…", "У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ");
            assertThat(browser.driver.findElements(By.tagName("vaadin-progress-bar"))).hasSizeGreaterThanOrEqualTo(10);
            browser.screenshot("project-seed-articles");

            WebElement doc004 = browser.driver.findElement(By.id("documents-grid")).findElements(By.tagName("vaadin-grid-cell-content"))
                    .stream().filter(c -> c.getText().equals("004_8dca3b5bb16bd63d")).findFirst().orElseThrow();
            doc004.click();
            browser.wait.until(d -> browser.cellTexts("segments-grid").stream().anyMatch(t -> t.endsWith("У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ")));
            List<String> segmentCells = browser.cellTexts("segments-grid");
            assertThat(segmentCells).contains("Советской России было необходимо международное признание.",
                    "Soviet Russia needed international recognition.", "Draft", "New");
            browser.screenshot("document-004");
        }
        assertSeededTargetsAfterFreshStart(tmp.resolve("data"));
    }

    /**
     * Issue 4's acceptance: exactly the English already in 000 and 004 became targets, nothing else
     * but the standard labels (issue 16: "Аннотация:" of 000 is "Abstract:", a draft of origin LABEL).
     */
    private static void assertSeededTargetsAfterFreshStart(Path dataDir) {
        app.tandem.TestDatabase db = app.tandem.TestDatabase.ofAppData(dataDir);
        java.util.Map<String, List<String>> targets = new java.util.TreeMap<>();
        db.jdbc.sql("""
                SELECT d.file_name, s.target_text FROM segment s JOIN document d ON d.id = s.document_id
                WHERE s.target_text IS NOT NULL AND s.target_origin NOT IN ('LABEL', 'CITATION') ORDER BY d.file_name, s.position""")
                .query(rs -> {
                    targets.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        assertThat(targets.keySet()).containsExactly("000_af86a9a72eb44bf5.txt", "004_8dca3b5bb16bd63d.txt");
        assertThat(targets.get("000_af86a9a72eb44bf5.txt")).hasSize(4);
        assertThat(targets.get("000_af86a9a72eb44bf5.txt").get(0))
                .isEqualTo("Transcaucasia occupies an important position in Soviet Russia's foreign policy.");
        assertThat(targets.get("000_af86a9a72eb44bf5.txt").get(1)).startsWith("Soviet Russia's foreign policy towards Transcaucasia");
        assertThat(targets.get("004_8dca3b5bb16bd63d.txt")).hasSize(6);
        assertThat(targets.get("004_8dca3b5bb16bd63d.txt").get(1)).isEqualTo("Post-war Europe was in dire need of restoring, first of all, economic ties ravaged by the war.");
        assertThat(targets.get("004_8dca3b5bb16bd63d.txt").get(3)).contains("The first post-war step");
        int englishSources = db.jdbc.sql("""
                SELECT COUNT(*) FROM segment WHERE source_text LIKE '%Transcaucasia%' OR source_text LIKE 'The %'
                   OR source_text LIKE 'Summary:%' OR source_text LIKE '%Soviet Russia%'""").query(Integer.class).single();
        assertThat(englishSources).isZero();
        int statuses = db.jdbc.sql("SELECT COUNT(*) FROM segment WHERE target_text IS NOT NULL AND (status <> 'DRAFT'"
                        + " OR target_origin NOT IN ('EXISTING_TRANSLATION', 'LABEL', 'CITATION'))")
                .query(Integer.class).single();
        assertThat(statuses).isZero();
        assertThat(db.jdbc.sql("SELECT source_text || ' -> ' || target_text FROM segment WHERE target_origin = 'LABEL'").query(String.class).list())
                .containsExactly("Аннотация: -> Abstract:");
        // a citation draft is a reference in English, never a sentence of running text romanised
        assertThat(db.jdbc.sql("SELECT source_text FROM segment WHERE target_origin = 'CITATION'").query(String.class).list())
                .allSatisfy(source -> assertThat(app.tandem.cite.CitationTranslator.isReference(source)).as(source).isTrue());
    }
}
