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
