package app.tandem.cli;

import app.tandem.align.Bead;
import app.tandem.align.GaleChurchAligner;
import app.tandem.text.TextDecoder;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code align RU_FILE EN_FILE}: one bead per line, {@code ru indices<TAB>en indices<TAB>confidence}, 1-based. */
public final class AlignCommand implements CliCommand {
    @Override
    public String name() {
        return "align";
    }

    @Override
    public String usage() {
        return "align [--length-only] RU_FILE EN_FILE   align two files of one sentence per line; prints ru<TAB>en<TAB>confidence beads";
    }

    @Override
    public int run(List<String> argList, List<String> springArgs, PrintStream out) throws Exception {
        Args args = new Args(argList, List.of(), List.of("length-only"));
        if (args.positional().size() != 2) {
            throw new UsageException("align needs RU_FILE and EN_FILE");
        }
        List<String> ru = readLines(args.positional().get(0));
        List<String> en = readLines(args.positional().get(1));
        GaleChurchAligner aligner = args.flag("length-only") ? GaleChurchAligner.lengthOnly() : GaleChurchAligner.withLexicalEvidence();
        StringBuilder sb = new StringBuilder();
        for (Bead b : aligner.align(ru, en)) {
            sb.append(indices(b.ru())).append('\t').append(indices(b.en())).append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", b.confidence())).append('\n');
        }
        out.print(sb);
        out.flush();
        return 0;
    }

    static List<String> readLines(String name) throws java.io.IOException {
        Path p = Args.existingFile(name);
        String text = new TextDecoder().decode(name, Files.readAllBytes(p)).text();
        List<String> lines = text.lines().collect(Collectors.toList());
        return lines;
    }

    private static String indices(List<Integer> idx) {
        return idx.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(","));
    }
}
