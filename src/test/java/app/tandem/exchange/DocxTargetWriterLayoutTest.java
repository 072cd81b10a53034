package app.tandem.exchange;

import app.tandem.pipeline.CleanBlock;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Word author's file holds besides its text stays as it was when the English goes in:
 * header and footer, page setup, numbering, a table (its cells translated), an image in a
 * paragraph with text, a footnote and an endnote (both translated, both at their markers).
 */
class DocxTargetWriterLayoutTest {
    @TempDir
    Path dir;

    @Test
    void headerFooterPageSetupNumberingTablesImagesAndNotesStay() throws Exception {
        Path source = dir.resolve("layout.docx");
        Files.write(source, authorsFile());
        List<CleanBlock> blocks = EditionFixtures.blocks(source);
        EnglishEdition edition = EnglishEdition.build(EditionFixtures.translated(blocks, EditionFixtures.keepingCodes()),
                EnglishEdition.Untranslated.SOURCE, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxTargetWriter().write(Files.readAllBytes(source), edition, "en-US", out);
        Path written = Files.write(dir.resolve("layout.en.docx"), out.toByteArray());

        try (XWPFDocument before = new XWPFDocument(Files.newInputStream(source));
             XWPFDocument after = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(after.getHeaderList().get(0).getText()).isEqualTo(before.getHeaderList().get(0).getText());
            assertThat(after.getFooterList().get(0).getText()).isEqualTo(before.getFooterList().get(0).getText());
            assertThat(after.getDocument().getBody().getSectPr().xmlText()).isEqualTo(before.getDocument().getBody().getSectPr().xmlText());
            XWPFParagraph item = after.getParagraphs().stream().filter(p -> p.getNumID() != null).findFirst().orElseThrow();
            assertThat(item.getText()).startsWith("Eng");
            XWPFTable table = after.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).startsWith("Eng");
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("1922");
            assertThat(after.getAllPictures()).hasSize(1);
            XWPFParagraph pictured = after.getParagraphs().stream().filter(p -> p.getCTP().xmlText().contains("<w:drawing")).findFirst().orElseThrow();
            assertThat(pictured.getText()).startsWith("Eng");
            XWPFFootnote footnote = after.getFootnotes().stream().filter(f -> f.getId().intValue() > 0).findFirst().orElseThrow();
            assertThat(footnote.getParagraphs().get(0).getText().strip()).startsWith("Eng");
            XWPFEndnote endnote = after.getEndnotes().stream().filter(f -> f.getId().intValue() > 0).findFirst().orElseThrow();
            assertThat(endnote.getParagraphs().get(0).getText().strip()).startsWith("Eng");
            String body = after.getDocument().getBody().xmlText();
            assertThat(body).contains("<w:footnoteReference").contains("<w:endnoteReference");
            assertThat(EditionDocxCheck.read(out.toByteArray()).allText()).doesNotContainPattern("[А-Яа-яЁё]");
        }
        if (EditionDocxCheck.libreOfficeInstalled()) {
            EditionDocxCheck.assertLibreOfficeConverts(written, dir);
        }
    }

    /** A small Word file as an author makes one, written with POI. */
    private static byte[] authorsFile() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Voprosy istorii 2024 No 3");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("ISSN 0042-8779");
            var sect = doc.getDocument().getBody().addNewSectPr();
            sect.addNewPgSz().setW(BigInteger.valueOf(11906));
            sect.getPgSz().setH(BigInteger.valueOf(16838));
            sect.addNewPgMar().setLeft(BigInteger.valueOf(1701));

            XWPFParagraph intro = doc.createParagraph();
            XWPFRun r = intro.createRun();
            r.setText("Переговоры о торговом соглашении ");
            XWPFRun italic = intro.createRun();
            italic.setItalic(true);
            italic.setText("затянулись почти на год");
            intro.createRun().setText(".");
            XWPFFootnote fn = doc.createFootnote();
            XWPFParagraph fp = fn.createParagraph();
            fn.ensureFootnoteRef(fp);
            fp.createRun().setText(" Там же. С. 45.");
            intro.addFootnoteReference(fn);
            intro.createRun().setText(" Соглашение подписали в марте.");
            XWPFEndnote en = doc.createEndnote();
            XWPFParagraph ep = en.createParagraph();
            en.ensureFootnoteRef(ep);
            ep.createRun().setText(" Известия. 1922. 18 апреля.");
            intro.addFootnoteReference(en);

            var numbering = doc.createNumbering();
            var abstractNum = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.parse(
                    "<w:abstractNum xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" w:abstractNumId=\"0\">"
                            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>");
            BigInteger num = numbering.addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum)));
            XWPFParagraph item = doc.createParagraph();
            item.setNumID(num);
            item.createRun().setText("Первый пункт перечня источников.");

            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Год подписания");
            table.getRow(0).getCell(1).setText("1922");

            XWPFParagraph pictured = doc.createParagraph();
            pictured.createRun().setText("Рисунок показывает карту переговоров. ");
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            pictured.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), org.apache.poi.common.usermodel.PictureType.PNG,
                    "map.png", 360000, 360000);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
