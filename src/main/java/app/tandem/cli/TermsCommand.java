package app.tandem.cli;

import app.tandem.glossary.Lemmatizer;
import app.tandem.glossary.TermMatch;
import app.tandem.glossary.TermMatcher;
import app.tandem.text.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code terms --glossary GLOSSARY.tsv TEXT_FILE}: one line per occurrence, {@code line<TAB>term<TAB>start<TAB>end}. */
@Command(name = "terms", description = "Find glossary terms (any inflected form) in a file of one sentence per line; "
        + "prints line<TAB>term<TAB>start<TAB>end.")
final class TermsCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--glossary", required = true, paramLabel = "GLOSSARY.tsv")
    String glossary;

    @Parameters(arity = "1", paramLabel = "TEXT_FILE")
    String textFile;

    TermsCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        List<String> terms = app.tandem.glossary.GlossaryTsv.parse(glossary, AlignCommand.readLines(glossary)).stream()
                .map(app.tandem.glossary.GlossaryTsv.Row::russian).toList();
        List<String> lines = AlignCommand.readLines(textFile);
        TermMatcher matcher = new TermMatcher(terms, Lemmatizer.of(Lang.RU));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            for (TermMatch m : matcher.find(lines.get(i))) {
                sb.append(i + 1).append('\t').append(m.term()).append('\t').append(m.start()).append('\t').append(m.end()).append('\n');
            }
        }
        cli.out().print(sb);
        cli.out().flush();
        return 0;
    }
}
