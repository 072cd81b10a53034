package app.tandem.cli;

import app.tandem.glossary.GlossaryTsv;
import app.tandem.qa.Finding;
import app.tandem.qa.Glossary;
import app.tandem.qa.QaContext;
import app.tandem.qa.QaEngine;
import app.tandem.qa.SegmentPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code qa [--glossary GLOSSARY.tsv] RU_FILE EN_FILE}: one finding per line, {@code line<TAB>check<TAB>severity<TAB>message}. */
@Command(name = "qa", description = "Quality checks of line-aligned source and target files; prints line<TAB>check<TAB>severity<TAB>message.")
final class QaCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--glossary", paramLabel = "GLOSSARY.tsv")
    String glossary;

    @Option(names = "--variant", paramLabel = "en-US|en-GB", description = "English spelling variant (default en-US)")
    String variant = "en-US";

    @Option(names = "--check-source", description = "Also check the Russian source's spelling and grammar (information only)")
    boolean checkSource;

    @Parameters(index = "0", paramLabel = "RU_FILE")
    String ruFile;

    @Parameters(index = "1", paramLabel = "EN_FILE")
    String enFile;

    QaCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        List<String> ru = AlignCommand.readLines(ruFile);
        List<String> en = AlignCommand.readLines(enFile);
        if (ru.size() != en.size()) {
            throw new UsageException(ruFile + " has " + ru.size() + " lines but " + enFile + " has " + en.size()
                    + "; the files must be line-aligned");
        }
        if (!variant.equals("en-US") && !variant.equals("en-GB")) {
            throw new UsageException("--variant must be en-US or en-GB");
        }
        Glossary terms = glossary == null ? Glossary.empty() : new Glossary(GlossaryTsv.parse(glossary,
                AlignCommand.readLines(glossary)).stream().map(r -> new Glossary.Entry(r.russian(), r.english(), r.forbidden())).toList());
        List<SegmentPair> pairs = new ArrayList<>();
        for (int i = 0; i < ru.size(); i++) {
            pairs.add(new SegmentPair(ru.get(i), en.get(i)));
        }
        QaEngine engine = new QaEngine(variant, true, checkSource);
        QaContext context = new QaContext(terms, List.of(), pairs).withRecurringSourceWords(QaContext.recurringWords(ru))
                .withRecurringTargetWords(QaContext.recurringWords(en));
        List<List<Finding>> findings = engine.checkAll(pairs, context, Runtime.getRuntime().availableProcessors(), i -> { });
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < findings.size(); i++) {
            for (Finding f : findings.get(i)) {
                sb.append(i + 1).append('\t').append(f.checkId()).append('\t').append(f.severity().label()).append('\t')
                        .append(f.message().replace('\t', ' ').replace('\n', ' ')).append('\n');
            }
        }
        cli.out().print(sb);
        cli.out().flush();
        return 0;
    }
}
