package app.tandem.cli;

import app.tandem.cluster.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code restore FILE}: a backup made by {@code backup} into an empty data directory. */
@Command(name = "restore", description = "Restore a backup zip into the data directory, which must hold no database yet.")
final class RestoreCommand implements Callable<Integer> {
    private final CliContext cli;

    @Parameters(arity = "1", paramLabel = "FILE")
    String file;

    RestoreCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Path path = CliContext.existingFile(file);
        Path dataDir = dataDirectory();
        try (InputStream in = Files.newInputStream(path)) {
            Path restored = BackupService.restore(in, path.getFileName().toString(), dataDir);
            cli.out().println("restored " + path.getFileName() + " into " + restored);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return 0;
    }

    /** As the app finds it: --tandem.data-dir, else TANDEM_DATA_DIR, else ./data. */
    private Path dataDirectory() {
        for (String a : cli.springArgs()) {
            if (a.startsWith("--tandem.data-dir=")) {
                return Path.of(a.substring("--tandem.data-dir=".length())).toAbsolutePath();
            }
        }
        String property = System.getProperty("tandem.data-dir");
        return Path.of(property != null && !property.isBlank() ? property : "data").toAbsolutePath();
    }
}
