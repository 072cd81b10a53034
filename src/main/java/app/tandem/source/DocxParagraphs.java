package app.tandem.source;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.util.ArrayList;
import java.util.List;

/**
 * A DOCX's paragraphs in reading order (body paragraphs, and table cells' paragraphs where the
 * table stands), each with the name of its place: {@code p0}, {@code p1}, …. The reader and the
 * writer walk the same way, so a translation goes back to the paragraph its source came from;
 * footnotes and endnotes are named by Word's own ids ({@code f20}, {@code e3}).
 */
public final class DocxParagraphs {
    /** A paragraph and its place; {@code inTable} for a table cell's. */
    public record Located(XWPFParagraph paragraph, String ref, boolean inTable) {
    }

    private DocxParagraphs() {
    }

    public static List<Located> of(XWPFDocument doc) {
        List<Located> out = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                out.add(new Located(p, "p" + out.size(), false));
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            out.add(new Located(p, "p" + out.size(), true));
                        }
                    }
                }
            }
        }
        return out;
    }

    public static String noteRef(boolean footnote, String id) {
        return (footnote ? "f" : "e") + id;
    }
}
