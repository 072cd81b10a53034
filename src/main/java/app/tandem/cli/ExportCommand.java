package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.ExportService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code export --document NAME --format tmx|xliff|xliff12|docx|txt|edition-docx [--approved-only] --out FILE}. */
@Command(name = "export", description = "Export a document (NAME = file name without extension): TMX 1.4b, XLIFF 2.0 (xliff) or 1.2 "
        + "(xliff12), bilingual review DOCX, or the English edition as text (txt) or DOCX (edition-docx).")
final class ExportCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--document", required = true, paramLabel = "NAME")
    String name;

    @Option(names = "--format", required = true, paramLabel = "tmx|xliff|xliff12|docx|txt|edition-docx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path target;

    @Option(names = "--approved-only", description = "only approved segments (TMX)")
    boolean approvedOnly;

    ExportCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        ExportService.Format f = ExportService.Format.named(format).orElseThrow(() ->
                new UsageException("--format must be one of " + ExportService.Format.names() + ", not '" + format + "'"));
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, cli.springArgs())) {
            List<DocumentSummary> docs = ctx.getBean(DocumentRepository.class).findByName(name);
            if (docs.isEmpty()) {
                throw new UsageException("no document named '" + name + "' in the data directory");
            }
            if (docs.size() > 1) {
                throw new UsageException(docs.size() + " documents are named '" + name + "' (ids "
                        + docs.stream().map(d -> String.valueOf(d.id())).reduce((a, b) -> a + ", " + b).orElse("") + ")");
            }
            // write next to the target and move into place, so a failed export never leaves half a file
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".tandem-export", ".part");
            List<String> warnings;
            try (OutputStream o = Files.newOutputStream(tmp)) {
                warnings = ctx.getBean(ExportService.class).export(docs.get(0).id(), f, approvedOnly, o);
            } catch (Exception e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            for (String w : warnings) {
                cli.err().println("warning: " + w);
            }
            cli.out().println("exported " + name + " as " + format.toLowerCase(Locale.ROOT) + " to " + target);
        }
        return 0;
    }
}
