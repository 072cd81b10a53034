package app.tandem.cli;

import app.tandem.glossary.Lemmatizer;
import app.tandem.glossary.TermMatch;
import app.tandem.glossary.TermMatcher;
import app.tandem.text.Lang;

import java.io.PrintStream;
import java.util.List;

/** {@code terms --glossary GLOSSARY.tsv TEXT_FILE}: one line per occurrence, {@code line<TAB>term<TAB>start<TAB>end}. */
public final class TermsCommand implements CliCommand {
    @Override
    public String name() {
        return "terms";
    }

    @Override
    public String usage() {
        return "terms --glossary GLOSSARY.tsv TEXT_FILE   find glossary terms (any inflected form) in a file of one sentence per line";
    }

    @Override
    public int run(List<String> argList, List<String> springArgs, PrintStream out) throws Exception {
        Args args = new Args(argList, List.of("glossary"), List.of());
        if (args.option("glossary") == null || args.positional().size() != 1) {
            throw new UsageException("usage: " + usage());
        }
        List<String> terms = readGlossaryTerms(args.option("glossary"));
        List<String> lines = AlignCommand.readLines(args.positional().get(0));
        TermMatcher matcher = new TermMatcher(terms, Lemmatizer.of(Lang.RU));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            for (TermMatch m : matcher.find(lines.get(i))) {
                sb.append(i + 1).append('\t').append(m.term()).append('\t').append(m.start()).append('\t').append(m.end()).append('\n');
            }
        }
        out.print(sb);
        out.flush();
        return 0;
    }

    static List<String> readGlossaryTerms(String file) throws java.io.IOException {
        return app.tandem.glossary.GlossaryTsv.parse(file, AlignCommand.readLines(file)).stream()
                .map(app.tandem.glossary.GlossaryTsv.Row::russian).toList();
    }
}
