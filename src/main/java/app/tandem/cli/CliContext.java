package app.tandem.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What every command is given: the Spring-style properties from the command line
 * ({@code --tandem.data-dir=DIR}, for commands that open the database) and where to print.
 */
record CliContext(List<String> springArgs, PrintStream out, PrintStream err) {
    /** A file the command reads; a missing one is a usage error naming it. */
    static Path existingFile(String name) {
        Path p = Path.of(name);
        if (!Files.isRegularFile(p)) {
            throw new UsageException(name + ": no such file");
        }
        return p;
    }
}
