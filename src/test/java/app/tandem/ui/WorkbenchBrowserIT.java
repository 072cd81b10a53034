package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench as a translator sees it on a laptop and on a desktop monitor: the page does not
 * scroll, the active sentence is edited among its neighbours, and the English of its glossary
 * terms is in view.
 */
class WorkbenchBrowserIT {
    @TempDir
    Path tmp;

    /** Seed 002, the third article imported. */
    static final long SEED_002 = 3;

    /**
     * Source sentences whose whole cell is visible: inside the window and inside the list's
     * scrolled area (rows the grid keeps rendered above or below it do not count).
     */
    static final String VISIBLE_SOURCES = """
            const grid = document.getElementById('segments-grid');
            const view = grid.$.table.getBoundingClientRect(), head = grid.$.header.getBoundingClientRect();
            const top = Math.max(0, head.bottom, view.top), bottom = Math.min(window.innerHeight, view.bottom);
            const col = [...grid.querySelectorAll('vaadin-grid-column')].findIndex(c => c.path === undefined && c.header === arguments[0]);
            let n = 0;
            for (const row of grid.$.items.children) {
              if (row.hidden) continue;
              const cell = row.querySelectorAll('[part~="cell"]')[1];
              const content = cell && cell.firstElementChild && cell.firstElementChild.assignedNodes()[0];
              if (!content || !content.textContent.trim()) continue;
              const r = cell.getBoundingClientRect();
              if (r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1) n++;
            }
            return n;""";

    @Test
    void laptopAndMonitorShowTheDocumentAroundTheActiveSentence() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data"))) {
            for (int[] size : new int[][]{{1366, 768}, {1920, 1080}}) {
                try (Browser b = new Browser(tmp.resolve("profile-" + size[0]), size[0], size[1])) {
                    b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
                    b.openDocument(app, SEED_002);
                    b.wait.until(d -> b.caretInTarget());
                    Thread.sleep(1500); // let the list settle around the active row
                    @SuppressWarnings("unchecked")
                    Map<String, Object> page = (Map<String, Object>) b.driver.executeScript(
                            "return {scroll: document.scrollingElement.scrollHeight, inner: window.innerHeight, innerW: window.innerWidth};");
                    long sources = (Long) b.driver.executeScript(VISIBLE_SOURCES, "Russian source");
                    List<WebElement> english = b.driver.findElements(By.cssSelector("#terms-panel .term-row"));
                    long termsInView = english.stream().filter(r -> inViewport(b, r.findElement(By.cssSelector(".term-insert")))).count();
                    System.out.printf("WORKBENCH %dx%d (viewport %sx%s): %d source sentences in view, %d of %d terms' English in view%n",
                            size[0], size[1], page.get("innerW"), page.get("inner"), sources, termsInView, english.size());
                    b.screenshot("workbench-" + size[0] + "x" + size[1]);
                    assertThat((Long) page.get("scroll")).as("the page itself does not scroll").isLessThanOrEqualTo((Long) page.get("inner"));
                    assertThat(sources).as("source sentences in view at %dx%d", size[0], size[1]).isGreaterThanOrEqualTo(size[0] == 1366 ? 8 : 14);
                    assertThat(english).as("the active sentence has glossary terms").isNotEmpty();
                    assertThat(termsInView).as("terms' English in view").isEqualTo(english.size());
                }
            }
        }
    }

    static boolean inViewport(Browser b, WebElement e) {
        return Boolean.TRUE.equals(b.driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;""", e));
    }
}
