package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.exchange.TmxReader;
import app.tandem.memory.FuzzyMatcher;
import app.tandem.project.ProjectRepository;
import app.tandem.tm.TmxImportService;
import app.tandem.tm.TranslationMemoryService;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code memory import --project NAME FILE.tmx} and {@code memory lookup --project NAME FILE}: a
 * project's translation memory from the command line.
 */
public final class MemoryCommand implements CliCommand {
    /** Matches printed per line at most, best first. */
    private static final int MATCHES_PER_LINE = 5;

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public String usage() {
        return "memory import --project NAME FILE.tmx | memory lookup --project NAME FILE   import TMX (1.4 or 1.1) into a project's "
                + "memory; look up one Russian sentence per line (line<TAB>score<TAB>memory source<TAB>memory target)";
    }

    @Override
    public int run(List<String> argList, List<String> springArgs, PrintStream out) throws Exception {
        if (argList.isEmpty() || !List.of("import", "lookup").contains(argList.get(0))) {
            throw new UsageException("memory needs a subcommand, import or lookup: " + usage());
        }
        String sub = argList.get(0);
        Args args = new Args(argList.subList(1, argList.size()), List.of("project"), List.of());
        String project = args.option("project");
        if (project == null || args.positional().size() != 1) {
            throw new UsageException("usage: memory " + sub + " --project NAME FILE");
        }
        Path file = Args.existingFile(args.positional().get(0));
        return sub.equals("import") ? importTmx(project, file, springArgs, out) : lookup(project, file, springArgs, out);
    }

    private static int importTmx(String project, Path file, List<String> springArgs, PrintStream out) throws Exception {
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, springArgs);
             InputStream in = Files.newInputStream(file)) {
            TmxReader.Result r = ctx.getBean(TmxImportService.class).importTmx(project, file.getFileName().toString(), in, Files.size(file));
            out.println("read " + r.read() + ", skipped " + r.skipped());
            for (String reason : r.skipReasons()) {
                out.println("skipped " + reason);
            }
        }
        return 0;
    }

    private static int lookup(String project, Path file, List<String> springArgs, PrintStream out) throws Exception {
        List<String> lines = AlignCommand.readLines(file.toString());
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, springArgs)) {
            long projectId = ctx.getBean(ProjectRepository.class).findIdByName(project)
                    .orElseThrow(() -> new UsageException("no project named '" + project + "' in the data directory"));
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
            out.print(sb);
            out.flush();
        }
        return 0;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
