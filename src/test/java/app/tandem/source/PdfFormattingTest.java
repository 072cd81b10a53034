package app.tandem.source;

import app.tandem.text.FormatCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Italic and bold type of a PDF (from the fonts: LibreOffice's "…-Italic", cm-super's SFTI/SFBX) come
 * out as the paired codes a DOCX gives, so a PDF-born edition keeps its emphasis. The files are made by
 * {@code src/test/scripts/make_formatted.py} with every formatted word known.
 */
class PdfFormattingTest {
    @ParameterizedTest
    @ValueSource(strings = {"004-fmt-tex2.pdf", "004-fmt-lo.pdf"})
    void theWordsSetInItalicAndBoldAreTheCodedOnes(String file) throws IOException {
        List<String[]> gold = new ArrayList<>();
        for (String line : new String(bytes("004-fmt.formatted.tsv"), StandardCharsets.UTF_8).split("\n")) {
            gold.add(line.split("\t"));
        }
        // through the pipeline, which joins the words the typesetter broke at line ends
        String text = String.join("\n", app.tandem.pipeline.DocumentPipeline.standard()
                .process(new SourceFiles().read(file, bytes(file)), app.tandem.text.Lang.RU).blocks().stream()
                .flatMap(b -> b.sentences().stream()).toList());
        List<String[]> read = formattedWords(text);
        for (String format : List.of("i", "b")) {
            List<String> expected = gold.stream().filter(g -> g[1].equals(format)).map(g -> letters(g[0])).toList();
            List<String> found = read.stream().filter(r -> r[1].equals(format)).map(r -> r[0]).toList();
            long right = found.stream().filter(expected::contains).count();
            assertThat(right).as(file + " " + format + " recall").isGreaterThanOrEqualTo(Math.round(expected.size() * 0.95));
            assertThat(right).as(file + " " + format + " precision").isGreaterThanOrEqualTo(Math.round(found.size() * 0.95));
        }
    }

    @Test
    void anItalicPhraseOverALineBreakIsOneRun() {
        assertThat(PdfSourceReader.mergeRuns("⟨i⟩внешней⟨/i⟩\n⟨i⟩политики⟨/i⟩ России")).isEqualTo("⟨i⟩внешней\nполитики⟨/i⟩ России");
    }

    @Test
    void aNoteOpensWithTheCodesStillOpenAfterItsMark() {
        assertThat(PdfSourceReader.codedAfter("¹⟨i⟩Там же⟨/i⟩. С. 45.", 1)).isEqualTo("⟨i⟩Там же⟨/i⟩. С. 45.");
        assertThat(PdfSourceReader.codedAfter("⟨i⟩12 Там же⟨/i⟩. С. 45.", 3)).isEqualTo("⟨i⟩Там же⟨/i⟩. С. 45.");
    }

    private static final Pattern TOKEN = Pattern.compile("⟨(/?)(b|i|u|sup|sub)⟩|[^\\s⟨]+");

    private static List<String[]> formattedWords(String text) {
        List<String[]> out = new ArrayList<>();
        boolean italic = false;
        boolean bold = false;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                boolean open = m.group(1).isEmpty();
                if (m.group(2).equals("i")) {
                    italic = open;
                } else if (m.group(2).equals("b")) {
                    bold = open;
                }
                continue;
            }
            String w = letters(FormatCodes.strip(m.group()));
            if (!w.isEmpty()) {
                out.add(new String[]{w, bold ? "b" : italic ? "i" : "-"});
            }
        }
        return out;
    }

    private static String letters(String word) {
        return word.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase();
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = PdfFormattingTest.class.getResourceAsStream("/formatting/" + name)) {
            return in.readAllBytes();
        }
    }
}
