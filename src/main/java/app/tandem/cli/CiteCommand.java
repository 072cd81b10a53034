package app.tandem.cli;

import app.tandem.cite.CitationTranslator;
import app.tandem.translit.TransliterationScheme;
import app.tandem.translit.Transliterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code cite [FILE]}: each line with its citations and bibliographic abbreviations in English, the rest unchanged. */
@Command(name = "cite", description = "Each line of FILE (or standard input) with its citations and bibliographic abbreviations in English "
        + "(p./pp., vol., no., Ibid., Moscow, f./op./d./l., ...); references' titles romanised; the rest of a line unchanged.")
final class CiteCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--scheme", defaultValue = "wikipedia", paramLabel = "NAME",
            description = "the scheme references' titles and names are romanised by (default ${DEFAULT-VALUE})")
    String scheme;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE")
    String file;

    CiteCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        CitationTranslator cite = new CitationTranslator(new Transliterator(TransliterationScheme.named(scheme).orElseThrow(() -> new UsageException(
                "unknown scheme '" + scheme + "'; the schemes are " + String.join(", ", TransliterationScheme.NAMES)))));
        List<String> lines = AlignCommand.linesOf(file);
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(cite.translateLine(line)).append('\n');
        }
        cli.out().print(sb);
        cli.out().flush();
        return 0;
    }
}
