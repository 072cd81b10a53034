package app.tandem.ui;

import app.tandem.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user with a Russian browser walks every view and the main dialogs at 1366×768: no English
 * interface word may show (words of the documents, names, file names and the like are content,
 * read from the database before the walk), and no page or grid may scroll sideways. The same
 * reading of the English sign-in page must find English, or the check proves nothing.
 */
class RussianInterfaceBrowserIT {
    /** Every text a person sees or hears: visible text nodes (through shadow roots) and labels read out. */
    static final String VISIBLE_TEXT = """
            const out = [];
            const shown = (el) => {
              if (!el || !el.getClientRects || el.getClientRects().length === 0) return false;
              const cs = getComputedStyle(el);
              return cs.visibility !== 'hidden' && cs.display !== 'none';
            };
            const walk = (root) => {
              const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
              let n;
              while ((n = w.nextNode())) {
                if (n.nodeType === 3) {
                  const p = n.parentElement;
                  // text the page declares English (the edition, the targets) is the document, not the interface
                  const lang = p && p.closest('[lang]');
                  const english = lang && lang !== document.documentElement && lang.getAttribute('lang').startsWith('en');
                  // literal paths and headers are the same in every language
                  if (p && p.closest('code')) continue;
                  if (p && !english && n.textContent.trim() && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(p.tagName) && shown(p)) out.push(n.textContent.trim());
                } else {
                  if (n.shadowRoot) walk(n.shadowRoot);
                  for (const a of ['placeholder', 'title', 'aria-label']) {
                    const v = n.getAttribute(a);
                    if (v && shown(n)) out.push(v);
                  }
                }
              }
            };
            walk(document.body);
            return out;""";
    /** Names, formats and keys that are the same in a Russian interface. */
    private static final Set<String> ALLOWED = Set.of("tandem", "tmx", "xliff", "docx", "pdf", "csv", "tsv", "tbx", "qa", "mqm", "api",
            "rest", "utf", "windows", "en", "us", "gb", "ru", "alt", "ctrl", "shift", "enter", "esc", "tab", "insert", "ok", "id",
            "word", "omegat", "bearer", "iso", "ala", "lc", "bgn", "pcgn", "bs", "gost", "icao", "mosmetro", "wikipedia", "txt");
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\d_])[A-Za-z][A-Za-z’']*[A-Za-z](?![\\p{L}\\d_])");
    @TempDir
    Path tmp;

    @Test
    void everyViewInRussianHasNoEnglishInterfaceWordAndNoSidewaysScroll() throws Exception {
        Path data = tmp.resolve("data");
        // the first start loads the demo project (five seed articles, the starter glossary)
        new RunningApp(data).close();
        Set<String> content = new TreeSet<>();
        long projectId;
        long documentId;
        int withYear;
        {
            TestDatabase db = TestDatabase.ofAppData(data);
            for (String q : List.of("SELECT source_text FROM segment", "SELECT target_text FROM segment WHERE target_text IS NOT NULL",
                    "SELECT text FROM block", "SELECT title FROM document", "SELECT file_name FROM document", "SELECT name FROM project",
                    "SELECT username FROM app_user", "SELECT russian || ' ' || english || ' ' || COALESCE(alternatives, '') || ' ' || COALESCE(forbidden, '') || ' '"
                            + " || COALESCE(note, '') || ' ' || COALESCE(domain, '') || ' ' || COALESCE(part_of_speech, '') FROM glossary_entry",
                    "SELECT name FROM glossary")) {
                db.jdbc.sql(q).query(String.class).list().forEach(t -> words(t).forEach(content::add));
            }
            projectId = db.jdbc.sql("SELECT MIN(id) FROM project").query(Long.class).single();
            documentId = db.jdbc.sql("SELECT MIN(id) FROM document WHERE project_id = ?").param(projectId).query(Long.class).single();
            // a sentence with a year ending in a full stop: the English typed into it below draws findings of several kinds
            withYear = 1 + db.jdbc.sql("SELECT MIN(position) FROM segment WHERE document_id = ? AND REGEXP_LIKE(source_text, '[0-9]{4}[^0-9]*[.]$')")
                    .param(documentId).query(Integer.class).single();
            db.jdbc.sql("UPDATE document SET translator = 'admin', reviewer = 'admin', due_date = ? WHERE id = ?")
                    .params(java.sql.Date.valueOf(LocalDate.now().minusDays(3)), documentId).update();
            long segment = db.jdbc.sql("SELECT MIN(id) FROM segment WHERE document_id = ?").param(documentId).query(Long.class).single();
            db.jdbc.sql("INSERT INTO lqa_issue(document_id, segment_id, category, severity, note, created_by, created_at) "
                    + "VALUES (?, ?, 'terminology', 'major', 'термин из глоссария', 'admin', CURRENT_TIMESTAMP)").params(documentId, segment).update();
            db.jdbc.sql("INSERT INTO person_name(project_id, person_key, russian, english, status, created_by, created_at) "
                    + "VALUES (?, 'чичерин г в', 'Г.В. Чичерин', 'G.V. Chicherin', 'PROPOSED', 'admin', CURRENT_TIMESTAMP)").param(projectId).update();
            content.addAll(List.of("Chicherin", "G.V"));
        }

        try (RunningApp app = new RunningApp(data)) {
            try (Browser english = new Browser(tmp.resolve("profile-en"), 1366, 768, "en-US")) {
                english.driver.get(app.url("login"));
                english.wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
                assertThat(englishWords(english, content)).as("the check reads English where there is English")
                        .contains("Username", "Password");
            }
            Map<String, Set<String>> found = new LinkedHashMap<>();
            Map<String, String> sideways = new LinkedHashMap<>();
            try (Browser b = new Browser(tmp.resolve("profile-ru"), 1366, 768, "ru")) {
                b.driver.get(app.url("login"));
                b.wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
                look(b, "login", content, found, sideways);
                b.login(app, "admin", RunningApp.ADMIN_PASSWORD);

                visit(b, app, "", "projects-grid", "projects", content, found, sideways);
                visit(b, app, "projects/" + projectId, "documents-grid", "project", content, found, sideways);
                // an import's notification (blocks, segments, what the import steps filled) is Russian too
                java.nio.file.Path article = java.nio.file.Files.writeString(tmp.resolve("statya.txt"),
                        "Аннотация: Статья о Рапалльском договоре.\n\nНарком Г.В. Чичерин подписал договор в Рапалло [5, с. 645].\n");
                org.openqa.selenium.WebElement upload = b.driver.findElement(By.id("import-upload"));
                org.openqa.selenium.WebElement input = (org.openqa.selenium.WebElement) b.driver.executeScript(
                        "return arguments[0].shadowRoot.querySelector('input[type=file]') || arguments[0].querySelector('input[type=file]')", upload);
                input.sendKeys(article.toAbsolutePath().toString());
                b.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream().anyMatch(c -> c.getText().contains("statya.txt")));
                content.add("statya");
                look(b, "project after an import", content, found, sideways);
                b.screenshot("ru-import-notification-1366");
                b.click("assign-" + documentId);
                b.click("assign-due");
                b.wait.until(d -> !d.findElements(By.cssSelector("vaadin-date-picker-overlay")).isEmpty());
                look(b, "assignment dialog with its calendar", content, found, sideways);
                b.screenshot("ru-assignment-1366");
                b.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                b.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                visit(b, app, "projects/" + projectId + "/glossary", "glossary-grid", "glossary", content, found, sideways);
                visit(b, app, "projects/" + projectId + "/memory", null, "memory", content, found, sideways);
                visit(b, app, "projects/" + projectId + "/names", "names-grid", "names", content, found, sideways);
                visit(b, app, "projects/" + projectId + "/analysis", "analysis-grid", "analysis", content, found, sideways);
                visit(b, app, "my-work", "my-work-grid", "my work", content, found, sideways);
                visit(b, app, "users", null, "users", content, found, sideways);
                visit(b, app, "tokens", null, "tokens", content, found, sideways);
                visit(b, app, "documents/" + documentId + "/edition", null, "edition preview", content, found, sideways);

                b.openDocument(app, documentId);
                Thread.sleep(1500);
                look(b, "workbench", content, found, sideways);
                b.screenshot("ru-workbench-1366");
                Number titleWidth = (Number) b.driver.executeScript("return document.getElementById('document-title').getBoundingClientRect().width");
                assertThat(titleWidth.doubleValue()).as("the document title's width in the Russian header at 1366").isGreaterThan(150);
                // findings of several kinds (numbers, final punctuation, a repeated word, spelling): the interface's
                // part of each is Russian, LanguageTool's explanation is marked English
                b.goTo(withYear);
                b.wait.until(d -> b.text("editor-title").startsWith("Сегмент " + withYear));
                b.wait.until(d -> b.caretInTarget());
                org.openqa.selenium.WebElement target = b.input("editor-target");
                target.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "The the treaty was signned in 2999");
                content.addAll(List.of("The", "the", "treaty", "was", "signned", "in"));
                target.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
                b.wait.until(d -> !b.text("editor-title").startsWith("Сегмент " + withYear + " "));
                b.goTo(withYear);
                b.wait.until(d -> b.text("editor-title").startsWith("Сегмент " + withYear + " "));
                b.wait.until(d -> {
                    String panel = b.text("qa-findings");
                    return panel.contains("2999") && panel.contains("signned") && panel.contains("«the»");
                });
                look(b, "workbench with findings", content, found, sideways);
                b.screenshot("ru-workbench-findings-1366");
                b.menu("menu-review", "qa-panel-open");
                b.wait.until(d -> !b.cellTexts("qa-grid").isEmpty());
                Thread.sleep(500);
                look(b, "findings dialog", content, found, sideways);
                b.screenshot("ru-findings-dialog-1366");
                // the findings as a spreadsheet, in the interface's language too
                String csv = (String) b.driver.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(document.getElementById('qa-csv').href).then(r => r.text()).then(done, e => done('failed: ' + e));""");
                // (the browser's text() drops the byte order mark the file begins with)
                assertThat(csv.replace("\uFEFF", "")).startsWith("Сегмент,Важность,Проверка,Сообщение,Не ошибка").contains("Ошибка,Числа,").contains("2999")
                        .doesNotContain("number-mismatch", "ERROR", "is missing from the target");
                b.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                // the same at 1920×1080
                b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
                Thread.sleep(700);
                look(b, "workbench with findings at 1920", content, found, sideways);
                b.screenshot("ru-workbench-findings-1920");
                b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
                Thread.sleep(700);
                b.menu("menu-review", "scorecard-open");
                b.byId("scorecard-penalty");
                look(b, "scorecard", content, found, sideways);
                b.screenshot("ru-scorecard-1366");
                b.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                b.input("editor-target").sendKeys(Keys.F1);
                b.byId("shortcuts-grid");
                look(b, "keyboard shortcuts", content, found, sideways);
            }
            assertThat(found).as("English interface words by view").isEmpty();
            assertThat(sideways).as("views scrolling sideways at 1366×768").isEmpty();
            assertThat(cut).as("short labels and numbers cut off at 1366×768, by view").isEmpty();
            assertThat(plurals).as("counts whose noun disagrees with the number, by view").isEmpty();
        }
    }

    private static void visit(Browser b, RunningApp app, String path, String waitFor, String view, Set<String> content,
                              Map<String, Set<String>> found, Map<String, String> sideways) throws Exception {
        b.driver.get(app.url(path));
        b.wait.until(d -> !d.findElements(By.id("current-user")).isEmpty());
        if (waitFor != null) {
            b.wait.until(d -> !b.cellTexts(waitFor).isEmpty());
        }
        Thread.sleep(500);
        look(b, view, content, found, sideways);
        b.screenshot("ru-" + view.replace(' ', '-') + "-1366");
    }

    private static final Map<String, String> cut = new LinkedHashMap<>();
    private static final Map<String, String> plurals = new LinkedHashMap<>();

    /**
     * Text cut off with an ellipsis: a short label or number never; a long text (a title) only with
     * the whole of it in a tooltip.
     */
    static final String CUT_OFF = """
            const out = [];
            const walk = (root) => {
              for (const el of root.querySelectorAll('*')) {
                if (el.shadowRoot) walk(el.shadowRoot);
                if (!el.getClientRects().length) continue;
                const cs = getComputedStyle(el);
                if (cs.textOverflow !== 'ellipsis' || cs.visibility === 'hidden') continue;
                if (el.scrollWidth <= el.clientWidth + 1) continue;
                const text = (el.innerText || el.textContent || '').trim();
                if (!text) continue;
                const tip = el.closest('[title]');
                const told = tip && tip.getAttribute('title').includes(text.slice(0, 15));
                if (text.length < 30 || !told) out.push(text.slice(0, 40));
              }
            };
            walk(document.body);
            return out;""";

    /** Russian counts: one (1, 21…), few (2–4, 22–24…), many (5–20, 25…), by CLDR's rules. */
    private static final Pattern COUNTED = Pattern.compile("(?<![\\d,.])(\\d+)\\s+(термин|сегмент|документ|замечани|повтор)(\\p{L}*)");

    static List<String> wrongPlurals(List<String> texts) {
        List<String> out = new ArrayList<>();
        Map<String, String[]> forms = Map.of("термин", new String[]{"", "а", "ов"}, "сегмент", new String[]{"", "а", "ов"},
                "документ", new String[]{"", "а", "ов"}, "замечани", new String[]{"е", "я", "й"}, "повтор", new String[]{"", "а", "ов"});
        for (String t : texts) {
            Matcher m = COUNTED.matcher(t);
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                int form = n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2;
                String ending = m.group(3);
                String[] want = forms.get(m.group(2));
                // an oblique case ("из 5 сегментов", "1 сегменте") is not judged; only the nominative forms are
                boolean nominative = java.util.Arrays.asList(want).contains(ending);
                if (nominative && !ending.equals(want[form])) {
                    out.add(m.group());
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void look(Browser b, String view, Set<String> content, Map<String, Set<String>> found, Map<String, String> sideways) {
        List<String> cutOff = (List<String>) b.driver.executeScript(CUT_OFF);
        if (!cutOff.isEmpty()) {
            cut.put(view, String.join(" | ", cutOff));
        }
        List<String> wrong = wrongPlurals((List<String>) b.driver.executeScript(VISIBLE_TEXT));
        if (!wrong.isEmpty()) {
            plurals.put(view, String.join(" | ", wrong));
        }
        Set<String> english = englishWords(b, content);
        if (!english.isEmpty()) {
            found.put(view, english);
        }
        Object wide = b.driver.executeScript("""
                const out = [];
                if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) out.push('page');
                for (const g of document.querySelectorAll('vaadin-grid')) {
                  const t = g.shadowRoot && g.shadowRoot.querySelector('#table');
                  if (t && g.getClientRects().length && t.scrollWidth > t.clientWidth + 1) out.push(g.id || 'grid');
                }
                return out.join(',');""");
        if (!String.valueOf(wide).isEmpty()) {
            sideways.put(view, String.valueOf(wide));
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> englishWords(Browser b, Set<String> content) {
        Set<String> out = new TreeSet<>();
        for (String text : (List<String>) b.driver.executeScript(VISIBLE_TEXT)) {
            for (String w : words(text)) {
                if (!ALLOWED.contains(w.toLowerCase(Locale.ROOT)) && !content.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
