package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.document.ImportReport;
import app.tandem.document.ImportService;
import app.tandem.text.RejectedInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import [--project NAME] FILE...}: each file is imported (and pre-translated from the memory) in its own transaction. */
@Command(name = "import", description = "Import plain-text files (UTF-8 or Windows-1251) into the database; each is pre-translated "
        + "from the project's memory (exact and context matches).")
final class ImportCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--project", paramLabel = "NAME", description = "project to import into (created if new; default: Imported)")
    String project = "Imported";

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<String> files;

    ImportCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        files.forEach(CliContext::existingFile);
        int failures = 0;
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
            ImportService service = ctx.getBean(ImportService.class);
            for (String f : files) {
                Path p = Path.of(f);
                try {
                    ImportReport r = service.importFile(project, p.getFileName().toString(), Files.readAllBytes(p),
                            Files.size(p) > 1_000_000 ? cli.err()::println : message -> { });
                    cli.out().println("imported " + r.describe());
                } catch (RejectedInputException e) {
                    cli.err().println("refused " + e.getMessage());
                    failures++;
                }
            }
        }
        return failures == 0 ? 0 : 3;
    }
}
