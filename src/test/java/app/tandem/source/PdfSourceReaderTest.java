package app.tandem.source;

import app.tandem.pipeline.CleanBlock;
import app.tandem.pipeline.CleanDocument;
import app.tandem.text.BlockKind;
import app.tandem.text.RejectedInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfSourceReaderTest {
    @Test
    void twoColumnsAreReadOneAfterTheOtherWithoutRunningHeadersOrPageNumbers() {
        List<String> sentences = SourceFixtures.runningSentences(SourceFixtures.segment("004-tex2.pdf"));
        assertThat(sentences).containsExactlyElementsOf(SourceFixtures.lines("004.sentences.txt"));
    }

    @Test
    void libreOfficeTypesettingReadsAsTheSentencesItWasMadeFrom() {
        List<String> sentences = SourceFixtures.runningSentences(SourceFixtures.segment("004-lo.pdf"));
        assertThat(sentences).containsExactlyElementsOf(SourceFixtures.lines("004.sentences.txt"));
    }

    @Test
    void aFullWidthTitleAndAbstractAboveTwoColumnsAndFootnotesAtTheColumnsFeet() {
        SourceDocument source = new SourceFiles().read("004-tex2abs.pdf", SourceFixtures.bytes("004-tex2abs.pdf"));
        assertThat(source.title()).isEqualTo("У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ");
        CleanDocument doc = SourceFixtures.pipeline().process(source, app.tandem.text.Lang.RU);
        assertThat(SourceFixtures.runningSentences(doc)).containsExactlyElementsOf(SourceFixtures.lines("004-tex2abs.gold.txt"));
        assertFootnotesMatchTheirMarkers(doc);
    }

    @Test
    void footnotesLibreOfficeMovedToTheNextPageStillFindTheirMarkers() {
        CleanDocument doc = SourceFixtures.segment("004-lofn.pdf");
        assertThat(SourceFixtures.runningSentences(doc)).containsExactlyElementsOf(SourceFixtures.lines("004-lofn.gold.txt"));
        assertFootnotesMatchTheirMarkers(doc);
    }

    /** Every superscript marker in the text has its note, numbered in order, and no note is without a marker. */
    private static void assertFootnotesMatchTheirMarkers(CleanDocument doc) {
        List<String> notes = doc.blocks().stream().filter(b -> b.kind() == BlockKind.FOOTNOTE).map(CleanBlock::mark).toList();
        StringBuilder text = new StringBuilder();
        doc.blocks().stream().filter(b -> b.kind() != BlockKind.FOOTNOTE).forEach(b -> text.append(b.text()).append('\n'));
        Matcher m = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+").matcher(text);
        List<String> markers = new java.util.ArrayList<>();
        while (m.find()) {
            markers.add(app.tandem.text.FootnoteMarks.plain(m.group()));
        }
        assertThat(notes).isNotEmpty();
        assertThat(notes).containsExactlyElementsOf(markers);
        for (int i = 0; i < notes.size(); i++) {
            assertThat(notes.get(i)).isEqualTo(String.valueOf(i + 1));
        }
        doc.blocks().stream().filter(b -> b.kind() == BlockKind.FOOTNOTE)
                .forEach(b -> assertThat(b.text()).matches("(РГАСПИ|Там же|ГАРФ|Известия|Документы).*"));
    }

    @Test
    void aLabelInLargeTypeIsNoTitle() {
        SourceDocument source = new SourceFiles().read("000-lo.pdf", SourceFixtures.bytes("000-lo.pdf"));
        assertThat(source.title()).isNotEqualTo("Аннотация:");
        CleanDocument doc = SourceFixtures.pipeline().process(source, null);
        assertThat(doc.blocks().get(0).kind()).isEqualTo(BlockKind.LABEL);
    }

    @Test
    void refusalsNameTheFileAndTheReasonOnOneLine() {
        assertRefused("encrypted.pdf", "encrypted.pdf: the PDF is password-protected");
        assertRefused("scanned.pdf", "scanned.pdf: no text layer (a scanned PDF?) — run OCR first");
        assertRefused("truncated.pdf", "truncated.pdf: damaged PDF");
    }

    static void assertRefused(String name, String start) {
        assertThatThrownBy(() -> new SourceFiles().read(name, SourceFixtures.bytes(name)))
                .isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith(start).doesNotContain("\n"));
    }
}
