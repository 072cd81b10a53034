package app.tandem.cli;

import app.tandem.pipeline.CleanBlock;
import app.tandem.pipeline.CleanDocument;
import app.tandem.pipeline.DocumentPipeline;
import app.tandem.text.DecodedText;
import app.tandem.text.Lang;
import app.tandem.text.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code segment [--lang ru|en] [--plain] FILE}: the sentences of FILE after cleanup, one per line. */
@Command(name = "segment", description = "Print the sentences of FILE after cleanup (unwrapping, dehyphenation, headings), one per line.")
final class SegmentCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--lang", paramLabel = "ru|en", description = "language of the text (detected per paragraph if not given)")
    String lang;

    @Option(names = "--plain", description = "FILE is clean running text, one paragraph per line")
    boolean plain;

    @Parameters(arity = "1", paramLabel = "FILE")
    String file;

    SegmentCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Path path = CliContext.existingFile(file);
        Lang language = lang == null ? null : parseLang(lang);
        DecodedText text = new TextDecoder().decode(path.toString(), Files.readAllBytes(path));
        DocumentPipeline pipeline = DocumentPipeline.standard();
        CleanDocument doc = plain ? pipeline.processPlain(text.text(), language) : pipeline.process(text.text(), language);
        StringBuilder sb = new StringBuilder();
        for (CleanBlock block : doc.blocks()) {
            for (String s : block.sentences()) {
                sb.append(s.replace('\n', ' ')).append('\n');
            }
        }
        cli.out().print(sb);
        cli.out().flush();
        return 0;
    }

    static Lang parseLang(String code) {
        try {
            return Lang.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
