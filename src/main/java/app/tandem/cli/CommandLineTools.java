package app.tandem.cli;

import app.tandem.text.RejectedInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;

/**
 * The command line, with picocli: finds and runs a command (or subcommand); every failure
 * becomes one line on stderr and a non-zero exit code (2 for a wrong call or refused input, 1 for
 * anything else), never a stack trace.
 */
public final class CommandLineTools {
    @Command(name = "tandem", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Tandem 0.1.0",
            description = {"java -jar tandem.jar                 start the web app on http://localhost:8080",
                    "java -jar tandem.jar <command> ...   run a command and exit",
                    "Options anywhere: --tandem.data-dir=DIR (or env TANDEM_DATA_DIR), --server.port=N"},
            subcommands = {ImportCommand.class, ExportCommand.class, UpdateCommand.class, SegmentCommand.class, AlignCommand.class, TermsCommand.class,
                    QaCommand.class, MemoryCommand.class, ConcordanceCommand.class, PretranslateCommand.class,
                    TrainSentenceModelCommand.class, TokenCommand.class, BackupCommand.class, RestoreCommand.class,
                    BenchCommand.class, TransliterateCommand.class, CiteCommand.class, AnalyzeCommand.class, UserCommand.class})
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed (try --help)");
        }
    }

    /** LanguageTool's telemetry library announces itself on stderr; commands keep stderr for their own messages. */
    private static final java.util.logging.Logger QUIET_TELEMETRY = java.util.logging.Logger.getLogger("io.opentelemetry");

    static {
        QUIET_TELEMETRY.setLevel(java.util.logging.Level.WARNING);
    }

    private CommandLineTools() {
    }

    public static int run(List<String> args, List<String> springArgs, PrintStream out, PrintStream err) {
        CliContext context = new CliContext(springArgs, out, err);
        CommandLine cli = new CommandLine(new Root(), new ContextFactory(context));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println(prefix(e.getCommandLine()) + e.getMessage() + " (try " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            // refused input names the file, line or element itself; its cause would only repeat the parser's words
            if (e instanceof UsageException || e instanceof RejectedInputException || e instanceof app.tandem.exchange.ExchangeException) {
                err.println(prefix(commandLine) + e.getMessage());
                return 2;
            }
            err.println(prefix(commandLine) + oneLine(e));
            return 1;
        });
        return cli.execute(args.toArray(new String[0]));
    }

    private static String prefix(CommandLine c) {
        return c.getCommandSpec().qualifiedName() + ": ";
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        boolean inUse = false;
        while (true) {
            inUse |= root instanceof java.sql.SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE;
            if (root.getCause() == null || root.getCause() == root) {
                break;
            }
            root = root.getCause();
        }
        if (inUse) {
            return "the database is open in a running Tandem (an H2 file is used by one process at a time): stop the app first,"
                    + " or script the running app through its REST API (README: REST API), or run Tandem on PostgreSQL";
        }
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return msg.replace('\n', ' ');
    }

    /** H2's DATABASE_ALREADY_OPEN_1: "The file is locked". */
    private static final int H2_DATABASE_IN_USE = 90020;

    /** Commands that take the context get it; the rest are made as picocli would. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                    c.setAccessible(true);
                    return type.cast(c.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
