package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins are throttled with a message saying so; behind an HTTPS proxy the session cookie is Secure. */
class SignInHardeningIT {
    @TempDir
    Path tmp;

    @Test
    void fiveWrongPasswordsPauseTheAccountAndTheRightOneIsThenRefusedWithTheReason() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data")); Browser b = new Browser(tmp.resolve("profile"), 1366, 768)) {
            for (int i = 0; i < 5; i++) {
                attempt(b, app, "admin", "wrong-password-" + i);
                b.wait.until(d -> d.getCurrentUrl().contains("error"));
            }
            attempt(b, app, "admin", RunningApp.ADMIN_PASSWORD);
            b.wait.until(d -> d.getCurrentUrl().contains("error"));
            String shown = b.wait.until(d -> {
                // the form's error text lives in shadow roots: collect the text of the whole tree
                Object text = b.driver.executeScript("function deep(n) { let t = ''; if (n.shadowRoot) { t += deep(n.shadowRoot); }"
                        + " for (const c of n.childNodes) { t += c.nodeType === 3 ? c.textContent : deep(c); } return t; }"
                        + " return deep(document.body);");
                return text != null && text.toString().contains("Too many failed sign-ins") ? text.toString() : null;
            });
            assertThat(shown).contains("try again in");
            b.screenshot("sign-in-paused");
            assertThat(b.driver.findElements(By.id("current-user"))).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysHttps() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data"))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> direct = http.send(HttpRequest.newBuilder(URI.create(app.url("login"))).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(app.url("login")))
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
            List<String> plain = direct.headers().allValues("Set-Cookie");
            List<String> secure = proxied.headers().allValues("Set-Cookie");
            assertThat(plain).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly").doesNotContain("Secure"));
            assertThat(secure).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly").contains("Secure").contains("SameSite=Lax"));
        }
    }

    /**
     * With the timeout at one minute and heartbeats every 15 s (an open tab), an idle session still
     * ends: heartbeats do not count as use; the first heartbeat after a minute of idleness closes
     * Vaadin's session, and the HTTP session with its sign-in goes too (IdleSessionsEnd).
     */
    @Test
    void anIdleSessionEndsEvenWithTheTabOpen() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data"), "--server.servlet.session.timeout=1m", "--vaadin.heartbeatInterval=15");
             Browser b = new Browser(tmp.resolve("profile"), 1366, 768)) {
            b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            // idle, with the tab open and its heartbeats going
            Thread.sleep(110_000);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("")))
                    .header("Cookie", "JSESSIONID=" + b.driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                    HttpResponse.BodyHandlers.ofString());
            // a live session gets the app's page; an ended one is sent to the login page
            boolean signedOut = r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("login");
            assertThat(signedOut).as("the idle session ended").isTrue();
        }
    }

    private static void attempt(Browser b, RunningApp app, String user, String password) {
        b.driver.get(app.url("login"));
        b.wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        WebElement name = b.driver.findElement(By.cssSelector("#vaadinLoginUsername input"));
        name.clear();
        name.sendKeys(user);
        WebElement pw = b.driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pw.sendKeys(password);
        pw.sendKeys(Keys.ENTER);
    }
}
