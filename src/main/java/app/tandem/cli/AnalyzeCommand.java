package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.analysis.Analysis;
import app.tandem.document.DocumentSummary;
import app.tandem.tm.MemoryAnalysisService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code analyze --project NAME [--document NAME]}: the word-count analysis against the project's
 * memory, as {@code band<TAB>segments<TAB>words} rows (context, 100, repetitions, 95-99, 85-94,
 * 75-84, 50-74, new) and a {@code total} row.
 */
@Command(name = "analyze", description = "Word-count analysis against the project's memory: band<TAB>segments<TAB>words for "
        + "context, 100, repetitions, 95-99, 85-94, 75-84, 50-74, new, then total.")
final class AnalyzeCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--project", required = true, paramLabel = "NAME")
    String project;

    @Option(names = "--document", paramLabel = "NAME", description = "one document (file name, with or without extension)")
    String document;

    AnalyzeCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
            long projectId = MemoryCommand.projectId(ctx, project);
            List<DocumentSummary> docs = ProjectDocuments.select(ctx, projectId, project, document);
            Analysis analysis = ctx.getBean(MemoryAnalysisService.class).analyse(projectId, docs);
            cli.out().print(analysis.toTsv());
            cli.out().flush();
        }
        return 0;
    }
}
