package app.tandem;

import app.tandem.cli.CommandLineTools;
import org.springframework.boot.SpringApplication;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of {@code tandem.jar}: no command starts the web app, a command runs and exits
 * without starting the web server. Spring-style properties ({@code --tandem.data-dir=DIR},
 * {@code --server.port=N}) may appear anywhere on the command line and apply to both.
 */
public final class TandemMain {
    private TandemMain() {
    }

    public static void main(String[] rawArgs) {
        String[] args = java.util.Arrays.stream(rawArgs).map(TandemMain::absoluteDataDir).toArray(String[]::new);
        String fromEnvironment = System.getenv("TANDEM_DATA_DIR");
        if (fromEnvironment != null && !fromEnvironment.isBlank() && System.getProperty("tandem.data-dir") == null) {
            System.setProperty("tandem.data-dir", java.nio.file.Path.of(fromEnvironment).toAbsolutePath().normalize().toString());
        }
        List<String> springArgs = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (isSpringProperty(a)) {
                springArgs.add(a);
            } else {
                rest.add(a);
            }
        }
        if (rest.isEmpty()) {
            embeddedDataDir(args).ifPresent(FreshDatabase::createIfMissing);
            SpringApplication.run(TandemApplication.class, args);
            return;
        }
        // a command's standard output is its result, read by scripts; log lines (written to
        // System.out by the logging console appender) go to standard error instead
        java.io.PrintStream results = System.out;
        System.setOut(System.err);
        // the web app and the commands that write to the database make its first schema whole (FreshDatabase);
        // the text tools, restore (which needs an empty directory) and the rest leave the data directory alone
        if (WRITING_COMMANDS.contains(rest.get(0))) {
            embeddedDataDir(args).ifPresent(FreshDatabase::createIfMissing);
        }
        System.exit(CommandLineTools.run(rest, springArgs, results, System.err));
    }

    private static final java.util.Set<String> WRITING_COMMANDS = java.util.Set.of("import", "update", "memory", "pretranslate", "token");

    /** The data directory when the database is the embedded default (no other URL given); empty otherwise. */
    static java.util.Optional<java.nio.file.Path> embeddedDataDir(String[] args) {
        String env = System.getenv("SPRING_DATASOURCE_URL");
        if ((env != null && !env.isBlank()) || System.getProperty("spring.datasource.url") != null
                || java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("--spring.datasource.url="))) {
            return java.util.Optional.empty();
        }
        String dir = java.util.Arrays.stream(args).filter(a -> a.startsWith("--tandem.data-dir=")).reduce((a, b) -> b)
                .map(a -> a.substring("--tandem.data-dir=".length()))
                .orElse(System.getProperty("tandem.data-dir", "data"));
        return java.util.Optional.of(java.nio.file.Path.of(dir).toAbsolutePath().normalize());
    }

    /** H2 refuses a database path relative to the working directory, so {@code --tandem.data-dir=data} is made absolute here. */
    static String absoluteDataDir(String arg) {
        String prefix = "--tandem.data-dir=";
        if (!arg.startsWith(prefix) || arg.length() == prefix.length()) {
            return arg;
        }
        return prefix + java.nio.file.Path.of(arg.substring(prefix.length())).toAbsolutePath().normalize();
    }

    static boolean isSpringProperty(String arg) {
        if (!arg.startsWith("--") || !arg.contains("=")) {
            return false;
        }
        String name = arg.substring(2, arg.indexOf('='));
        return name.startsWith("tandem.") || name.startsWith("server.") || name.startsWith("spring.")
                || name.startsWith("logging.") || name.startsWith("vaadin.");
    }
}
