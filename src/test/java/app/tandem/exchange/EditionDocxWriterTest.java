package app.tandem.exchange;

import app.tandem.pipeline.CleanBlock;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF-born document's edition built from its structure: named styles, real footnotes at their markers, formatting, references last. */
class EditionDocxWriterTest {
    @TempDir
    Path dir;

    private static byte[] write(EnglishEdition edition) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EditionDocxWriter().write(edition, "fallback title", "en-US", out);
        return out.toByteArray();
    }

    @Test
    void aPdfsEditionHasNamedStylesAndItsFootnotesAtTheirMarkers() throws Exception {
        List<CleanBlock> blocks = EditionFixtures.blocks(Path.of("src/test/resources/sources/004-tex2abs.pdf"));
        long notes = blocks.stream().filter(b -> b.kind().name().equals("FOOTNOTE")).count();
        assertThat(notes).as("the PDF has footnotes").isGreaterThan(0);
        byte[] docx = write(EnglishEdition.build(EditionFixtures.translated(blocks, EditionFixtures.keepingCodes()),
                EnglishEdition.Untranslated.BRACKETED_SOURCE, false));
        EditionDocxCheck.Facts facts = EditionDocxCheck.read(docx);
        assertThat(facts.notes()).as("every note a Word footnote").hasSize((int) notes).allSatisfy(n -> assertThat(n).startsWith("Eng"));
        assertThat(facts.noteReferences()).isEqualTo(notes);
        assertThat(facts.titles()).as("the opening heading is the title").hasSize(1);
        assertThat(facts.allText()).doesNotContainPattern("[А-Яа-яЁё]");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (String style : List.of("Title", "Author", "Abstract", "Keywords", "Heading1", "Heading2", "Heading3", "BodyText", "FootnoteText")) {
                assertThat(doc.getStyles().styleExist(style)).as(style).isTrue();
            }
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getStyleID).contains("Title", "BodyText");
        }
        Path file = Files.write(dir.resolve("edition.docx"), docx);
        if (EditionDocxCheck.libreOfficeInstalled()) {
            EditionDocxCheck.assertLibreOfficeConverts(file, dir);
        }
    }

    @Test
    void codesBecomeFormattingLabelsLeadTheirParagraphAndTheReferencesGoLast() throws Exception {
        List<ExportBlock> blocks = List.of(
                block("TITLE", "On the ⟨i⟩Rapallo⟨/i⟩ Treaty"),
                block("LABEL", "Abstract:"),
                block("ABSTRACT", "The treaty of ⟨b⟩1922⟨/b⟩.¹"),
                block("HEADING", "References"),
                block("BODY", "1. Chicherin G.V. Articles and speeches."),
                block("HEADING", "Conclusion"),
                block("BODY", "H⟨sub⟩2⟨/sub⟩O and m⟨sup⟩2⟨/sup⟩, ⟨u⟩underlined⟨/u⟩."),
                new ExportBlock("FOOTNOTE", List.of(new ExportSegment(9, 9, "Там же.", "Ibid.", "TRANSLATED", false, 1, null)), "1", null));
        byte[] docx = write(EnglishEdition.build(blocks, EnglishEdition.Untranslated.BRACKETED_SOURCE, false));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            // (POI's text of a paragraph appends its footnotes' text)
            assertThat(ps).extracting(p -> p.getText().replaceAll("\\[footnoteRef.*$", "")).containsExactly("On the Rapallo Treaty", "Abstract: The treaty of 1922.",
                    "Conclusion", "H2O and m2, underlined.", "References", "1. Chicherin G.V. Articles and speeches.");
            assertThat(ps).extracting(XWPFParagraph::getStyleID).containsExactly("Title", "Abstract", "Heading1", "BodyText", "Heading1", "BodyText");
            assertThat(ps.get(0).getRuns()).anyMatch(r -> r.isItalic() && r.text().equals("Rapallo"));
            assertThat(ps.get(1).getRuns().get(0).isBold()).as("the label leads in bold").isTrue();
            assertThat(ps.get(1).getRuns()).anyMatch(r -> r.isBold() && r.text().equals("1922"));
            assertThat(ps.get(3).getRuns()).anyMatch(r -> "subscript".equals(String.valueOf(r.getVerticalAlignment()).toLowerCase()) && r.text().equals("2"));
            assertThat(ps.get(3).getRuns()).anyMatch(r -> r.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE);
            assertThat(doc.getFootnotes().stream().filter(f -> f.getId().intValue() > 0).map(f -> f.getParagraphs().get(0).getText().strip()))
                    .containsExactly("Ibid.");
        }
    }

    private static ExportBlock block(String kind, String target) {
        return new ExportBlock(kind, List.of(new ExportSegment(kind.hashCode(), 1, "ru", target, "TRANSLATED", false, 1, null)));
    }
}
