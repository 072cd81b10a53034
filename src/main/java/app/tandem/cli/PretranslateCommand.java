package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.project.ProjectRepository;
import app.tandem.tm.PreTranslationService;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code pretranslate --project NAME [--document NAME] [--min-score N]}: fills untranslated
 * segments from the project's memory as drafts; exact and context matches always, fuzzy matches
 * of at least N (60–99) when asked for.
 */
public final class PretranslateCommand implements CliCommand {
    @Override
    public String name() {
        return "pretranslate";
    }

    @Override
    public String usage() {
        return "pretranslate --project NAME [--document NAME] [--min-score 60-99]   fill untranslated segments from the "
                + "project's memory (exact and context matches; fuzzy ones from the given score)";
    }

    @Override
    public int run(List<String> argList, List<String> springArgs, PrintStream out) throws Exception {
        Args args = new Args(argList, List.of("project", "document", "min-score"), List.of());
        String project = args.option("project");
        if (project == null || !args.positional().isEmpty()) {
            throw new UsageException("usage: " + usage());
        }
        int minScore = 101;
        if (args.option("min-score") != null) {
            try {
                minScore = Integer.parseInt(args.option("min-score"));
            } catch (NumberFormatException e) {
                minScore = -1;
            }
            if (minScore < 60 || minScore > 100) {
                throw new UsageException("--min-score must be a whole number from 60 to 100, not '" + args.option("min-score") + "'");
            }
        }
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, springArgs)) {
            long projectId = ctx.getBean(ProjectRepository.class).findIdByName(project)
                    .orElseThrow(() -> new UsageException("no project named '" + project + "' in the data directory"));
            List<DocumentSummary> docs = ctx.getBean(DocumentRepository.class).findByProject(projectId);
            if (args.option("document") != null) {
                docs = docs.stream().filter(d -> d.name().equals(args.option("document")) || d.fileName().equals(args.option("document"))).toList();
                if (docs.isEmpty()) {
                    throw new UsageException("no document named '" + args.option("document") + "' in project '" + project + "'");
                }
            }
            PreTranslationService service = ctx.getBean(PreTranslationService.class);
            for (DocumentSummary d : docs) {
                out.println(d.fileName() + ": " + service.pretranslate(d.id(), minScore).describe());
            }
        }
        return 0;
    }
}
