package app.tandem.cli;

import app.tandem.align.Bead;
import app.tandem.align.GaleChurchAligner;
import app.tandem.text.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code align RU_FILE EN_FILE}: one bead per line, {@code ru indices<TAB>en indices<TAB>confidence}, 1-based. */
@Command(name = "align", description = "Align two files of one sentence per line; prints ru<TAB>en<TAB>confidence beads (1-based indices).")
final class AlignCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--length-only", description = "the plain Gale-Church baseline, lengths only")
    boolean lengthOnly;

    @Parameters(index = "0", paramLabel = "RU_FILE")
    String ruFile;

    @Parameters(index = "1", paramLabel = "EN_FILE")
    String enFile;

    AlignCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        List<String> ru = readLines(ruFile);
        List<String> en = readLines(enFile);
        GaleChurchAligner aligner = lengthOnly ? GaleChurchAligner.lengthOnly() : GaleChurchAligner.withLexicalEvidence();
        StringBuilder sb = new StringBuilder();
        for (Bead b : aligner.align(ru, en)) {
            sb.append(indices(b.ru())).append('\t').append(indices(b.en())).append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", b.confidence())).append('\n');
        }
        cli.out().print(sb);
        cli.out().flush();
        return 0;
    }

    /** The lines of FILE (as {@link #readLines}), or of standard input (UTF-8) without one: the text tools' input. */
    static List<String> linesOf(String fileOrNull) throws java.io.IOException {
        if (fileOrNull == null) {
            return new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).lines().toList();
        }
        return readLines(fileOrNull);
    }

    /** The lines of a text file in UTF-8 or Windows-1251, decoded as imports are. */
    static List<String> readLines(String name) throws java.io.IOException {
        Path p = CliContext.existingFile(name);
        String text = new TextDecoder().decode(name, Files.readAllBytes(p)).text();
        return text.lines().collect(Collectors.toList());
    }

    private static String indices(List<Integer> idx) {
        return idx.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(","));
    }
}
