package app.tandem.cli;

import app.tandem.translit.TransliterationScheme;
import app.tandem.translit.Transliterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code transliterate --scheme NAME [FILE]}: each line romanised by a published scheme; standard input without FILE. */
@Command(name = "transliterate", description = "Romanise each line of FILE (or standard input) by a published scheme: "
        + "wikipedia, bgn_pcgn, ala_lc, ala_lc_alt, bs_2979_alt, gost_779_alt, gost_7034, scientific.")
final class TransliterateCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--scheme", required = true, paramLabel = "NAME", description = "the scheme (wikipedia for names in running text)")
    String scheme;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE")
    String file;

    TransliterateCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Transliterator t = new Transliterator(TransliterationScheme.named(scheme).orElseThrow(() -> new UsageException(
                "unknown scheme '" + scheme + "'; the schemes are " + String.join(", ", TransliterationScheme.NAMES))));
        List<String> lines = AlignCommand.linesOf(file);
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(t.apply(line)).append('\n');
        }
        cli.out().print(sb);
        cli.out().flush();
        return 0;
    }
}
