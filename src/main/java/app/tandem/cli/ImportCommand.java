package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.document.ImportReport;
import app.tandem.document.DuplicateDocumentException;
import app.tandem.document.ImportService;
import app.tandem.document.SourceVersionService;
import app.tandem.text.RejectedInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code import [--project NAME] [--duplicate copy] FILE...}: each file is imported (and pre-translated
 * from the memory) in its own transaction; a file whose text a document of the project has already is
 * skipped, naming that document. {@code import --project P --replace NAME FILE}: FILE is the new
 * version of document NAME's source.
 */
@Command(name = "import", description = "Import articles (PDF, DOCX, or text in UTF-8 or Windows-1251) into the database; each is "
        + "pre-translated from the project's memory (exact and context matches). A file whose text the project has already is skipped "
        + "unless --duplicate copy; --replace NAME takes one FILE as the new version of that document's source.")
final class ImportCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--project", paramLabel = "NAME", description = "project to import into (created if new; default: Imported)")
    String project = "Imported";

    @Option(names = "--duplicate", paramLabel = "copy", description = "copy: import a file even if the project has a document with its text")
    String duplicate;

    @Option(names = "--replace", paramLabel = "NAME", description = "the document (by name) whose source FILE replaces: unchanged sentences keep "
            + "their translation, status, history and comments; changed ones keep theirs as a draft to review")
    String replace;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<String> files;

    ImportCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        files.forEach(CliContext::existingFile);
        if (duplicate != null && !duplicate.equals("copy")) {
            throw new UsageException("--duplicate takes 'copy' (import a file the project has already), not '" + duplicate + "'");
        }
        if (replace != null && files.size() != 1) {
            throw new UsageException("--replace takes exactly one FILE, the new version of the source of '" + replace + "'");
        }
        int failures = 0;
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
            if (replace != null) {
                return replaceSource(ctx);
            }
            ImportService service = ctx.getBean(ImportService.class);
            ImportService.Duplicates policy = duplicate == null ? ImportService.Duplicates.REFUSE : ImportService.Duplicates.COPY;
            for (String f : files) {
                Path p = Path.of(f);
                try {
                    ImportReport r = service.importFile(project, p.getFileName().toString(), Files.readAllBytes(p),
                            Files.size(p) > 1_000_000 ? cli.err()::println : message -> { }, policy);
                    cli.out().println("imported " + r.describe());
                } catch (DuplicateDocumentException e) {
                    cli.out().println("skipped " + e.getMessage() + " (--duplicate copy imports it)");
                } catch (RejectedInputException e) {
                    cli.err().println("refused " + e.getMessage());
                    failures++;
                }
            }
        }
        return failures == 0 ? 0 : 3;
    }

    private int replaceSource(ConfigurableApplicationContext ctx) throws java.io.IOException {
        long projectId = ctx.getBean(app.tandem.project.ProjectRepository.class).findIdByName(project)
                .orElseThrow(() -> new UsageException("no project named '" + project + "'"));
        List<app.tandem.document.DocumentSummary> docs = ProjectDocuments.select(ctx, projectId, project, replace);
        if (docs.size() > 1) {
            throw new UsageException(docs.size() + " documents are named '" + replace + "' in project '" + project + "'; name one by its file name");
        }
        Path p = Path.of(files.get(0));
        try {
            SourceVersionService.Result r = ctx.getBean(SourceVersionService.class).replace(docs.get(0).id(), p.getFileName().toString(),
                    Files.readAllBytes(p), cli.err()::println);
            cli.out().println("replaced the source of " + docs.get(0).name() + " (#" + r.documentId() + ") with " + p.getFileName() + ": "
                    + r.describe());
            return 0;
        } catch (RejectedInputException e) {
            cli.err().println("refused " + e.getMessage());
            return 3;
        }
    }
}
