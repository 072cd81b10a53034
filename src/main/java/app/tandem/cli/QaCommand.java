package app.tandem.cli;

import app.tandem.qa.Finding;
import app.tandem.qa.Glossary;
import app.tandem.qa.QaContext;
import app.tandem.qa.QaEngine;
import app.tandem.qa.SegmentPair;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code qa [--glossary GLOSSARY.tsv] RU_FILE EN_FILE}: one finding per line, {@code line<TAB>check<TAB>severity<TAB>message}. */
public final class QaCommand implements CliCommand {
    @Override
    public String name() {
        return "qa";
    }

    @Override
    public String usage() {
        return "qa [--glossary GLOSSARY.tsv] [--variant en-US|en-GB] RU_FILE EN_FILE   quality checks of line-aligned source and target files";
    }

    @Override
    public int run(List<String> argList, List<String> springArgs, PrintStream out) throws Exception {
        Args args = new Args(argList, List.of("glossary", "variant"), List.of());
        if (args.positional().size() != 2) {
            throw new UsageException("qa needs RU_FILE and EN_FILE");
        }
        List<String> ru = AlignCommand.readLines(args.positional().get(0));
        List<String> en = AlignCommand.readLines(args.positional().get(1));
        if (ru.size() != en.size()) {
            throw new UsageException(args.positional().get(0) + " has " + ru.size() + " lines but " + args.positional().get(1)
                    + " has " + en.size() + "; the files must be line-aligned");
        }
        Glossary glossary = args.option("glossary") == null ? Glossary.empty() : readGlossary(args.option("glossary"));
        List<SegmentPair> pairs = new ArrayList<>();
        for (int i = 0; i < ru.size(); i++) {
            pairs.add(new SegmentPair(ru.get(i), en.get(i)));
        }
        String variant = args.option("variant") == null ? "en-US" : args.option("variant");
        if (!variant.equals("en-US") && !variant.equals("en-GB")) {
            throw new UsageException("--variant must be en-US or en-GB");
        }
        QaEngine engine = new QaEngine(variant, true);
        QaContext context = new QaContext(glossary, List.of(), pairs);
        List<List<Finding>> findings = engine.checkAll(pairs, context, Runtime.getRuntime().availableProcessors(), i -> { });
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < findings.size(); i++) {
            for (Finding f : findings.get(i)) {
                sb.append(i + 1).append('\t').append(f.checkId()).append('\t').append(f.severity().label()).append('\t')
                        .append(f.message().replace('\t', ' ').replace('\n', ' ')).append('\n');
            }
        }
        out.print(sb);
        out.flush();
        return 0;
    }

    static Glossary readGlossary(String file) throws java.io.IOException {
        return new Glossary(app.tandem.glossary.GlossaryTsv.parse(file, AlignCommand.readLines(file)).stream()
                .map(r -> new Glossary.Entry(r.russian(), r.english(), r.forbidden())).toList());
    }
}
