package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser benchmark (not part of the test run): where Ctrl+Enter's time goes in the page, at
 * 1366×768 in headless Chromium, for each jar in {@code bench.jars} — from the key to the UIDL
 * request leaving, the request's round trip (the browser's resource timing), the client applying
 * the answer, and the frames until the caret is in the next target:
 * <pre>
 * ./mvnw -o -B failsafe:integration-test -Dit.test=CtrlEnterTimelineBenchmark -Dbench.jars=target/tandem.jar,OTHER.jar [-Dbench.segments=10000]
 * </pre>
 */
class CtrlEnterTimelineBenchmark {
    @TempDir
    Path tmp;

    private static final String PROBE = """
            window.__marks = {};
            const send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.send = function (body) {
              if (typeof body === 'string' && body.includes('tandem-confirm')) {
                const m = window.__marks;
                m.sent = performance.now();
                this.addEventListener('load', () => { m.applied = performance.now(); });
              }
              return send.call(this, body);
            };
            document.addEventListener('keydown', e => { if (e.key === 'Enter' && e.ctrlKey) window.__marks = { key: performance.now() }; }, true);
            """;

    @Test
    void whereCtrlEnterSpendsItsTime() throws Exception {
        int segments = Integer.getInteger("bench.segments", 100);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= segments; i++) {
            sb.append("Предложение номер ").append(i).append(" о внешней политике Советской России в 1920 году.").append(i % 5 == 0 ? "\n\n" : " ");
        }
        Path small = Files.writeString(tmp.resolve("small.txt"), sb);
        for (String jarName : System.getProperty("bench.jars", "target/tandem.jar").split(",")) {
            Path jar = Path.of(jarName.strip());
            Path data = tmp.resolve("data-" + Math.abs(jarName.hashCode()));
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "import",
                    "--project", "Plain", small.toString(), "--tandem.data-dir=" + data).inheritIO().start();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            try (RunningApp app = new RunningApp(jar, data); Browser b = new Browser(tmp.resolve("profile-" + Math.abs(jarName.hashCode())), 1366, 768)) {
                b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
                b.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
                b.driver.get(app.url("documents/1"));
                List<double[]> rows = new ArrayList<>();
                for (int i = 0; i < 45; i++) {
                    b.wait.until(d -> b.caretInTarget());
                    String title = b.text("editor-title");
                    int number = Integer.parseInt(title.replaceAll("^\\D*(\\d+).*$", "$1"));
                    WebElement target = b.driver.switchTo().activeElement();
                    target.sendKeys("Sentence " + number + ".");
                    target.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
                    @SuppressWarnings("unchecked")
                    List<Number> t = (List<Number>) b.driver.executeAsyncScript("""
                            const done = arguments[arguments.length - 1], next = 'Segment ' + arguments[0];
                            const ready = () => { const t = document.getElementById('editor-title'), a = document.activeElement;
                              return t && t.textContent.startsWith(next) && (t.textContent.length === next.length || !/\\d/.test(t.textContent.charAt(next.length)))
                                && a && a.localName === 'textarea' && a.closest('#editor-target'); };
                            const poll = () => {
                              if (!ready()) { requestAnimationFrame(poll); return; }
                              const m = window.__marks, caret = performance.now();
                              const r = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl') && e.startTime >= m.sent - 1)[0];
                              done([m.key, m.sent, r ? r.responseStart : NaN, r ? r.responseEnd : NaN, m.applied, caret]);
                            };
                            poll();""", number + 1);
                    if (i >= 5) {
                        double key = t.get(0).doubleValue();
                        rows.add(new double[]{t.get(1).doubleValue() - key, t.get(2).doubleValue() - t.get(1).doubleValue(),
                                t.get(3).doubleValue() - t.get(2).doubleValue(), t.get(4).doubleValue() - t.get(3).doubleValue(),
                                t.get(5).doubleValue() - t.get(4).doubleValue(), t.get(5).doubleValue() - key});
                    }
                    b.driver.executeScript("performance.clearResourceTimings();");
                }
                String[] names = {"key to request", "request to first byte", "answer transfer", "answer applied", "applied to caret", "key to caret"};
                StringBuilder line = new StringBuilder("BENCH " + jarName + " Ctrl+Enter medians:");
                for (int c = 0; c < names.length; c++) {
                    int col = c;
                    double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
                    line.append(String.format(Locale.ROOT, " %s %.1f ms (p95 %.1f);", names[c], v[v.length / 2], v[(int) Math.ceil(v.length * 0.95) - 1]));
                }
                System.out.println(line);
            }
        }
    }
}
