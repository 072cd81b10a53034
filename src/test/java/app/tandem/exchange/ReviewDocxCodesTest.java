package app.tandem.exchange;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The review DOCX shows a DOCX source's formatting as formatting and labels footnotes; what comes back has its codes again. */
class ReviewDocxCodesTest {
    private static final List<ExportSegment> SEGMENTS = List.of(
            new ExportSegment(1, 1, "⟨i⟩Генуэзская конференция⟨/i⟩ открылась в ⟨b⟩апреле⟨/b⟩.¹",
                    "The ⟨i⟩Genoa Conference⟨/i⟩ opened in ⟨b⟩April⟨/b⟩.¹", "TRANSLATED", false, 1, null),
            new ExportSegment(2, 2, "⟨b⟩⟨i⟩Важно⟨/i⟩ и⟨/b⟩ H⟨sub⟩2⟨/sub⟩O.", "⟨b⟩⟨i⟩Important⟨/i⟩ and⟨/b⟩ H⟨sub⟩2⟨/sub⟩O.", "DRAFT", false, 1, null),
            new ExportSegment(3, 3, "РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15.", "RGASPI. F. 5. Op. 1. D. 2138. L. 15.", "TRANSLATED", false, 1, null, "1"));

    @Test
    void formattingIsShownAndComesBackAsTheSameCodes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewDocxWriter().write(7, "Edition", "article-004", Map.of("TRANSLATED", 2, "DRAFT", 1), SEGMENTS, out);
        byte[] docx = out.toByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTableCell target = doc.getTables().get(0).getRow(1).getCell(2);
            assertThat(target.getText()).isEqualTo("The Genoa Conference opened in April.¹");
            assertThat(target.getParagraphs().get(0).getRuns()).anyMatch(r -> r.isItalic() && r.text().equals("Genoa Conference"))
                    .anyMatch(r -> r.isBold() && r.text().equals("April"));
            XWPFTableCell note = doc.getTables().get(0).getRow(3).getCell(1);
            assertThat(note.getParagraphs().get(0).getText()).isEqualTo("Footnote 1");
        }
        ReviewDocxReader.Review review = new ReviewDocxReader().read("review.docx", docx);
        assertThat(review.rows()).extracting(ReviewDocxReader.Row::target)
                .containsExactly(SEGMENTS.get(0).target(), SEGMENTS.get(1).target(), SEGMENTS.get(2).target());
    }
}
