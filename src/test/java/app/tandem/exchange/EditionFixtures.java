package app.tandem.exchange;

import app.tandem.pipeline.CleanBlock;
import app.tandem.pipeline.DocumentPipeline;
import app.tandem.source.SourceFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sources read as the import reads them, and targets made as a translator keeping every code would make them. */
final class EditionFixtures {
    private static final Pattern RUSSIAN = Pattern.compile("[^⟨⟩⁰¹²³⁴⁵⁶⁷⁸⁹]*[А-Яа-яЁё][^⟨⟩⁰¹²³⁴⁵⁶⁷⁸⁹]*");

    private EditionFixtures() {
    }

    static List<CleanBlock> blocks(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return DocumentPipeline.standard().process(new SourceFiles().read(file.getFileName().toString(), bytes), null).blocks();
    }

    /** Every block as an export block whose targets {@code translate} makes from the sources (null: untranslated). */
    static List<ExportBlock> translated(List<CleanBlock> blocks, Function<String, String> translate) {
        List<ExportBlock> out = new ArrayList<>();
        int n = 0;
        for (CleanBlock b : blocks) {
            List<ExportSegment> segs = new ArrayList<>();
            for (String s : b.sentences()) {
                n++;
                String target = translate.apply(s);
                segs.add(new ExportSegment(n, n, s, target, target == null ? "NEW" : "TRANSLATED", false, 1, null));
            }
            out.add(new ExportBlock(b.kind().name(), segs, b.mark(), b.ref()));
        }
        return out;
    }

    /** Each stretch of Russian between codes becomes "EngN"; codes and markers stay where they are. */
    static Function<String, String> keepingCodes() {
        AtomicInteger n = new AtomicInteger();
        return s -> {
            Matcher m = RUSSIAN.matcher(s);
            return m.replaceAll(r -> (r.group().startsWith(" ") ? " " : "") + "Eng" + n.incrementAndGet() + (r.group().endsWith(" ") ? " " : ""));
        };
    }
}
