package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.document.DocumentSummary;
import app.tandem.tm.PreTranslationService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pretranslate --project NAME [--document NAME] [--min-score N]}: fills untranslated
 * segments from the project's memory as drafts; exact and context matches always, fuzzy matches
 * of at least N (60–100) when asked for.
 */
@Command(name = "pretranslate", description = "Fill untranslated segments from the project's memory as drafts "
        + "(exact and context matches; fuzzy ones from the given score).")
final class PretranslateCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--project", required = true, paramLabel = "NAME")
    String project;

    @Option(names = "--document", paramLabel = "NAME", description = "one document (file name, with or without extension)")
    String document;

    @Option(names = "--min-score", paramLabel = "60-100", description = "also fill from fuzzy matches of at least this score")
    Integer minScore;

    PretranslateCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        if (minScore != null && (minScore < 60 || minScore > 100)) {
            throw new UsageException("--min-score must be a whole number from 60 to 100, not " + minScore);
        }
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
            long projectId = MemoryCommand.projectId(ctx, project);
            List<DocumentSummary> docs = ProjectDocuments.select(ctx, projectId, project, document);
            PreTranslationService service = ctx.getBean(PreTranslationService.class);
            for (DocumentSummary d : docs) {
                cli.out().println(d.fileName() + ": " + service.pretranslate(d.id(), minScore == null ? 101 : minScore).describe());
            }
        }
        return 0;
    }
}
