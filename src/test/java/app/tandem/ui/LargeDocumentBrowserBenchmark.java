package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser benchmark (not part of the test run), at 1366×768 in headless Chromium, for a
 * 100-segment and a 10,000-segment document: time to the first rows; Ctrl+Enter (from the key as the page receives it) until the caret
 * is in the next target (p50/p95 over 40 confirmations after 5 warm-up ones); going to the last
 * segment until the caret is in its target (also in a 1,000-segment document, where it is as much
 * a jump as in 10,000); and the first rows of the same documents in a project
 * whose glossary marks two terms per row. Every figure is taken for each jar named in
 * {@code bench.jars} (default: this build), so the previous build is measured in the same run:
 * <pre>
 * ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LargeDocumentBrowserBenchmark \
 *     -Dbench.jars=target/tandem.jar,../previous/target/tandem.jar
 * </pre>
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
    void openConfirmAndJumpInTenThousandSegments() throws Exception {
        Path small = article(tmp, "small.txt", 100);
        Path large = article(tmp, "large.txt", 10_000);
        Path medium = article(tmp, "medium.txt", 1_000);
        for (String jarName : System.getProperty("bench.jars", "target/tandem.jar").split(",")) {
            Path jar = Path.of(jarName.strip());
            Path data = tmp.resolve("data-" + Math.abs(jarName.hashCode()));
            importInto(jar, data, "Plain", small, large);   // documents 1 and 2
            importInto(jar, data, "Marked", small, large);  // documents 3 and 4
            importInto(jar, data, "Plain", medium);         // document 5: a far jump in a shorter document
            attachStarterGlossary(data, "Marked");
            try (RunningApp app = new RunningApp(jar, data); Browser b = new Browser(tmp.resolve("profile-" + Math.abs(jarName.hashCode())), 1366, 768)) {
                b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
                b.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", FIRST_ROWS_PROBE));
                for (int round = 0; round < 2; round++) {
                    double smallMs = open(b, app, 1);
                    double[] smallConfirm = confirmations(b, 1 + round * 45);
                    double smallEnd = toLast(b, 100);
                    double largeMs = open(b, app, 2);
                    double[] largeConfirm = confirmations(b, 1 + round * 45);
                    double largeEnd = toLast(b, 10_000);
                    double markedSmallMs = open(b, app, 3);
                    double markedLargeMs = open(b, app, 4);
                    assertThat(b.driver.findElements(By.cssSelector("#segments-grid mark.term"))).isNotEmpty();
                    open(b, app, 5);
                    double mediumEnd = toLast(b, 1_000);
                    System.out.printf(Locale.ROOT, "BENCH %s round %d: first rows 100 seg %.0f ms, 10,000 seg %.0f ms (%.2fx);"
                                    + " Ctrl+Enter to caret in next target p50/p95: 100 seg %.0f/%.0f ms, 10,000 seg %.0f/%.0f ms;"
                                    + " to the last segment: 100 seg %.0f ms, 1,000 seg %.0f ms, 10,000 seg %.0f ms;"
                                    + " with glossary marks first rows: 100 seg %.0f ms, 10,000 seg %.0f ms%n",
                            jarName, round + 1, smallMs, largeMs, largeMs / smallMs, smallConfirm[0], smallConfirm[1],
                            largeConfirm[0], largeConfirm[1], smallEnd, mediumEnd, largeEnd, markedSmallMs, markedLargeMs);
                }
            }
        }
    }

    /** Types a translation and confirms with Ctrl+Enter, 45 times; the first 5 warm up. Returns {p50, p95} in ms. */
    private static double[] confirmations(Browser b, int from) {
        goTo(b, from);
        b.wait.until(d -> b.text("editor-title").startsWith("Segment " + from + " "));
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            b.wait.until(d -> b.caretInTarget());
            String title = b.text("editor-title");
            int number = Integer.parseInt(title.replaceAll("^\\D*(\\d+).*$", "$1"));
            WebElement target = b.driver.switchTo().activeElement();
            target.sendKeys("Sentence " + number + ".");
            // from the key as the page receives it: WebDriver's own command time is not the app's
            b.driver.executeScript("""
                    if (!window.__keyProbe) { window.__keyProbe = true;
                      document.addEventListener('keydown', e => { if (e.key === 'Enter' && e.ctrlKey) window.__t0 = performance.now(); }, true); }
                    window.__t0 = undefined;""");
            target.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            Object ms = b.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1], next = 'Segment ' + arguments[0];
                    const ready = () => { const t = document.getElementById('editor-title'), a = document.activeElement;
                      return t && t.textContent.startsWith(next) && (t.textContent.length === next.length || !/\\d/.test(t.textContent.charAt(next.length)))
                        && a && a.localName === 'textarea' && a.closest('#editor-target'); };
                    const poll = () => ready() && window.__t0 !== undefined ? done(performance.now() - window.__t0) : requestAnimationFrame(poll);
                    poll();""", number + 1);
            if (i >= 5) {
                times.add(((Number) ms).doubleValue());
            }
        }
        Collections.sort(times);
        return new double[]{times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1)};
    }

    /** Goes to the last segment (Ctrl+G in this build; the "Go to #" field in builds that have it) until the caret is in its target. */
    private static double toLast(Browser b, int last) {
        WebElement input = goToField(b);
        b.driver.executeScript("window.__t0 = performance.now();");
        input.sendKeys(String.valueOf(last), Keys.ENTER);
        Object ms = b.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1], want = 'Segment ' + arguments[0];
                const ready = () => { const t = document.getElementById('editor-title'), a = document.activeElement;
                  return t && t.textContent.startsWith(want) && a && a.localName === 'textarea' && a.closest('#editor-target'); };
                const poll = () => ready() ? done(performance.now() - window.__t0) : requestAnimationFrame(poll);
                poll();""", last);
        return ((Number) ms).doubleValue();
    }

    /** The "go to" field: Ctrl+G in this build, always on screen in builds that have it there. */
    private static WebElement goToField(Browser b) {
        b.wait.until(d -> b.caretInTarget());
        boolean field = b.driver.findElements(By.cssSelector("#jump-to input")).stream().anyMatch(WebElement::isDisplayed);
        if (!field) {
            b.driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "g"));
        }
        WebElement input = b.input("jump-to");
        b.wait.until(d -> input.isDisplayed());
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        return input;
    }

    private static void goTo(Browser b, int segment) {
        goToField(b).sendKeys(String.valueOf(segment), Keys.ENTER);
    }

    private static void importInto(Path jar, Path data, String project, Path... files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "import", "--project", project));
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

    /**
     * Taken in the page, from the start of navigation to the first frame in which a source sentence
     * is in the list: a script Chromium runs in every new document looks once per frame. (Polling
     * from WebDriver instead adds its own 0.5 s steps and round trips to the figure.)
     */
    private static final String FIRST_ROWS_PROBE = """
            if (location.pathname.includes('/documents/')) {
              const look = () => [...document.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.startsWith('Предложение номер '))
                ? window.__firstRows = performance.now() : requestAnimationFrame(look);
              requestAnimationFrame(look);
            }""";

    private static double open(Browser b, RunningApp app, long documentId) {
        b.driver.get(app.url("documents/" + documentId));
        b.wait.until(d -> b.driver.executeScript("return window.__firstRows !== undefined"));
        return ((Number) b.driver.executeScript("return window.__firstRows")).doubleValue();
    }
}
