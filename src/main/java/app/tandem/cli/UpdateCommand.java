package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.ReviewImportService;
import app.tandem.document.UpdateService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code update --document NAME FILE [--overwrite]}: the translations in an XLIFF 2.0/1.2, TMX
 * 1.4/1.1 or reviewed DOCX file applied to a stored document; prints
 * {@code updated N, unchanged M, conflicts K, not found L} (each conflict then on stderr).
 */
@Command(name = "update", description = "Apply the translations in an XLIFF 2.0/1.2, TMX or reviewed DOCX file to a stored document; "
        + "prints 'updated N, unchanged M, conflicts K, not found L'.")
final class UpdateCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--document", required = true, paramLabel = "NAME", description = "file name of the document, with or without extension")
    String name;

    @Option(names = "--overwrite", description = "a file from elsewhere replaces existing targets too (otherwise it only fills empty ones)")
    boolean overwrite;

    @Parameters(arity = "1", paramLabel = "FILE")
    String file;

    UpdateCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Path path = CliContext.existingFile(file);
        UpdateService.requireWithinLimit(path.getFileName().toString(), Files.size(path));
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
            List<DocumentSummary> docs = ctx.getBean(DocumentRepository.class).findByName(name);
            if (docs.size() != 1) {
                throw new UsageException(docs.isEmpty() ? "no document named '" + name + "' in the data directory"
                        : docs.size() + " documents are named '" + name + "'");
            }
            if (Files.size(path) > 1_000_000) {
                cli.err().println(path.getFileName() + ": applying to " + docs.get(0).name());
            }
            UpdateService.Report r = ctx.getBean(UpdateService.class).apply(docs.get(0).id(), path.getFileName().toString(),
                    Files.readAllBytes(path), overwrite);
            cli.out().println(r.summary());
            for (ReviewImportService.Conflict c : r.conflicts()) {
                cli.err().println("conflict: segment " + c.number() + " changed in Tandem since the export; kept \"" + c.tandemTarget()
                        + "\", the file has \"" + c.reviewTarget() + "\"");
            }
        }
        return 0;
    }
}
