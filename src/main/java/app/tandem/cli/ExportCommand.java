package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.ExportService;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** {@code export --document NAME --format tmx|docx|txt [--approved-only] --out FILE}. */
public final class ExportCommand implements CliCommand {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export --document NAME --format tmx|docx|txt [--approved-only] --out FILE   export a document "
                + "(NAME = file name without extension): TMX 1.4b, bilingual review DOCX, or the English edition as text";
    }

    @Override
    public int run(List<String> argList, List<String> springArgs, PrintStream out) throws Exception {
        Args args = new Args(argList, List.of("document", "format", "out"), List.of("approved-only"));
        String name = args.option("document");
        String format = args.option("format");
        String file = args.option("out");
        if (name == null || format == null || file == null || !args.positional().isEmpty()) {
            throw new UsageException("usage: " + usage());
        }
        ExportService.Format f = switch (format.toLowerCase()) {
            case "tmx" -> ExportService.Format.TMX;
            case "docx" -> ExportService.Format.DOCX;
            case "txt" -> ExportService.Format.TXT;
            default -> throw new UsageException("--format must be tmx, docx or txt, not '" + format + "'");
        };
        Path target = Path.of(file);
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, springArgs)) {
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
                warnings = ctx.getBean(ExportService.class).export(docs.get(0).id(), f, args.flag("approved-only"), o);
            } catch (Exception e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            for (String w : warnings) {
                System.err.println("warning: " + w);
            }
            out.println("exported " + name + " as " + format.toLowerCase() + " to " + target);
        }
        return 0;
    }
}
