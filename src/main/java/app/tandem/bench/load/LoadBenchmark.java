package app.tandem.bench.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench load}: N simulated translators on one server, each in a browser session of its
 * own through the UI protocol ({@link UiSession}) — sign in, open a document nobody else in the
 * run has, then (as the page does) ask for the rows coming into view and say when the caret is in
 * place, and type the active target (a pause half-way, where the editor sends what is typed so
 * far) and press Ctrl+Enter, every {@code pace} seconds, until the time is up. Ctrl+Enter's time is
 * from the message sent to its answer received; a confirmation counts only if its answer shows the
 * typed English in the document (the row redrawn), anything else is an error. Heap per open
 * workbench is the server's heap after a full collection ({@code /admin/load}, admins) at the end
 * minus before the sign-ins, over N.
 */
public final class LoadBenchmark {
    /** Ids tried in turn for documents; this many misses in a row end the search. */
    private static final int MISSES_TO_GIVE_UP = 200;

    public record Settings(URI url, String user, String password, int translators, int seconds, double paceMin, double paceMax) {
    }

    public record Result(int translators, int confirms, int errors, double p50, double p95, Double heapPerSessionMiB,
                         double harnessCpuShare, Double serverCpuShare, double[] signIn, double[] open, double[] steady,
                         List<String> errorSamples) {
        public String line() {
            return String.format(java.util.Locale.ROOT, "translators %d, confirms %d, errors %d, Ctrl+Enter p50 %.0f ms p95 %.0f ms, heap per session %s MiB",
                    translators, confirms, errors, p50, p95, heapPerSessionMiB == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", heapPerSessionMiB));
        }
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger nextDocumentId = new AtomicInteger(1);
    private final ConcurrentLinkedQueue<Long> confirmNanos = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> openNanos = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> signInNanos = new ConcurrentLinkedQueue<>();
    /** Ctrl+Enter's times once every translator had a workbench open: the steady state, without the arrivals. */
    private final ConcurrentLinkedQueue<Long> steadyNanos = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errorCount = new AtomicInteger();

    public Result run(Settings s, PrintStream progress) throws IOException, InterruptedException {
        URI base = s.url().toString().endsWith("/") ? s.url() : URI.create(s.url() + "/");
        UiSession monitor = new UiSession(http, base);
        if (!monitor.signIn(s.user(), s.password())) {
            throw new IllegalArgumentException(s.user() + " could not sign in at " + base + " (wrong name or password?)");
        }
        // the monitor opens a workbench first, so that caches every workbench shares are warm before the heap is measured
        monitor.init();
        int warmDocument = nextDocumentId.get();
        if (openSomeDocument(monitor, new Viewport()).isEmpty()) {
            throw new IllegalArgumentException(s.user() + " sees no document at " + base + " (ids from 1 up)");
        }
        nextDocumentId.set(warmDocument);
        Optional<JsonNode> before = monitor.getJson("admin/load");
        if (before.isEmpty()) {
            progress.println("heap per session: n/a (" + s.user() + " may not read /admin/load: an admin's figure)");
        }
        long harnessCpuStart = processCpuNanos();
        long wallStart = System.nanoTime();
        long deadline = wallStart + s.seconds() * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        CountDownLatch opened = new CountDownLatch(s.translators());
        AtomicInteger confirms = new AtomicInteger();
        for (int i = 0; i < s.translators(); i++) {
            int number = i + 1;
            Thread t = new Thread(() -> translator(number, base, s, deadline, opened, confirms), "translator-" + number);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000 + 120_000));
        }
        long wall = System.nanoTime() - wallStart;
        double harnessShare = (processCpuNanos() - harnessCpuStart) / (double) wall / Runtime.getRuntime().availableProcessors();
        Optional<JsonNode> after = before.isPresent() ? monitor.getJson("admin/load") : Optional.empty();
        Double heapPerSession = null;
        Double serverShare = null;
        if (before.isPresent() && after.isPresent()) {
            heapPerSession = (after.get().path("heapUsedAfterGc").asDouble() - before.get().path("heapUsedAfterGc").asDouble())
                    / s.translators() / (1024.0 * 1024.0);
            double cpu = after.get().path("processCpuNanos").asDouble() - before.get().path("processCpuNanos").asDouble();
            serverShare = cpu / wall / after.get().path("cores").asInt(1);
        }
        signOutAll();
        monitor.signOut();
        double[] ms = sortedMillis(confirmNanos);
        return new Result(s.translators(), confirms.get(), errorCount.get(), percentile(ms, 0.50), percentile(ms, 0.95), heapPerSession,
                harnessShare, serverShare, p50p95(signInNanos), p50p95(openNanos), p50p95(steadyNanos), List.copyOf(errors));
    }

    private final ConcurrentLinkedQueue<UiSession> sessions = new ConcurrentLinkedQueue<>();

