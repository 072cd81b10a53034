package app.tandem.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Headless Debian Chromium driven through Debian's chromedriver; nothing is downloaded. */
final class Browser implements AutoCloseable {
    final ChromeDriver driver;
    final WebDriverWait wait;

    Browser(Path profileDir) {
        this(profileDir, 1400, 1400);
    }

    Browser(Path profileDir, int width, int height) {
        this(profileDir, width, height, "en-US");
    }

    /** A browser whose interface and Accept-Language are {@code language} (e.g. "ru" for a Russian user's browser). */
    Browser(Path profileDir, int width, int height, String language) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=" + language, "--user-data-dir=" + profileDir.toAbsolutePath());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // grids re-render rows when pushed changes arrive; a stale row is simply read again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Signs in through Vaadin's login form. */
    void login(RunningApp app, String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(app.url("login"));
        wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(user);
        WebElement pw = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pw.sendKeys(password);
        pw.sendKeys(org.openqa.selenium.Keys.ENTER);
        try {
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
            wait.until(d -> !d.findElements(By.id("current-user")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            // what the browser and the server saw, for a sign-in that never completed
            try {
                screenshot("sign-in-timeout-" + System.currentTimeMillis());
                System.err.println("sign-in timed out at " + driver.getCurrentUrl() + "; app log:\n"
                        + String.join("\n", Files.readAllLines(app.logFile()).stream()
                        .filter(l -> !l.contains("DEBUG")).skip(Math.max(0, Files.readAllLines(app.logFile()).size() - 60)).toList()));
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    /**
     * Scrolls the element into view first: the editor pushes buttons below the fold on small windows.
     * A click that lands on something else is tried again, as a person clicks again: notification
     * cards slide in and restack as others close, so a button in one can move under the pointer.
     */
    void click(String id) {
        wait.until(d -> {
            WebElement e = byId(id);
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
            try {
                e.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                return false;
            }
        });
    }

    WebElement byId(String id) {
        try {
            return wait.until(d -> {
                List<WebElement> found = d.findElements(By.id(id));
                return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // what the page showed instead, for the report
            try {
                screenshot("missing-" + id + "-" + System.currentTimeMillis());
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    /** The native input or textarea inside a Vaadin field. */
    WebElement input(String fieldId) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Opens a document and waits until the editor shows its first segment. */
    void openDocument(RunningApp app, long documentId) {
        driver.get(app.url("documents/" + documentId));
        wait.until(d -> !text("editor-source").isBlank());
    }

    /** Ctrl+G, the segment number, Enter: the editor moves there. */
    void goTo(int segmentNumber) {
        WebElement target = input("editor-target");
        target.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "g"));
        WebElement field = input("jump-to");
        field.sendKeys(String.valueOf(segmentNumber), org.openqa.selenium.Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#jump-to input")).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Opens a menu of the document header and clicks one of its items (two clicks, as a user does). */
    void menu(String rootId, String itemId) {
        click(rootId);
        click(itemId);
    }

    /** True when the focused element is the active segment's target text. */
    boolean caretInTarget() {
        return Boolean.TRUE.equals(driver.executeScript(
                "const a = document.activeElement; return !!a && a.localName === 'textarea' && !!a.closest('#editor-target');"));
    }

    /** Text of a plain element, e.g. the editor's source sentence (a div with marked terms). */
    String text(String id) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return found.isEmpty() ? null : found.get(0).getDomProperty("textContent");
        });
    }

    /**
     * Selects characters [start, end) of the editor's source as a mouse drag would, and waits until
     * the page has remembered the selection (it listens to selectionchange).
     */
    void selectInSource(int start, int end) {
        WebElement source = byId("editor-source");
        driver.executeScript("""
                const el = arguments[0], start = arguments[1], end = arguments[2];
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                const at = (offset) => { let seen = 0, n;
                    while ((n = walker.nextNode())) { if (offset <= seen + n.length) return [n, offset - seen]; seen += n.length; }
                    return [el, el.childNodes.length]; };
                const [sn, so] = at(start); walker.currentNode = el; const [en, eo] = at(end);
                const r = document.createRange(); r.setStart(sn, so); r.setEnd(en, eo);
                el.focus(); const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);""", source, start, end);
        wait.until(d -> Long.valueOf(end).equals(driver.executeScript("return arguments[0].__sel ? arguments[0].__sel.end : null", source)));
    }

    String value(String fieldId) {
        return input(fieldId).getDomProperty("value");
    }

    /** Texts of a grid's cells; empty while the grid is re-rendering (the waits then simply look again). */
    List<String> cellTexts(String gridId) {
        try {
            return driver.findElement(By.id(gridId)).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
            return List.of();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return List.of();
            }
            throw e;
        }
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
