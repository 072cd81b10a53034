package app.tandem.exchange;

import app.tandem.pipeline.CleanBlock;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The author's DOCX written back with the English in place: notes, styles, formatting, language, and what is not translated yet. */
class DocxTargetWriterTest {
    private static final Path ARTICLE = Path.of("src/test/resources/sources/article-004.docx");
    private static byte[] source;
    private static List<CleanBlock> blocks;

    @BeforeAll
    static void read() throws Exception {
        source = Files.readAllBytes(ARTICLE);
        blocks = EditionFixtures.blocks(ARTICLE);
    }

    private static List<ExportBlock> translated(Function<String, String> translate) {
        return EditionFixtures.translated(blocks, translate);
    }

    private static Function<String, String> keepingCodes() {
        return EditionFixtures.keepingCodes();
    }

    private static byte[] write(List<ExportBlock> exportBlocks, EnglishEdition.Untranslated mode) throws Exception {
        EnglishEdition edition = EnglishEdition.build(exportBlocks, mode, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxTargetWriter().write(source, edition, "en-GB", out);
        return out.toByteArray();
    }

    @Test
    void everyTranslatedTextGoesBackToItsPlaceWithNotesStylesAndFormatting() throws Exception {
        byte[] edition = write(translated(keepingCodes()), EnglishEdition.Untranslated.SOURCE);
        EditionDocxCheck.assertArticle004Edition(edition, source);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(edition));
             XWPFDocument original = new XWPFDocument(new ByteArrayInputStream(source))) {
            assertThat(doc.getParagraphs()).hasSameSizeAs(original.getParagraphs());
            for (int i = 0; i < doc.getParagraphs().size(); i++) {
                assertThat(doc.getParagraphs().get(i).getStyleID()).as("paragraph %d keeps its style", i)
                        .isEqualTo(original.getParagraphs().get(i).getStyleID());
            }
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().contains("Eng")).skip(5).findFirst().orElseThrow();
            assertThat(body.getRuns().get(0).getCTR().getRPr().getLangArray(0).getVal()).isEqualTo("en-GB");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).startsWith("Eng");
            assertThat(doc.getDocument().getBody().getSectPr().xmlText())
                    .as("page setup kept").isEqualTo(original.getDocument().getBody().getSectPr().xmlText());
        }
    }

    @Test
    void untranslatedSegmentsStayInRussianAndANoteWhoseMarkerTheEnglishLostIsKept() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        Function<String, String> half = keepingCodes();
        // every second segment untranslated; markers dropped from every translated target
        byte[] edition = write(translated(s -> seen.incrementAndGet() % 2 == 0 ? null : half.apply(s).replaceAll("[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "")),
                EnglishEdition.Untranslated.SOURCE);
        EditionDocxCheck.Facts facts = EditionDocxCheck.read(edition);
        assertThat(facts.allText()).contains("Eng").containsPattern("[А-Яа-я]{4}");
        assertThat(facts.noteReferences()).as("no note is lost with its marker").isEqualTo(6);
        assertThat(facts.notes()).hasSize(6);
        EnglishEdition e = EnglishEdition.build(translated(s -> null), EnglishEdition.Untranslated.SOURCE, false);
        assertThat(e.warnings()).singleElement().asString().contains("stay in Russian");
    }
}
