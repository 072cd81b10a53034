package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.exchange.TmxReader;
import app.tandem.memory.FuzzyMatcher;
import app.tandem.project.ProjectRepository;
import app.tandem.tm.TmxImportService;
import app.tandem.tm.TranslationMemoryService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code memory import|lookup}: a project's translation memory from the command line. */
@Command(name = "memory", description = "A project's translation memory: import TMX, look sentences up.",
        subcommands = {MemoryCommand.Import.class, MemoryCommand.Lookup.class})
final class MemoryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "memory needs a subcommand, import or lookup");
    }

    /** {@code memory import --project NAME FILE.tmx}: prints {@code read N, skipped M}, then a line per unit left out. */
    @Command(name = "import", description = "Import a TMX file (1.4 or 1.1) into the project's memory (the project is created if new).")
    static final class Import implements Callable<Integer> {
        private final CliContext cli;

        @Option(names = "--project", required = true, paramLabel = "NAME")
        String project;

        @Parameters(arity = "1", paramLabel = "FILE.tmx")
        String file;

        Import(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws Exception {
            Path path = CliContext.existingFile(file);
            try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs());
                 InputStream in = Files.newInputStream(path)) {
                if (Files.size(path) > 1_000_000) {
                    cli.err().println(path.getFileName() + ": importing into the memory of " + project);
                }
                TmxReader.Result r = ctx.getBean(TmxImportService.class).importTmx(project, path.getFileName().toString(), in, Files.size(path));
                cli.out().println("read " + r.read() + ", skipped " + r.skipped());
                for (String reason : r.skipReasons()) {
                    cli.out().println("skipped " + reason);
                }
            }
            return 0;
        }
    }

    /** {@code memory lookup --project NAME FILE}: {@code line<TAB>score<TAB>memory source<TAB>memory target}, best first. */
    @Command(name = "lookup", description = "Look up one Russian sentence per line; prints line<TAB>score<TAB>memory source<TAB>memory target "
            + "for matches of score 60 or more, best first.")
    static final class Lookup implements Callable<Integer> {
        /** Matches printed per line at most. */
        private static final int MATCHES_PER_LINE = 5;
        private final CliContext cli;

        @Option(names = "--project", required = true, paramLabel = "NAME")
        String project;

        @Parameters(arity = "1", paramLabel = "FILE")
        String file;

        Lookup(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws Exception {
            List<String> lines = AlignCommand.readLines(file);
            try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
                long projectId = projectId(ctx, project);
                TranslationMemoryService memory = ctx.getBean(TranslationMemoryService.class);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).isBlank()) {
                        continue;
                    }
                    for (FuzzyMatcher.Match m : memory.find(projectId, lines.get(i), MATCHES_PER_LINE, null)) {
                        sb.append(i + 1).append('\t').append(m.score()).append('\t').append(oneLine(m.unit().source())).append('\t')
                                .append(oneLine(m.unit().target())).append('\n');
                    }
                }
                cli.out().print(sb);
                cli.out().flush();
            }
            return 0;
        }
    }

    static long projectId(ConfigurableApplicationContext ctx, String project) {
        return ctx.getBean(ProjectRepository.class).findIdByName(project)
                .orElseThrow(() -> new UsageException("no project named '" + project + "' in the data directory"));
    }

    /** A field of tab-separated output: tabs and line breaks in a text become spaces. */
    static String oneLine(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