    private void translator(int number, URI base, Settings s, long deadline, CountDownLatch opened, AtomicInteger confirms) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        UiSession tab = new UiSession(http, base);
        Viewport viewport = new Viewport();
        int editor;
        try {
            // sign-ins spread over the first pace interval (at most ten a second), as people arrive
            Thread.sleep((long) (random.nextDouble() * Math.max(s.paceMin(), s.translators() / 10.0) * 1000));
            long signInStart = System.nanoTime();
            if (!tab.signIn(s.user(), s.password())) {
                error("translator " + number + ": sign-in refused");
                return;
            }
            signInNanos.add(System.nanoTime() - signInStart);
            long openStart = System.nanoTime();
            sessions.add(tab);
            tab.init();
            Optional<Integer> found = openSomeDocument(tab, viewport);
            if (found.isEmpty()) {
                error("translator " + number + ": no document left to open (one per translator is needed)");
                return;
            }
            editor = found.get();
            openNanos.add(System.nanoTime() - openStart);
        } catch (IOException e) {
            error("translator " + number + ": " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            opened.countDown();
        }
        long lastHeartbeat = System.nanoTime();
        int n = 0;
        while (true) {
            long pause = (long) ((s.paceMin() + random.nextDouble() * (s.paceMax() - s.paceMin())) * 1000);
            if (System.nanoTime() + pause * 1_000_000L > deadline) {
                break;
            }
            n++;
            String text = "Load test translation " + number + "." + n + " of the active segment.";
            try {
                Thread.sleep(pause / 2);
                // the editor sends what is typed when the typist pauses
                tab.send(UiSession.typed(editor, "value", text.substring(0, text.length() / 2)));
                Thread.sleep(pause - pause / 2);
                List<com.fasterxml.jackson.databind.node.ObjectNode> rpc = new ArrayList<>(UiSession.typed(editor, "value", text));
                rpc.add(UiSession.event(editor, "tandem-confirm", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
                UiSession.Answer answer = tab.send(rpc);
                if (answer.showsOutside(editor, text)) {
                    confirmNanos.add(answer.nanos());
                    if (opened.getCount() == 0) {
                        steadyNanos.add(answer.nanos());
                    }
                    confirms.incrementAndGet();
                } else {
                    error("translator " + number + ": confirmation " + n + " not shown as saved: " + abbreviate(answer.raw()));
                }
                editor = answer.nodeWithTag(UiSession.EDITOR_TAG).orElse(editor);
                viewport.follow(tab, answer);
                settled(tab, editor);
                if (System.nanoTime() - lastHeartbeat > 240_000_000_000L) {
                    tab.heartbeat();
                    lastHeartbeat = System.nanoTime();
                }
            } catch (IOException e) {
                error("translator " + number + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Navigates to the next document id that opens a workbench with an editor; its editor's node. */
    private Optional<Integer> openSomeDocument(UiSession tab, Viewport viewport) throws IOException, InterruptedException {
        for (int misses = 0; misses < MISSES_TO_GIVE_UP; misses++) {
            int id = nextDocumentId.getAndIncrement();
            UiSession.Answer answer = tab.navigate("documents/" + id);
            Optional<Integer> editor = answer.nodeWithTag(UiSession.EDITOR_TAG);
            if (editor.isPresent()) {
                viewport.follow(tab, answer);
                settled(tab, editor.get());
                return editor;
            }
        }
        return Optional.empty();
    }

    /** What the page says once the caret is in the next target: the side panel is filled then. */
    private static void settled(UiSession tab, int editor) throws IOException, InterruptedException {
        tab.send(List.of(UiSession.event(editor, "tandem-settled", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode())));
    }

    /**
     * The rows a browser's grid holds: when the active row leaves them, it asks for the page
     * around it as the grid does on scrolling (only rows it holds are redrawn when they change).
     */
    static final class Viewport {
        static final int PAGE = 50;
        private int first = -1;

        void follow(UiSession tab, UiSession.Answer answer) throws IOException, InterruptedException {
            Optional<int[]> active = answer.activeRow();
            if (active.isEmpty()) {
                return;
            }
            int index = active.get()[0];
            if (first < 0 || index < first || index >= first + PAGE - 10) {
                first = Math.max(0, index - 5);
                tab.send(List.of(UiSession.viewportRange(active.get()[1], first, PAGE)));
            }
        }
    }

    private void signOutAll() {
        for (UiSession tab : sessions) {
            try {
                tab.signOut();
            } catch (IOException e) {
                // its session ends by its own timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void error(String message) {
        errorCount.incrementAndGet();
        if (errors.size() < 20) {
            errors.add(message);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static double[] sortedMillis(java.util.Collection<Long> nanos) {
        return nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
    }

    /** {p50, p95, count} in ms. */
    private static double[] p50p95(java.util.Collection<Long> nanos) {
        double[] ms = sortedMillis(nanos);
        return new double[]{percentile(ms, 0.50), percentile(ms, 0.95), ms.length};
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
