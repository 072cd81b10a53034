package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.tm.ConcordanceService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code concordance --project NAME TEXT}: memory units and document segments whose source has
 * TEXT in any inflected form (whose target has it, for English TEXT), one per line,
 * {@code source<TAB>target<TAB>origin}.
 */
@Command(name = "concordance", description = "Search a project's memory and documents for a word or phrase in any form; "
        + "prints source<TAB>target<TAB>origin.")
final class ConcordanceCommand implements Callable<Integer> {
    private static final int LIMIT = 1000;
    private final CliContext cli;

    @Option(names = "--project", required = true, paramLabel = "NAME")
    String project;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "the words (quoted or not)")
    List<String> words;

    ConcordanceCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        String text = String.join(" ", words);
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
            long projectId = MemoryCommand.projectId(ctx, project);
            StringBuilder sb = new StringBuilder();
            for (ConcordanceService.Hit h : ctx.getBean(ConcordanceService.class).search(projectId, text, LIMIT)) {
                sb.append(MemoryCommand.oneLine(h.source())).append('\t').append(MemoryCommand.oneLine(h.target())).append('\t')
                        .append(MemoryCommand.oneLine(h.origin())).append('\n');
            }
            cli.out().print(sb);
            cli.out().flush();
        }
        return 0;
    }
}
