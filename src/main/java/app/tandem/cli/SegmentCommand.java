package app.tandem.cli;

import app.tandem.pipeline.CleanBlock;
import app.tandem.pipeline.CleanDocument;
import app.tandem.pipeline.DocumentPipeline;
import app.tandem.source.SourceFiles;
import app.tandem.text.BlockKind;
import app.tandem.text.FootnoteMarks;
import app.tandem.text.FormatCodes;
import app.tandem.text.Lang;
import app.tandem.text.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code segment [--lang ru|en] [--plain] FILE}: the sentences of FILE (text, PDF or DOCX) after cleanup, one per line. */
@Command(name = "segment", description = "Print the sentences of FILE (text, PDF or DOCX) after cleanup (unwrapping, dehyphenation, headings), one per line.")
final class SegmentCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--lang", paramLabel = "ru|en", description = "language of the text (detected per paragraph if not given)")
    String lang;

    @Option(names = "--plain", description = "FILE is clean running text, one paragraph per line")
    boolean plain;

    @Option(names = "--footnotes", description = "also print the footnotes (after the text, each opened by its number); "
            + "without it the running text is printed and footnote markers and formatting codes are left out")
    boolean footnotes;

    @Parameters(arity = "1", paramLabel = "FILE")
    String file;

    SegmentCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Path path = CliContext.existingFile(file);
        Lang language = lang == null ? null : parseLang(lang);
        DocumentPipeline pipeline = DocumentPipeline.standard();
        CleanDocument doc;
        if (plain) {
            doc = pipeline.processPlain(new TextDecoder().decode(path.toString(), Files.readAllBytes(path)).text(), language);
        } else {
            // a PDF, a DOCX or text, told apart by content
            doc = pipeline.process(new SourceFiles().read(path.toString(), Files.readAllBytes(path)), language);
        }
        StringBuilder sb = new StringBuilder();
        for (CleanBlock block : doc.blocks()) {
            if (block.kind() == BlockKind.FOOTNOTE) {
                continue;
            }
            for (String s : block.sentences()) {
                sb.append(footnotes ? s.replace('\n', ' ') : FormatCodes.strip(FootnoteMarks.strip(s.replace('\n', ' ')))).append('\n');
            }
        }
        if (footnotes) {
            for (CleanBlock block : doc.blocks()) {
                if (block.kind() == BlockKind.FOOTNOTE) {
                    for (int i = 0; i < block.sentences().size(); i++) {
                        sb.append(i == 0 && block.mark() != null ? block.mark() + " " : "").append(block.sentences().get(i).replace('\n', ' ')).append('\n');
                    }
                }
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
