package app.tandem.cli;

import java.io.PrintStream;
import java.util.List;

/** A command of {@code java -jar tandem.jar <command> ...}. */
public interface CliCommand {
    String name();

    /** One line: arguments and what the command does. */
    String usage();

    /**
     * @param args       the command's own arguments
     * @param springArgs {@code --tandem.data-dir=...} style properties, for commands that open the database
     * @return the process exit code
     */
    int run(List<String> args, List<String> springArgs, PrintStream out) throws Exception;
}
