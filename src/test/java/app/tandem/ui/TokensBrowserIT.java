package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A user makes a personal access token on its page, a script uses it, the user revokes it, the script is refused. */
class TokensBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void aTokenMadeInTheUiWorksForTheApiUntilRevokedThere() throws Exception {
        try (RunningApp app = new RunningApp(tmp.resolve("data")); Browser b = new Browser(tmp.resolve("profile"), 1366, 768)) {
            b.login(app, "admin", RunningApp.ADMIN_PASSWORD);
            b.menu("user-menu-root", "nav-tokens");
            b.input("token-label").sendKeys("nightly export");
            b.click("create-token");
            String token = b.wait.until(d -> {
                String v = b.input("new-token-value").getAttribute("value");
                return v == null || v.isBlank() ? null : v;
            });
            assertThat(token).startsWith("tdm_");
            b.screenshot("tokens-created");
            b.click("new-token-done");
            b.wait.until(d -> b.text("tokens-grid").contains("nightly export"));
            assertThat(b.text("tokens-grid")).contains(token.substring(0, 10)).doesNotContain(token);

            assertThat(projects(app, token)).isEqualTo(200);
            b.driver.navigate().refresh();
            b.wait.until(d -> !d.findElements(By.cssSelector("[id^=revoke-token-]:not([disabled])")).isEmpty());
            b.driver.findElement(By.cssSelector("[id^=revoke-token-]:not([disabled])")).click();
            b.wait.until(d -> b.text("tokens-grid").contains("revoked"));
            b.screenshot("tokens-revoked");
            assertThat(projects(app, token)).isEqualTo(401);
        }
    }

    private static int projects(RunningApp app, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("api/v1/projects")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
