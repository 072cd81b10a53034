package app.tandem.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An idle session ends although its tab stays open. Nearly two minutes of waiting with almost nothing
 * to do: it runs beside the other integration tests ({@code CONCURRENT}; the rest run one after another),
 * so the wait costs the build no time.
 */
@Execution(ExecutionMode.CONCURRENT)
class IdleSessionIT {
    @TempDir
    Path tmp;

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

}
