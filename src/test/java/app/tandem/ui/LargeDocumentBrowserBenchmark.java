package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser benchmark (not part of the test run): time from opening a 10,000-segment document to
 * its first rows in the grid, and to rows after jumping to the middle, against a 100-segment
 * document in the same run, and the same documents in a project whose glossary marks two terms per
 * row against the unmarked ones. Run: ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=LargeDocumentBrowserBenchmark
 */
class LargeDocumentBrowserBenchmark {
    @TempDir
    Path tmp;

    private static Path article(Path dir, String name, int sentences) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= sentences; i++) {
            sb.append("Предложение номер ").append(i).append(" о внешней политике Советской России в 1920 году.");
            sb.append(i % 5 == 0 ? "\n\n" : " ");
        }
        Path p = dir.resolve(name);
        Files.writeString(p, sb);
        return p;
    }

    @Test
    void openTenThousandSegments() throws Exception {
        Path data = tmp.resolve("data");
        Path small = article(tmp, "small.txt", 100);
        Path large = article(tmp, "large.txt", 10_000);
        importInto(data, "Plain", small, large);   // documents 1 and 2
        importInto(data, "Marked", small, large);  // documents 3 and 4
        attachStarterGlossary(data, "Marked");
        try (RunningApp app = new RunningApp(data); Browser b = new Browser(tmp.resolve("profile"))) {
            b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            for (int round = 0; round < 3; round++) {
                double smallMs = open(b, app, 1, "Предложение номер 1 о");
                double largeMs = open(b, app, 2, "Предложение номер 1 о");
                long t0 = System.nanoTime();
                b.input("jump-to").sendKeys("5000\n");
                b.wait.until(d -> b.cellTexts("segments-grid").stream().anyMatch(t -> t.startsWith("Предложение номер 5000 ")));
                double jumpMs = (System.nanoTime() - t0) / 1e6;
                double markedSmallMs = open(b, app, 3, "Предложение номер 1 о");
                double markedLargeMs = open(b, app, 4, "Предложение номер 1 о");
                assertThat(b.driver.findElements(org.openqa.selenium.By.cssSelector("#segments-grid mark.term"))).isNotEmpty();
                System.out.printf(Locale.ROOT, "BENCH round %d: open 100 segments %.0f ms, open 10,000 segments %.0f ms (%.2fx), jump to #5000 %.0f ms;"
                                + " with glossary marks: 100 segments %.0f ms, 10,000 segments %.0f ms (%.2fx the unmarked 10,000)%n",
                        round + 1, smallMs, largeMs, largeMs / smallMs, jumpMs, markedSmallMs, markedLargeMs, markedLargeMs / largeMs);
            }
        }
    }

    private void importInto(Path data, String project, Path... files) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/tandem.jar", "import", "--project", project));
        for (Path f : files) {
            cmd.add(f.toString());
        }
        cmd.add("--tandem.data-dir=" + data);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
    }

    /**
     * The "Marked" project gets the 52-term starter glossary, so every row carries two glossary marks;
     * written before the app starts because the app holds the database file.
     */
    private static void attachStarterGlossary(Path data, String projectName) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/tandem", "sa", "")) {
            var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true));
            var glossaries = new app.tandem.project.GlossaryRepository(jdbc);
            long g = glossaries.create("Starter");
            app.tandem.exchange.GlossaryCsv.read("starter-glossary.tsv",
                            Files.readString(Path.of("src/main/resources/" + app.tandem.document.SeedLoader.STARTER_GLOSSARY)))
                    .forEach(e -> glossaries.addEntry(g, e, "APPROVED", "bench"));
            glossaries.attach(jdbc.sql("SELECT id FROM project WHERE name = ?").param(projectName).query(Long.class).single(), g);
        }
    }

    private static double open(Browser b, RunningApp app, long documentId, String firstText) {
        long t0 = System.nanoTime();
        b.driver.get(app.url("documents/" + documentId));
        b.wait.until(d -> {
            List<String> cells = b.cellTexts("segments-grid");
            return cells.stream().anyMatch(t -> t.startsWith(firstText));
        });
        return (System.nanoTime() - t0) / 1e6;
    }
}
