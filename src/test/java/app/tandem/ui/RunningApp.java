package app.tandem.ui;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The packaged jar started as a separate process on a free port with a fresh data directory. */
public final class RunningApp implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-secret-for-tests";
    final int port;
    final Path dataDir;
    final Path log;
    private final Process process;

    public RunningApp(Path dataDir, String... extraArgs) throws IOException, InterruptedException {
        this(Path.of("target", "tandem.jar"), dataDir, extraArgs);
    }

    /** Another build (e.g. the previous release, a benchmark's baseline) on a data directory. */
    public static RunningApp of(Path jar, Path dataDir, String... extraArgs) throws IOException, InterruptedException {
        return new RunningApp(jar, dataDir, extraArgs);
    }

    /** {@code jar}: another build, e.g. the previous one as a benchmark's baseline. */
    RunningApp(Path jar, Path dataDir, String... extraArgs) throws IOException, InterruptedException {
        this.dataDir = dataDir;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        if (!Files.exists(jar)) {
            throw new IllegalStateException("target/tandem.jar is missing: browser tests run after 'package'");
        }
        Files.createDirectories(dataDir);
        log = dataDir.resolve("app.log");
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", jar.toString(),
                "--server.port=" + port, "--tandem.data-dir=" + dataDir.toAbsolutePath(), "--tandem.admin-password=" + ADMIN_PASSWORD));
        cmd.addAll(java.util.List.of(extraArgs));
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        waitUntilUp(Duration.ofSeconds(120));
    }

    /** Everything the app printed. */
    public Path logFile() {
        return log;
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void waitUntilUp(Duration timeout) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("app exited early:\n" + Files.readString(log));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url("")).toURL().openConnection();
                c.setConnectTimeout(1000);
                if (c.getResponseCode() < 500) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("app did not start within " + timeout + ":\n" + Files.readString(log));
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }
}
