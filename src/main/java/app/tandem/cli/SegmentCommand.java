package app.tandem.cli;

import app.tandem.pipeline.CleanBlock;
import app.tandem.pipeline.CleanDocument;
import app.tandem.pipeline.DocumentPipeline;
import app.tandem.text.DecodedText;
import app.tandem.text.Lang;
import app.tandem.text.TextDecoder;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code segment [--lang ru|en] [--plain] FILE}: the sentences of FILE after cleanup, one per line. */
public final class SegmentCommand implements CliCommand {
    @Override
    public String name() {
        return "segment";
    }

    @Override
    public String usage() {
        return "segment [--lang ru|en] [--plain] FILE   print the sentences of FILE after cleanup, one per line";
    }

    @Override
    public int run(List<String> argList, List<String> springArgs, PrintStream out) throws Exception {
        Args args = new Args(argList, List.of("lang"), List.of("plain"));
        if (args.positional().size() != 1) {
            throw new UsageException("segment needs exactly one FILE");
        }
        Path file = Args.existingFile(args.positional().get(0));
        Lang lang = args.option("lang") == null ? null : parseLang(args.option("lang"));
        DecodedText text = new TextDecoder().decode(file.toString(), Files.readAllBytes(file));
        DocumentPipeline pipeline = DocumentPipeline.standard();
        CleanDocument doc = args.flag("plain") ? pipeline.processPlain(text.text(), lang) : pipeline.process(text.text(), lang);
        StringBuilder sb = new StringBuilder();
        for (CleanBlock block : doc.blocks()) {
            for (String s : block.sentences()) {
                sb.append(s.replace('\n', ' ')).append('\n');
            }
        }
        out.print(sb);
        out.flush();
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
