package app.tandem;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, from Debian's {@code postgresql} package: a new cluster in a
 * temporary directory ({@code initdb}, trust authentication on loopback only, fsync off), started
 * once per test JVM on a free port and stopped when the JVM ends. As root the server runs as the
 * {@code postgres} user, because PostgreSQL refuses to run as root. Each caller gets its own database.
 */
public final class PostgresServer {
    private static PostgresServer shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    /**
     * A server of the test's own, for tests that kill it: the shared one serves every other test of
     * the JVM. The caller stops it ({@link #stopNow}).
     */
    public static Optional<PostgresServer> startPrivate() {
        return installedBin().map(bin -> {
            try {
                // commits acknowledged only once their WAL is written: a killed server keeps them (the OS keeps the file)
                return new PostgresServer(bin, "-c synchronous_commit=on");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("could not start PostgreSQL from " + bin + ": " + e.getMessage(), e);
            }
        });
    }

    /** kill -9 of the server's postmaster, as a crash of the database machine's process would. */
    public void kill9() throws IOException, InterruptedException {
        String pid = Files.readAllLines(dir.resolve("data").resolve("postmaster.pid")).get(0).strip();
        run(false, "kill", "-9", pid);
        // the postmaster's children notice its end and leave; wait until none holds the port's lock file
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** Starts the server again on its port after {@link #kill9} (crash recovery first). */
    public void startAgain() throws IOException, InterruptedException {
        run(true, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off " + commitOption
                        + " -c full_page_writes=off -c max_connections=200", "start");
    }

    public void stopNow() {
        stop();
    }

    private PostgresServer(Path bin) throws IOException, InterruptedException {
        this(bin, "-c synchronous_commit=off");
    }

    private final String commitOption;

    private PostgresServer(Path bin, String commitOption) throws IOException, InterruptedException {
        this.bin = bin;
        this.commitOption = commitOption;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
        this.dir = Files.createTempDirectory("tandem-pg");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        if (asPostgresUser) {
            run(false, "chown", "-R", "postgres:postgres", dir.toString());
        }
        run(true, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "tandem",
                "-E", "UTF8", "--locale=C.UTF-8");
        run(true, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off " + commitOption
                        + " -c full_page_writes=off -c max_connections=200", "start");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    /** The JVM's server, started on first use; empty (with the reason printed) where PostgreSQL is not installed. */
    public static synchronized Optional<PostgresServer> shared() {
        if (shared == null) {
            Optional<Path> bin = installedBin();
            if (bin.isEmpty()) {
                return Optional.empty();
            }
            try {
                shared = new PostgresServer(bin.get());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("could not start PostgreSQL from " + bin.get() + ": " + e.getMessage(), e);
            }
        }
        return Optional.of(shared);
    }

    /** The newest {@code /usr/lib/postgresql/N/bin} with initdb and pg_ctl. */
    static Optional<Path> installedBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A new empty database; returns its JDBC URL (user {@code tandem}, no password). */
    public String newDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try {
            run(true, bin.resolve("createdb").toString(), "-h", "localhost", "-p", String.valueOf(port), "-U", "tandem", name);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("createdb " + name + " failed: " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path bin() {
        return bin;
    }

    private void stop() {
        try {
            run(true, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | InterruptedException | IllegalStateException ignored) {
            // the JVM is ending; the temporary directory goes with the machine's tmp cleaning
        }
    }

    private void run(boolean asServerUser, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asServerUser && asPostgresUser) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        Path log = Files.createTempFile("tandem-pg-cmd", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(Path.of("/tmp").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            String out = Files.readString(log);
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
        }
        Files.deleteIfExists(log);
    }
}
