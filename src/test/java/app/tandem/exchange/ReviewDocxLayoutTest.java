package app.tandem.exchange;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The review DOCX reads well: landscape, a narrow id column, the texts taking most of the width, the header on every page. */
class ReviewDocxLayoutTest {
    @Test
    void landscapeFixedColumnsRepeatedHeaderAndACyrillicFont() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewDocxWriter().write(1, "P", "article", Map.of("NEW", 1, "TRANSLATED", 1), List.of(
                new ExportSegment(101, 1, "Внешняя политика.", "Foreign policy.", "TRANSLATED", false, 1, ""),
                new ExportSegment(102, 2, "Второе предложение.", null, "NEW", false, 0, "anna: later")), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(new BigInteger(size.getW().toString())).isGreaterThan(new BigInteger(size.getH().toString()));
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
            List<Long> grid = table.getCTTbl().getTblGrid().getGridColList().stream().map(c -> Long.parseLong(c.getW().toString())).toList();
            assertThat(grid).hasSize(6);
            assertThat(grid.get(1)).isEqualTo(grid.get(2)).isGreaterThan(5 * grid.get(0));
            assertThat(grid.get(1) + grid.get(2)).isGreaterThan(grid.stream().mapToLong(Long::longValue).sum() * 6 / 10);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Внешняя политика.");
            assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Arial");
        }
    }

    @Test
    void aRussianReviewerGetsRussianLabelsAndTheOpenFindingsAndTheFileStillReadsBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ExportSegment> segments = List.of(
                new ExportSegment(101, 1, "В 1921 г. договор подписан.", "In 1922 the treaty was signed.", "TRANSLATED", false, 1, ""),
                new ExportSegment(102, 2, "Второе предложение.", null, "NEW", false, 0, ""));
        new ReviewDocxWriter(app.tandem.i18n.Translations.in(app.tandem.i18n.Translations.RUSSIAN)).write(1, "P", "article",
                Map.of("TRANSLATED", 1, "NEW", 1), segments, null, List.of(),
                Map.of(101L, List.of("Ошибка · Числа: Числа 1921 из оригинала нет в переводе")), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("Проект: P", "Сегменты: 2", "Переведён 1").doesNotContain("Project:", "TRANSLATED");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Русский оригинал (не менять)");
            assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("Переведён");
            assertThat(table.getRow(1).getCell(5).getText()).contains("Числа 1921 из оригинала нет в переводе");
        }
        ReviewDocxReader.Review back = new ReviewDocxReader().read("article.review.docx", out.toByteArray());
        assertThat(back.rows()).hasSize(2);
        assertThat(back.rows().get(0).target()).isEqualTo("In 1922 the treaty was signed.");
    }
}
