package app.tandem.pipeline;

import app.tandem.source.SourceFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's own English becomes the targets of its Russian sentences whatever file it comes in:
 * the seeding benchmark's articles (three journal patterns, each as a LibreOffice PDF, one- and two-column
 * LaTeX PDFs and the author's DOCX) and the seed articles' own typeset files, scored as
 * {@code score_seeding.py} scores an XLIFF export: every gold pair right, no wrong target, no English
 * sentence left as a source.
 */
class SeedingFromEveryFileTest {
    private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();
    private static final BilingualPassageDetector DETECTOR = BilingualPassageDetector.standard();

    record Score(int correct, int of, int wrong, int englishSources) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"p01-lo.pdf", "p01-tex1.pdf", "p01-tex2.pdf", "p01.docx",
            "p02-lo.pdf", "p02-tex1.pdf", "p02-tex2.pdf", "p02.docx",
            "p03-lo.pdf", "p03-tex1.pdf", "p03-tex2.pdf", "p03.docx",
            "seed000-lo.pdf", "seed000-tex1.pdf", "seed000-tex2.pdf", "seed000.docx",
            "seed004-lo.pdf", "seed004-tex1.pdf", "seed004-tex2.pdf", "seed004.docx"})
    void everyPairRightNoWrongTargetNoEnglishSource(String file) throws IOException {
        String gold = file.replaceAll("(-lo|-tex1|-tex2)?\\.(pdf|docx)$", ".pairs.tsv");
        Score score = score(read(gold), seed(file));
        assertThat(score).as(file).isEqualTo(new Score(score.of(), score.of(), 0, 0));
    }

    static List<BilingualDocument.SourceSentence> seed(String file) throws IOException {
        BilingualDocument doc = DETECTOR.detect(PIPELINE.process(new SourceFiles().read(file, bytes(file)), null));
        return doc.blocks().stream().flatMap(b -> b.sentences().stream()).toList();
    }

    static Score score(String goldTsv, List<BilingualDocument.SourceSentence> segments) {
        int correct = 0;
        int wrong = 0;
        int of = 0;
        for (String line : goldTsv.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            of++;
            String ru = norm(line.substring(0, tab));
            String en = norm(line.substring(tab + 1));
            List<String> hit = new ArrayList<>();
            for (BilingualDocument.SourceSentence s : segments) {
                String src = norm(s.source());
                if (!src.isEmpty() && (src.equals(ru) || src.length() > 20 && (ru.contains(src) || src.contains(ru)))) {
                    hit.add(s.target() == null ? "" : norm(s.target()));
                }
            }
            if (hit.contains(en)) {
                correct++;
            } else if (hit.stream().anyMatch(t -> !t.isEmpty())) {
                wrong++;
            }
        }
        int english = 0;
        for (BilingualDocument.SourceSentence s : segments) {
            String src = norm(s.source());
            long latin = src.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
            long cyrillic = src.chars().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC).count();
            if (latin > 3 * Math.max(1, cyrillic) && src.split(" ").length >= 5) {
                english++;
            }
        }
        return new Score(correct, of, wrong, english);
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('’', '\'').replace('“', '"').replace('”', '"')
                .replace('«', '"').replace('»', '"').replace("\u00AD", "").replaceAll("[¹²³⁴⁵⁶⁷⁸⁹⁰]", "");
        return n.replaceAll("\\s+", " ").strip();
    }

    private static String read(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = SeedingFromEveryFileTest.class.getResourceAsStream("/seeding/" + name)) {
            if (in == null) {
                throw new IOException("missing test file /seeding/" + name);
            }
            return in.readAllBytes();
        }
    }
}
