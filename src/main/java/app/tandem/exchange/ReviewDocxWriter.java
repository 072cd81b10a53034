package app.tandem.exchange;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The two-column review document: a header block, then one table row per segment with id,
 * Russian source, English target, status and comments. Id and source columns are shaded and
 * marked "do not edit"; the document carries its Tandem document id and each segment's version
 * as custom properties, which the re-import uses to refuse wrong documents and to spot conflicts.
 */
public final class ReviewDocxWriter {
    public static final String PROP_DOCUMENT = "tandem-document-id";
    public static final String PROP_VERSIONS = "tandem-segment-versions";
    public static final String PROP_TARGETS = "tandem-exported-at";
    static final String[] HEADERS = {"ID (do not edit)", "Russian source (do not edit)", "English target", "Status", "Comments"};
    private static final String[] WIDTHS = {"8%", "36%", "36%", "8%", "12%"};

    public void write(long documentId, String project, String document, Map<String, Integer> statusCounts,
                      List<ExportSegment> segments, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
            custom.addProperty(PROP_DOCUMENT, String.valueOf(documentId));
            StringJoiner versions = new StringJoiner(",");
            segments.forEach(s -> versions.add(s.id() + ":" + s.version()));
            custom.addProperty(PROP_VERSIONS, versions.toString());
            custom.addProperty(PROP_TARGETS, Instant.now().toString());
            doc.getProperties().getCoreProperties().setTitle(document + " — review");
            doc.getProperties().getCoreProperties().setCreator("Tandem");

            line(doc, "Tandem review: " + document, true, 14);
            line(doc, "Project: " + project, false, 11);
            line(doc, "Languages: Russian (ru) → English (en)", false, 11);
            line(doc, "Exported: " + Instant.now().toString().substring(0, 19).replace('T', ' ') + " UTC", false, 11);
            StringJoiner counts = new StringJoiner(", ");
            statusCounts.forEach((k, v) -> counts.add(k + " " + v));
            line(doc, "Segments: " + segments.size() + " (" + counts + ")", false, 11);
            line(doc, "Edit only the English target and Comments columns. Do not add, delete or reorder rows.", false, 10);

            XWPFTable table = doc.createTable(segments.size() + 1, HEADERS.length);
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < HEADERS.length; c++) {
                cell(header.getCell(c), HEADERS[c], true, "D9D9D9");
                header.getCell(c).setWidth(WIDTHS[c]);
            }
            for (int i = 0; i < segments.size(); i++) {
                ExportSegment s = segments.get(i);
                XWPFTableRow row = table.getRow(i + 1);
                row.setCantSplitRow(true);
                cell(row.getCell(0), String.valueOf(s.id()), false, "EFEFEF");
                cell(row.getCell(1), s.source(), false, "EFEFEF");
                cell(row.getCell(2), s.covered() ? "" : s.target() == null ? "" : s.target(), false, null);
                cell(row.getCell(3), s.covered() ? s.status() + " (covered by the row above)" : s.status(), false, null);
                cell(row.getCell(4), s.comments() == null ? "" : s.comments(), false, null);
                for (int c = 0; c < WIDTHS.length; c++) {
                    row.getCell(c).setWidth(WIDTHS[c]);
                }
            }
            doc.write(out);
        }
    }

    private static void line(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, String shade) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = p.createRun();
            r.setText(lines[i]);
            r.setBold(bold);
            r.setFontSize(10);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
        if (shade != null) {
            cell.setColor(shade);
        }
    }
}
