package app.tandem.crash;

import app.tandem.PostgresServer;
import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import app.tandem.ui.RunningApp;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process is killed ({@code kill -9}) or stopped (SIGTERM) in the middle of its work, on the
 * embedded default and on PostgreSQL, and the database is opened again: every acknowledged write is
 * there and nothing of an unfinished transaction is. Rounds per case come from
 * {@code -Dtandem.crash.rounds} (1 in {@code ./mvnw verify}, 20 for the benchmark in BENCHMARKS.md);
 * each case adds one SIGTERM round. The random seed is printed, so a failing round can be replayed
 * with {@code -Dtandem.crash.seed}.
 */
class CrashRecoveryIT {
    private static final int ROUNDS = Integer.getInteger("tandem.crash.rounds", 1);
    private static final long SEED = Long.getLong("tandem.crash.seed", System.nanoTime());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Counts the rounds that lose data instead of failing at the first (to measure another setting, e.g. the previous default). */
    private static final boolean COUNT_ONLY = Boolean.getBoolean("tandem.crash.count-only");

    @TempDir
    Path tmp;

    private final Random random = new Random(SEED);

    /** Where a case's data lives and how a command or the app is pointed at it. */
    private interface Store {
        String[] args();

        JdbcClient jdbc();

        String name();
    }

    /**
     * Options in place of the app's own H2 URL options, to measure another setting against the same
     * rounds (e.g. {@code ;AUTO_SERVER=FALSE;WRITE_DELAY=500}, the previous release's default).
     */
    private static final String H2_OPTIONS = System.getProperty("tandem.crash.h2-options");

    private record H2Store(Path dir) implements Store {
        public String[] args() {
            return H2_OPTIONS == null ? new String[] {"--tandem.data-dir=" + dir}
                    : new String[] {"--tandem.data-dir=" + dir, "--spring.datasource.url=jdbc:h2:file:" + dir + "/tandem" + H2_OPTIONS};
        }

        public JdbcClient jdbc() {
            // opened as the next start opens it: Flyway first, then the reads
            return TestDatabase.ofAppData(dir).jdbc;
        }

        public String name() {
            return "H2";
        }
    }

    private record PostgresStore(String url) implements Store {
        public String[] args() {
            return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=tandem", "--spring.datasource.password="};
        }

        public JdbcClient jdbc() {
            DriverManagerDataSource ds = new DriverManagerDataSource(url, "tandem", "");
            // as the next start opens it: a process killed before its first migration left an empty database
            org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            return JdbcClient.create(ds);
        }

        public String name() {
            return "PostgreSQL";
        }
    }

    private List<java.util.function.Function<String, Store>> stores() {
        List<java.util.function.Function<String, Store>> out = new ArrayList<>();
        out.add(name -> new H2Store(tmp.resolve(name).toAbsolutePath()));
        if (Boolean.getBoolean("tandem.crash.h2-only")) {
            return out;
        }
        PostgresServer.shared().ifPresentOrElse(pg -> out.add(name -> new PostgresStore(pg.newDatabase())),
                () -> System.out.println("CRASH PostgreSQL is not installed (Debian package postgresql): its rounds are left out"));
        return out;
    }

    private enum Stop {
        KILL, TERM
    }

