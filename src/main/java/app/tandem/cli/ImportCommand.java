package app.tandem.cli;

import app.tandem.TandemApplication;
import app.tandem.document.ImportReport;
import app.tandem.document.ImportService;
import app.tandem.text.RejectedInputException;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code import [--project NAME] FILE...}: each file is imported in its own transaction. */
public final class ImportCommand implements CliCommand {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import [--project NAME] FILE...   import plain-text files (UTF-8 or Windows-1251) into the database";
    }

    @Override
    public int run(List<String> argList, List<String> springArgs, PrintStream out) throws Exception {
        Args args = new Args(argList, List.of("project"), List.of());
        if (args.positional().isEmpty()) {
            throw new UsageException("import needs at least one FILE");
        }
        String project = args.option("project") == null ? "Imported" : args.option("project");
        for (String f : args.positional()) {
            Args.existingFile(f);
        }
        int failures = 0;
        try (ConfigurableApplicationContext ctx = SpringContexts.withoutWeb(TandemApplication.class, springArgs)) {
            ImportService service = ctx.getBean(ImportService.class);
            for (String f : args.positional()) {
                Path p = Path.of(f);
                try {
                    ImportReport r = service.importFile(project, p.getFileName().toString(), Files.readAllBytes(p));
                    out.println("imported " + r.describe());
                } catch (RejectedInputException e) {
                    System.err.println("refused " + e.getMessage());
                    failures++;
                }
            }
        }
        return failures == 0 ? 0 : 3;
    }
}
