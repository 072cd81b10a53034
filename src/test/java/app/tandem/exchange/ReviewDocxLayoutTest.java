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
            assertThat(grid).hasSize(5);
            assertThat(grid.get(1)).isEqualTo(grid.get(2)).isGreaterThan(5 * grid.get(0));
            assertThat(grid.get(1) + grid.get(2)).isGreaterThan(grid.stream().mapToLong(Long::longValue).sum() * 7 / 10);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Внешняя политика.");
            assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Arial");
        }
    }
}