    private List<Stop> plan() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            stops.add(Stop.KILL);
        }
        stops.add(Stop.TERM);
        return stops;
    }

    // ---------------------------------------------------------------- a 3 MB import

    @Test
    void anImportKilledOrStoppedLeavesTheWholeDocumentOrNothing() throws Exception {
        System.out.println("CRASH seed " + SEED);
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, repeated(Files.readString(Path.of("seeds/002_943bfa2c0ced0905.txt")), 3_000_000));
        for (var storeOf : stores()) {
            Store reference = storeOf.apply("import-reference");
            Timed full = timed(reference, "storing", "import", big.toString());
            long fullMillis = full.afterMarkerMillis();
            assertThat(full.exit()).as(full.log()).isZero();
            List<Integer> complete = counts(reference, "document", "block", "segment");
            int round = 0;
            int nothing = 0;
            int whole = 0;
            int half = 0;
            for (Stop stop : plan()) {
                Store store = storeOf.apply("import-" + round++);
                // the document is stored in one transaction after the text is cleaned and split: the kill
                // comes at a random moment after the command says it is storing
                Outcome o = runAndStop(store, stop, "storing", fullMillis, "import", big.toString());
                List<Integer> counts = counts(store, "document", "block", "segment");
                if (COUNT_ONLY && !counts.equals(List.of(0, 0, 0)) && !counts.equals(complete)) {
                    System.out.println("CRASH import " + store.name() + " round " + round + ": half a document, documents/blocks/segments " + counts);
                    half++;
                    continue;
                }
                assertThat(counts).as(store.name() + " round " + round + " (" + stop + " at " + o.stoppedAfterMillis() + " ms), log:\n" + o.log())
                        .isIn(List.of(0, 0, 0), complete);
                if (counts.get(0) == 0) {
                    nothing++;
                } else {
                    whole++;
                }
            }
            System.out.printf("CRASH import %s: %d rounds, %d left nothing, %d the whole document (%d segments), %d half a document; uninterrupted %d ms%n",
                    reference.name(), round, nothing, whole, complete.get(2), half, fullMillis);
        }
    }

    // ---------------------------------------------------------------- update from a large XLIFF

    @Test
    void anUpdateFromALargeXliffKilledOrStoppedAppliesAllOfItOrNothing() throws Exception {
        System.out.println("CRASH seed " + SEED);
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, repeated(Files.readString(Path.of("seeds/004_8dca3b5bb16bd63d.txt")), 1_500_000));
        for (var storeOf : stores()) {
            // one prepared database, copied for each round
            Store base = storeOf.apply("update-base");
            assertThat(command(base, "import", big.toString()).exit()).isZero();
            Path xliff = tmp.resolve("update-" + base.name() + ".xlf");
            TandemCommand.Result exported = command(base, "export", "--document", "big", "--format", "xliff", "--out", xliff.toString());
            assertThat(exported.exit()).as(exported.err()).isZero();
            AtomicInteger filled = new AtomicInteger();
            String xml = Files.readString(xliff);
            StringBuilder out = new StringBuilder();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("</source></segment>").matcher(xml);
            while (m.find()) {
                m.appendReplacement(out, "</source><target>Crash fill " + filled.incrementAndGet() + ".</target></segment>");
            }
            m.appendTail(out);
            Files.writeString(xliff, out);
            int before = countFilled(base);
            Store reference = copyOf(base, storeOf, "update-reference");
            Timed full = timed(reference, "applying", "update", "--document", "big", xliff.toString());
            long fullMillis = full.afterMarkerMillis();
            assertThat(full.exit()).as(full.log()).isZero();
            java.util.regex.Matcher summary = java.util.regex.Pattern.compile("updated (\\d+),").matcher(full.printed());
            assertThat(summary.find()).as(full.log()).isTrue();
            int updated = Integer.parseInt(summary.group(1));
            assertThat(updated).isGreaterThan(filled.get() / 2);
            // what the command reported is what a new process finds
            assertThat(countFilled(reference)).isEqualTo(before + updated);
            int round = 0;
            int nothing = 0;
            int whole = 0;
            for (Stop stop : plan()) {
                Store store = copyOf(base, storeOf, "update-" + round++);
                Outcome o = runAndStop(store, stop, "applying", fullMillis, "update", "--document", "big", xliff.toString());
                int now = countFilled(store);
                assertThat(now).as(store.name() + " round " + round + " (" + stop + " at " + o.stoppedAfterMillis() + " ms), log:\n" + o.log())
                        .isIn(before, before + updated);
                if (o.printed().contains("updated " + updated + ",")) {
                    // the command said so: then it is stored
                    assertThat(now).isEqualTo(before + updated);
                }
                if (now == before) {
                    nothing++;
                } else {
                    whole++;
                }
            }
            System.out.printf("CRASH update %s: %d rounds of %d units, %d applied nothing, %d all; uninterrupted %d ms%n",
                    base.name(), round, updated, nothing, whole, fullMillis);
        }
    }

    // ---------------------------------------------------------------- a new version of a source

    @Test
    void aSourceReplacementKilledOrStoppedReplacesAllOfItOrNothing() throws Exception {
        System.out.println("CRASH seed " + SEED);
        String article = Files.readString(Path.of("seeds/004_8dca3b5bb16bd63d.txt"));
        StringBuilder oldText = new StringBuilder();
        StringBuilder newText = new StringBuilder();
        int parts = 0;
        while (oldText.length() < 300_000) {
            parts++;
            // a unique heading per part lines the versions up; the new version adds a sentence to each part
            oldText.append("Часть ").append(parts).append(".\n\n").append(article).append("\n\n");
            newText.append("Часть ").append(parts).append(".\n\nДополнение автора к части ").append(parts).append(" о переговорах.\n\n")
                    .append(article).append("\n\n");
        }
        Path big = Files.writeString(tmp.resolve("book.txt"), oldText);
        Path v2 = Files.writeString(tmp.resolve("book-v2.txt"), newText);
        for (var storeOf : stores()) {
            Store base = storeOf.apply("replace-base");
            assertThat(command(base, "import", "--project", "Books", big.toString()).exit()).isZero();
            List<Integer> before = counts(base, "segment", "segment_history", "removed_segment");
            int withEnglish = withEnglish(base);
            assertThat(withEnglish).isPositive();
            Store reference = copyOf(base, storeOf, "replace-reference");
            Timed full = timed(reference, "replacing the source", "import", "--project", "Books", "--replace", "book", v2.toString());
            assertThat(full.exit()).as(full.log()).isZero();
            assertThat(full.printed()).contains(parts + " added", "0 removed");
            List<Integer> complete = counts(reference, "segment", "segment_history", "removed_segment");
            assertThat(complete.get(0)).isEqualTo(before.get(0) + parts);
            assertThat(withEnglish(reference)).as("the article's own English stays with its sentences").isEqualTo(withEnglish);
            int round = 0;
            int nothing = 0;
            int whole = 0;
            for (Stop stop : plan()) {
                Store store = copyOf(base, storeOf, "replace-" + round++);
                Outcome o = runAndStop(store, stop, "replacing the source", full.afterMarkerMillis(), "import", "--project", "Books",
                        "--replace", "book", v2.toString());
                List<Integer> now = counts(store, "segment", "segment_history", "removed_segment");
                String text = store.jdbc().sql("SELECT original_text FROM document").query(String.class).single();
                String why = store.name() + " round " + round + " (" + stop + " at " + o.stoppedAfterMillis() + " ms), log:\n" + o.log();
                assertThat(now).as(why).isIn(before, complete);
                assertThat(text).as(why).isEqualTo(now.equals(before) ? oldText.toString() : newText.toString());
                assertThat(withEnglish(store)).as(why).isEqualTo(withEnglish);
                if (o.printed().contains("replaced the source")) {
                    assertThat(now).as("acknowledged: " + why).isEqualTo(complete);
                }
                if (now.equals(before)) {
                    nothing++;
                } else {
                    whole++;
                }
            }
            System.out.printf("CRASH replace %s: %d rounds, %d kept the old version, %d the whole new one (%d sentences added); uninterrupted %d ms%n",
                    base.name(), round, nothing, whole, parts, full.afterMarkerMillis());
        }
    }

    private static int withEnglish(Store store) {
        return store.jdbc().sql("SELECT COUNT(*) FROM segment WHERE target_text IS NOT NULL").query(Integer.class).single();
    }

    // ---------------------------------------------------------------- delete and restore over the REST API

    @Test
    void anAcknowledgedDeleteAndRestoreSurviveAKill() throws Exception {
        for (var storeOf : stores()) {
            Store store = storeOf.apply("trash");
            assertThat(command(store, "import", "--project", "Seeds", "seeds/003_a17717a12c9184be.txt").exit()).isZero();
            new UserRepository(store.jdbc()).insert("admin", "{noop}tokens-only-here", java.util.EnumSet.allOf(Role.class));
            String token = TandemCommand.createToken(tmp, "admin", store.args());
            long doc = store.jdbc().sql("SELECT id FROM document").query(Long.class).single();
            List<Integer> everything = counts(store, "segment", "block", "segment_history", "hyphen_decision");
            Path data = store instanceof H2Store h2 ? h2.dir() : tmp.resolve("trash-app");

            RunningApp app = new RunningApp(data, extra(store));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/documents/" + doc)))
                    .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            app.kill();
            assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
            assertThat(store.jdbc().sql("SELECT deleted_by FROM document WHERE id = ?").param(doc).query(String.class).single())
                    .as(store.name() + ": the acknowledged delete survived kill -9").isEqualTo("admin");

            app = new RunningApp(data, extra(store));
            HttpResponse<String> restored = http.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/documents/" + doc + "/restore")))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            app.kill();
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
            assertThat(store.jdbc().sql("SELECT COUNT(*) FROM document WHERE id = ? AND deleted_at IS NULL").param(doc).query(Integer.class).single())
                    .as(store.name() + ": the acknowledged restore survived kill -9").isEqualTo(1);
            assertThat(counts(store, "segment", "block", "segment_history", "hyphen_decision")).isEqualTo(everything);
            System.out.printf("CRASH trash %s: delete and restore each acknowledged, then kill -9: both kept%n", store.name());
        }
    }

    private static int countFilled(Store store) {
        return store.jdbc().sql("SELECT COUNT(*) FROM segment WHERE target_text LIKE 'Crash fill %'").query(Integer.class).single();
    }

    // ---------------------------------------------------------------- a TMX memory import

    @Test
    void aMemoryImportKilledOrStoppedStoresEveryUnitOrNone() throws Exception {
        System.out.println("CRASH seed " + SEED);
        Path tmx = tmp.resolve("memory.tmx");
        int units = 12_000;
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="crash-test" creationtoolversion="1" segtype="sentence" o-tmf="none"
                adminlang="en" srclang="ru" datatype="plaintext"/><body>
                """);
        for (int i = 0; i < units; i++) {
            sb.append("<tu><tuv xml:lang=\"ru\"><seg>Предложение номер ").append(i).append(" о делегации.</seg></tuv>")
                    .append("<tuv xml:lang=\"en\"><seg>Sentence number ").append(i).append(" about the delegation.</seg></tuv></tu>\n");
        }
        sb.append("</body></tmx>\n");
        Files.writeString(tmx, sb);
        for (var storeOf : stores()) {
            Store reference = storeOf.apply("memory-reference");
            Timed full = timed(reference, "importing", "memory", "import", "--project", "P", tmx.toString());
            long fullMillis = full.afterMarkerMillis();
            assertThat(full.exit()).as(full.log()).isZero();
            int complete = reference.jdbc().sql("SELECT COUNT(*) FROM tm_unit").query(Integer.class).single();
            assertThat(complete).isEqualTo(units);
            int round = 0;
            int nothing = 0;
            int whole = 0;
            for (Stop stop : plan()) {
                Store store = storeOf.apply("memory-" + round++);
                Outcome o = runAndStop(store, stop, "importing", fullMillis, "memory", "import", "--project", "P", tmx.toString());
                int now = countOrZero(store, "tm_unit");
                assertThat(now).as(store.name() + " round " + round + " (" + stop + " at " + o.stoppedAfterMillis() + " ms), log:\n" + o.log())
                        .isIn(0, complete);
                if (now == 0) {
                    nothing++;
                } else {
                    whole++;
                }
            }
            System.out.printf("CRASH memory import %s: %d rounds of %d units, %d stored none, %d all; uninterrupted %d ms%n",
                    reference.name(), round, units, nothing, whole, fullMillis);
        }
    }

    // ---------------------------------------------------------------- eight REST writers

    @Test
    void everyAcknowledgedRestWriteSurvivesAKillOrAStop() throws Exception {
        System.out.println("CRASH seed " + SEED);
        for (var storeOf : stores()) {
            Store store = storeOf.apply("rest");
            assertThat(command(store, "import", "--project", "Seeds", "seeds/004_8dca3b5bb16bd63d.txt").exit()).isZero();
            new UserRepository(store.jdbc()).insert("admin", "{noop}tokens-only-here", java.util.EnumSet.allOf(Role.class));
            String token = TandemCommand.createToken(tmp, "admin", store.args());
            List<Long> segments = store.jdbc().sql("SELECT id FROM segment WHERE covered_by IS NULL ORDER BY id").query(Long.class).list();
            int round = 0;
            int acknowledged = 0;
            int committedUnacknowledged = 0;
            int lost = 0;
            for (Stop stop : plan()) {
                round++;
                Map<Long, Integer> lastAck = new ConcurrentHashMap<>();
                Map<Long, Integer> lastSent = new ConcurrentHashMap<>();
                int target = 20 + random.nextInt(60);
                Path data = store instanceof H2Store h2 ? h2.dir() : tmp.resolve("rest-app-" + round);
                RunningApp app = new RunningApp(data, extra(store));
                AtomicInteger acks = new AtomicInteger();
                AtomicBoolean writing = new AtomicBoolean(true);
                List<Thread> writers = new ArrayList<>();
                int thisRound = round;
                for (int w = 0; w < 8; w++) {
                    int writer = w;
                    Thread t = new Thread(() -> write(app, token, segments, writer, thisRound, writing, acks, lastAck, lastSent));
                    t.start();
                    writers.add(t);
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (acks.get() < target && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                if (stop == Stop.KILL) {
                    app.kill();
                } else {
                    app.close();
                    // a stop ends queued work without interrupting it: no stack trace in the log, at most one line on QA
                    String log = Files.readString(app.logFile());
                    if (COUNT_ONLY) {
                        System.out.println("CRASH REST " + store.name() + " round " + round + ": the log after SIGTERM has "
                                + log.lines().filter(l -> l.startsWith("\tat ")).count() + " stack trace lines");
                    } else {
                        assertThat(log).as("the app's log after SIGTERM").doesNotContain("\tat ").doesNotContain("Exception");
                        assertThat(log.lines().filter(l -> l.contains("QA of ")).count()).isLessThanOrEqualTo(1);
                    }
                }
                writing.set(false);
                for (Thread t : writers) {
                    t.join(30_000);
                }
                assertThat(acks.get()).as("writes acknowledged before the " + stop).isGreaterThanOrEqualTo(target);
                JdbcClient jdbc = store.jdbc();
                for (Map.Entry<Long, Integer> ack : lastAck.entrySet()) {
                    String stored = jdbc.sql("SELECT target_text FROM segment WHERE id = ?").param(ack.getKey()).query(String.class).single();
                    int n = writeNumber(stored, thisRound);
                    if (COUNT_ONLY && n < ack.getValue()) {
                        lost++;
                        System.out.println("CRASH REST " + store.name() + " round " + round + " (" + stop + "): segment " + ack.getKey()
                                + " lost its acknowledged write " + ack.getValue() + " (holds " + stored + ")");
                        continue;
                    }
                    assertThat(n).as(store.name() + " round " + round + " (" + stop + "): segment " + ack.getKey()
                            + " was acknowledged with write " + ack.getValue() + " and holds " + stored).isGreaterThanOrEqualTo(ack.getValue());
                    if (n > ack.getValue()) {
                        committedUnacknowledged++;
                    }
                }
                // each PUT stores the target and its history entry in one transaction: never one without the other
                List<Long> torn = jdbc.sql("""
                        SELECT s.id FROM segment s WHERE s.target_text LIKE 'Round %' AND s.target_text <>
                            (SELECT h.target_text FROM segment_history h WHERE h.segment_id = s.id ORDER BY h.id DESC FETCH FIRST 1 ROWS ONLY)""")
                        .query(Long.class).list();
                if (COUNT_ONLY && !torn.isEmpty()) {
                    System.out.println("CRASH REST " + store.name() + " round " + round + ": target and history differ in segments " + torn);
                } else {
                    assertThat(torn).as("segments whose target and last history entry differ").isEmpty();
                }
                acknowledged += acks.get();
            }
            System.out.printf("CRASH REST %s: %d rounds, %d acknowledged PUTs, %d segments lost their last acknowledged write; "
                    + "%d segments hold a later write whose answer never came%n", store.name(), round, acknowledged, lost, committedUnacknowledged);
        }
    }

    private static String[] extra(Store store) {
        return store instanceof H2Store ? java.util.Arrays.stream(store.args()).filter(a -> !a.startsWith("--tandem.data-dir=")).toArray(String[]::new)
                : store.args();
    }

    private void write(RunningApp app, String token, List<Long> segments, int writer, int round, AtomicBoolean writing, AtomicInteger acks,
                       Map<Long, Integer> lastAck, Map<Long, Integer> lastSent) {
        HttpClient http = HttpClient.newHttpClient();
        int n = 0;
        List<Long> mine = new ArrayList<>();
        for (int i = writer; i < segments.size(); i += 8) {
            mine.add(segments.get(i));
        }
        while (writing.get()) {
            long id = mine.get(n % mine.size());
            n++;
            try {
                HttpResponse<String> got = http.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/segments/" + id)))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (got.statusCode() != 200) {
                    continue;
                }
                int version = JSON.readTree(got.body()).get("version").asInt();
                String text = "Round " + round + " write " + n + ".";
                lastSent.put(id, n);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/segments/" + id)))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("If-Match", "\"" + version + "\"")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"target\": \"" + text + "\", \"status\": \"DRAFT\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && writing.get()) {
                    lastAck.put(id, n);
                    acks.incrementAndGet();
                }
            } catch (IOException e) {
                return; // the server is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int writeNumber(String stored, int round) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Round " + round + " write (\\d+)\\.").matcher(stored == null ? "" : stored);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    // ---------------------------------------------------------------- running and stopping a command

    private record Outcome(long stoppedAfterMillis, String printed, String log) {
    }

    /** A run to its end: its exit code, what it printed, and how long it worked after {@code marker}. */
    private record Timed(int exit, long afterMarkerMillis, String printed, String log) {
    }

    private Process start(Store store, Path out, Path err, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/tandem.jar"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of(store.args()));
        return new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /** Waits until the command says on its error output that the work in its transaction begins. */
    private static long awaitMarker(Process p, Path err, String marker) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (p.isAlive() && !Files.readString(err).contains(marker) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return System.nanoTime();
    }

    private Timed timed(Store store, String marker, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = start(store, out, err, args);
        long at = awaitMarker(p, err, marker);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the command finished").isTrue();
        long after = (System.nanoTime() - at) / 1_000_000;
        String printed = Files.readString(out);
        String log = printed + Files.readString(err);
        assertThat(log).as("the command announces its transaction").contains(marker);
        return new Timed(p.exitValue(), after, printed, log);
    }

    /**
     * Runs the command and stops it at a random moment of the work it announces with {@code marker}
     * (the uninterrupted run took {@code spanMillis} from there to its exit).
     */
    private Outcome runAndStop(Store store, Stop stop, String marker, long spanMillis, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = start(store, out, err, args);
        long started = awaitMarker(p, err, marker);
        long delay = (long) (spanMillis * random.nextDouble());
        p.waitFor(delay, TimeUnit.MILLISECONDS);
        long stoppedAfter = (System.nanoTime() - started) / 1_000_000;
        if (stop == Stop.KILL) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command ended after " + stop).isTrue();
        String printed = Files.readString(out);
        return new Outcome(stoppedAfter, printed, printed + Files.readString(err));
    }

    private static TandemCommand.Result command(Store store, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(store.args()));
        return TandemCommand.run(Path.of(System.getProperty("java.io.tmpdir")), all.toArray(new String[0]));
    }

    private static List<Integer> counts(Store store, String... tables) {
        String sql = "SELECT " + String.join(", ", java.util.Arrays.stream(tables).map(t -> "(SELECT COUNT(*) FROM " + t + ")").toList());
        return store.jdbc().sql(sql).query((rs, n) -> {
            List<Integer> c = new ArrayList<>();
            for (int i = 1; i <= tables.length; i++) {
                c.add(rs.getInt(i));
            }
            return c;
        }).single();
    }

    private static int countOrZero(Store store, String table) {
        return counts(store, table).get(0);
    }

    /** A copy of the prepared database for one round: the H2 file copied, or a PostgreSQL database made from it as a template. */
    private Store copyOf(Store base, java.util.function.Function<String, Store> storeOf, String name) throws IOException {
        if (base instanceof H2Store h2) {
            Path dir = tmp.resolve(name).toAbsolutePath();
            Files.createDirectories(dir);
            Files.copy(h2.dir().resolve("tandem.mv.db"), dir.resolve("tandem.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            return new H2Store(dir);
        }
        PostgresStore pg = (PostgresStore) base;
        String baseName = pg.url().substring(pg.url().lastIndexOf('/') + 1);
        String copy = baseName + "_" + name.replace('-', '_');
        PostgresServer server = PostgresServer.shared().orElseThrow();
        JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl("postgres"), "tandem", ""));
        admin.sql("CREATE DATABASE " + copy + " TEMPLATE " + baseName).update();
        return new PostgresStore(server.jdbcUrl(copy));
    }

    private static String repeated(String text, int atLeast) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < atLeast) {
            sb.append(text).append("\n\n");
        }
        return sb.toString();
    }
}
