package app.tandem.exchange;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.IOException;
import java.io.OutputStream;

/** The English edition as a Word document: the title centred and bold, headings bold, untranslated text highlighted. */
public final class EditionDocxWriter {
    public void write(EnglishEdition edition, String title, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Tandem");
            boolean first = true;
            for (EnglishEdition.Paragraph p : edition.paragraphs()) {
                XWPFParagraph para = doc.createParagraph();
                para.setSpacingAfter(160);
                if (p.heading() && first) {
                    para.setAlignment(ParagraphAlignment.CENTER);
                }
                for (EnglishEdition.Run r : p.runs()) {
                    XWPFRun run = para.createRun();
                    run.setText(r.text());
                    run.setFontFamily("Times New Roman");
                    run.setFontSize(p.heading() ? 14 : 12);
                    run.setBold(p.heading());
                    if (r.untranslated()) {
                        run.setTextHighlightColor("yellow");
                    }
                }
                first = false;
            }
            doc.write(out);
        }
    }
}
