package app.tandem.cli;

import app.tandem.text.RejectedInputException;

import java.io.PrintStream;
import java.util.List;

/** Finds and runs a command; every failure becomes one line on stderr and a non-zero exit code. */
public final class CommandLineTools {
    private static final List<CliCommand> COMMANDS = List.of(
            new ImportCommand(),
            new ExportCommand(),
            new SegmentCommand(),
            new AlignCommand(),
            new TermsCommand(),
            new QaCommand(),
            new MemoryCommand(),
            new ConcordanceCommand(),
            new PretranslateCommand(),
            new TrainSentenceModelCommand(),
            new BenchCommand());

    /** LanguageTool's telemetry library announces itself on stderr; commands keep stderr for their own messages. */
    private static final java.util.logging.Logger QUIET_TELEMETRY = java.util.logging.Logger.getLogger("io.opentelemetry");

    static {
        QUIET_TELEMETRY.setLevel(java.util.logging.Level.WARNING);
    }

    private CommandLineTools() {
    }

    public static int run(List<String> args, List<String> springArgs, PrintStream out, PrintStream err) {
        String name = args.get(0);
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            out.println("Usage: java -jar tandem.jar                 start the web app on http://localhost:8080");
            out.println("       java -jar tandem.jar <command> ...   run a command and exit");
            out.println("Options anywhere: --tandem.data-dir=DIR (or env TANDEM_DATA_DIR), --server.port=N");
            out.println("Commands:");
            for (CliCommand c : COMMANDS) {
                out.println("  " + c.usage());
            }
            return 0;
        }
        for (CliCommand c : COMMANDS) {
            if (c.name().equals(name)) {
                try {
                    return c.run(args.subList(1, args.size()), springArgs, out);
                } catch (UsageException | RejectedInputException e) {
                    err.println("tandem " + name + ": " + e.getMessage());
                    return 2;
                } catch (Exception e) {
                    err.println("tandem " + name + ": " + oneLine(e));
                    return 1;
                }
            }
        }
        err.println("tandem: unknown command '" + name + "' (try --help)");
        return 2;
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return msg.replace('\n', ' ');
    }
}
