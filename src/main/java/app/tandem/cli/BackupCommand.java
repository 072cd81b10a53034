package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.cluster.BackupService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/**
 * {@code backup --out FILE}: a consistent copy of the H2 database. While the app holds the file,
 * the copy is made by the running app ({@code --server URL --token TOKEN}, an admin's token).
 */
@Command(name = "backup", description = "Write a consistent backup (zip) of the H2 database; with --server and --token, "
        + "of the running app's database through its REST API. PostgreSQL: use pg_dump.")
final class BackupCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--server", paramLabel = "URL", description = "the running app, e.g. http://localhost:8080")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "an admin's personal access token")
    String token;

    BackupCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, ".tandem-backup", ".part");
        try {
            if (server != null) {
                fromServer(part);
            } else {
                try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
                    Files.delete(part); // BACKUP TO creates the file itself
                    ctx.getBean(BackupService.class).backupTo(part);
                } catch (IllegalStateException postgres) {
                    throw new UsageException(postgres.getMessage());
                }
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        cli.out().println("backup written to " + out + " (" + Files.size(out) / 1024 + " KB)");
        return 0;
    }

    private void fromServer(Path part) throws Exception {
        if (token == null || token.isBlank()) {
            throw new UsageException("--server needs --token (an admin's personal access token)");
        }
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.replaceAll("/+$", "") + "/api/v1/backup"))
                .header("Authorization", "Bearer " + token.strip()).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            if (r.statusCode() != 200) {
                String body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                throw new UsageException(server + " refused the backup (" + r.statusCode() + "): " + body.replaceAll("\\s+", " ").strip());
            }
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
