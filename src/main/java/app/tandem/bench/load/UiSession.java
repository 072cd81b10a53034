package app.tandem.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated browser tab speaking Vaadin Flow's own protocol, as the browser's Flow client
 * does: the sign-in form with Spring's CSRF token, {@code ?v-r=init} for a UI, then UIDL messages
 * ({@code ?v-r=uidl}) carrying the UI's security key, the server's sync id and the client's message
 * id; navigation is the router's {@code ui-navigate} event on the root node. Cookies are kept by
 * hand so that hundreds of tabs can share one HTTP client. Server pushes are not subscribed to:
 * what the server would push arrives with the next answer instead.
 */
final class UiSession {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final String EDITOR_TAG = "tandem-target-editor";

    private final HttpClient http;
    private final URI base;
    private String sessionCookie;
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;

    UiSession(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** Signs in through the login page; false if the server did not accept the name and password. */
    boolean signIn(String user, String password) throws IOException, InterruptedException {
        String token = csrfToken("login");
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = r.headers().firstValue("Location").orElse("");
        return r.statusCode() == 302 && !location.contains("error");
    }

    /** Ends the HTTP session (and with it the Vaadin session and its UIs) as the sign-out button does. */
    void signOut() throws IOException, InterruptedException {
        String token = csrfToken("");
        send(HttpRequest.newBuilder(base.resolve("logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token))));
    }

    /** Starts a UI in this session (the first request a page makes after its HTML). */
    void init() throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=&query=")).GET());
        expectOk(r, "v-r=init");
        JsonNode uidl = JSON.readTree(r.body()).path("appConfig").path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asText(null);
        uiId = JSON.readTree(r.body()).path("appConfig").path("v-uiId").asInt();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        if (securityKey == null) {
            throw new IOException("the server's init answer carries no security key (not signed in?)");
        }
    }

    /** The router's navigation to {@code route}; the answer's changes. */
    Answer navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        return send(List.of(event(1, "ui-navigate", data)));
    }

    /** What the grid's connector asks when rows come into view that it has no data for (its {@code $server.setViewportRange}). */
    static ObjectNode viewportRange(int grid, int first, int count) {
        ObjectNode call = NODES.objectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", grid);
        call.put("templateEventMethodName", "setViewportRange");
        ArrayNode args = call.putArray("templateEventMethodArgs");
        args.add(first);
        args.add(count);
        call.put("promise", 0);
        return call;
    }

    /** A property value typed in the browser, announced by the element's change event. */
    static List<ObjectNode> typed(int node, String property, String value) {
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        return List.of(sync, event(node, property + "-changed", NODES.objectNode()));
    }

    static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode e = NODES.objectNode();
        e.put("type", "event");
        e.put("node", node);
        e.put("event", name);
        e.set("data", data);
        return e;
    }

    /** One UIDL message with these calls. */
    Answer send(List<ObjectNode> rpc) throws IOException, InterruptedException {
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", securityKey);
        ArrayNode calls = message.putArray("rpc");
        rpc.forEach(calls::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        long start = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        long nanos = System.nanoTime() - start;
        expectOk(r, "UIDL");
        String body = r.body().startsWith("for(;;);") ? r.body().substring("for(;;);".length()) : r.body();
        JsonNode answer = JSON.readTree(body);
        JsonNode first = answer.isArray() ? answer.path(0) : answer;
        JsonNode meta = first.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError")) {
            throw new IOException("the server ended the UI: " + meta);
        }
        syncId = first.path("syncId").asInt(syncId);
        clientId = first.has("clientId") ? first.path("clientId").asInt() : clientId + 1;
        return new Answer(first, body, nanos);
    }

    /** Keeps the UI alive as an open tab does between messages. */
    void heartbeat() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** An admin page's JSON (with this session's sign-in); empty if refused. */
    Optional<JsonNode> getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
        if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").contains("json")) {
            return Optional.empty();
        }
        return Optional.of(JSON.readTree(r.body()));
    }

    private String csrfToken(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IOException(base.resolve(path) + " has no CSRF token (HTTP " + page.statusCode() + "): is this a Tandem server?");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(TIMEOUT);
        if (sessionCookie != null) {
            request.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String cookie : r.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(cookie);
            if (m.find()) {
                sessionCookie = m.group(1);
            }
        }
        return r;
    }

    private static void expectOk(HttpResponse<String> r, String what) throws IOException {
        if (r.statusCode() != 200) {
            throw new IOException(what + " answered HTTP " + r.statusCode());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The server's answer to one message. */
    record Answer(JsonNode uidl, String raw, long nanos) {
        /** The node of a newly attached element with this tag, if the answer attaches one. */
        Optional<Integer> nodeWithTag(String tag) {
            for (JsonNode c : uidl.path("changes")) {
                if ("tag".equals(c.path("key").asText()) && tag.equals(c.path("value").asText())) {
                    return Optional.of(c.path("node").asInt());
                }
            }
            return Optional.empty();
        }

        /**
         * The active row the workbench scrolls its list to ({@code grid.__activeIndex} in the
         * script it runs on the grid), with the grid's node: [index, node].
         */
        Optional<int[]> activeRow() {
            for (JsonNode call : uidl.path("execute")) {
                JsonNode script = call.get(call.size() - 1);
                if (script != null && script.asText().contains("__activeIndex") && call.size() >= 3 && call.get(0).isNumber()) {
                    return Optional.of(new int[]{call.get(0).asInt(), call.get(1).path(1).asInt()});
                }
            }
            return Optional.empty();
        }

        /** Whether {@code text} reaches the page anywhere but as the value put back into {@code editor}. */
        boolean showsOutside(int editor, String text) {
            for (JsonNode c : uidl.path("changes")) {
                if (c.path("node").asInt() == editor && "value".equals(c.path("key").asText())) {
                    continue;
                }
                if (c.toString().contains(text)) {
                    return true;
                }
            }
            return uidl.path("execute").toString().contains(text);
        }
    }
}
