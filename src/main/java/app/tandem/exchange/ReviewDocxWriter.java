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
 * The two-column review document, on A4 landscape: a header block, then one table row per
 * segment with id, Russian source, English target, status and comments, the two texts taking
 * most of the width and the header row repeated on every page. Id and source columns are shaded and
 * marked "do not edit"; the document carries its Tandem document id and each segment's version
 * as custom properties, which the re-import uses to refuse wrong documents and to spot conflicts.
 */
public final class ReviewDocxWriter {
    public static final String PROP_DOCUMENT = "tandem-document-id";
    public static final String PROP_VERSIONS = "tandem-segment-versions";
    public static final String PROP_TARGETS = "tandem-exported-at";
    /** The columns; the reader takes the first five back (the sixth, QA, is what the checks found, for reading only). */
    static final String[] HEADERS = {"ID (do not edit)", "Russian source (do not edit)", "English target", "Status", "Comments", "QA"};
    /** A4 landscape in twentieths of a point, with half-inch margins: the width the table may fill. */
    private static final int PAGE_W = 16838;
    private static final int PAGE_H = 11906;
    private static final int MARGIN = 720;
    /** Column widths in twentieths of a point: a narrow id and status, the two texts sharing two thirds of the page, the rest for comments and QA. */
    static final int[] WIDTHS = {800, 5100, 5100, 1200, 1500, PAGE_W - 2 * MARGIN - 800 - 5100 - 5100 - 1200 - 1500};
    /** A font that carries Cyrillic on Windows and macOS (and is mapped to Liberation Sans by LibreOffice elsewhere). */
    static final String FONT = "Arial";

    private final app.tandem.i18n.Translator tr;

    public ReviewDocxWriter() {
        this(app.tandem.i18n.Translator.ENGLISH);
    }

    /** {@code tr}: the language of the labels, the reviewer's (the texts themselves are the document's). */
    public ReviewDocxWriter(app.tandem.i18n.Translator tr) {
        this.tr = tr;
    }

    public void write(long documentId, String project, String document, Map<String, Integer> statusCounts,
                      List<ExportSegment> segments, OutputStream out) throws IOException {
        write(documentId, project, document, statusCounts, segments, null, List.of(), Map.of(), out);
    }

    public void write(long documentId, String project, String document, Map<String, Integer> statusCounts,
                      List<ExportSegment> segments, app.tandem.lqa.Scorecard scorecard, List<app.tandem.lqa.MarkedError> errors,
                      OutputStream out) throws IOException {
        write(documentId, project, document, statusCounts, segments, scorecard, errors, Map.of(), out);
    }

    /**
     * The review document with the quality scorecard after the segments (the reader takes the
     * first table only, so the scorecard never counts as rows).
     */
    /** {@code qa}: each segment's open QA findings, one line each, already in the reviewer's language. */
    public void write(long documentId, String project, String document, Map<String, Integer> statusCounts,
                      List<ExportSegment> segments, app.tandem.lqa.Scorecard scorecard, List<app.tandem.lqa.MarkedError> errors,
                      Map<Long, List<String>> qa, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            landscape(doc);
            POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
            custom.addProperty(PROP_DOCUMENT, String.valueOf(documentId));
            StringJoiner versions = new StringJoiner(",");
            segments.forEach(s -> versions.add(s.id() + ":" + s.version()));
            custom.addProperty(PROP_VERSIONS, versions.toString());
            custom.addProperty(PROP_TARGETS, Instant.now().toString());
            doc.getProperties().getCoreProperties().setTitle(document + " — review");
            doc.getProperties().getCoreProperties().setCreator("Tandem");

            line(doc, tr.get("Tandem review: {0}", document), true, 14);
            line(doc, tr.get("Project: {0}", project), false, 11);
            line(doc, tr.get("Languages: Russian (ru) → English (en)"), false, 11);
            line(doc, tr.get("Exported: {0} UTC", Instant.now().toString().substring(0, 19).replace('T', ' ')), false, 11);
            StringJoiner counts = new StringJoiner(", ");
            statusCounts.forEach((k, v) -> counts.add(status(k) + " " + v));
            line(doc, tr.get("Segments: {0} ({1})", String.valueOf(segments.size()), counts.toString()), false, 11);
            line(doc, tr.get("Edit only the English target and Comments columns. Do not add, delete or reorder rows."), false, 10);

            XWPFTable table = doc.createTable(segments.size() + 1, HEADERS.length);
            fixedColumns(table);
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < HEADERS.length; c++) {
                cell(header.getCell(c), tr.get(HEADERS[c]), true, "D9D9D9");
                width(header.getCell(c), WIDTHS[c]);
            }
            for (int i = 0; i < segments.size(); i++) {
                ExportSegment s = segments.get(i);
                XWPFTableRow row = table.getRow(i + 1);
                row.setCantSplitRow(true);
                cell(row.getCell(0), String.valueOf(s.id()), false, "EFEFEF");
                styledCell(row.getCell(1), s.note() == null ? null : tr.get("Footnote {0}", s.note()), s.source(), "EFEFEF");
                styledCell(row.getCell(2), null, s.covered() ? "" : s.target() == null ? "" : s.target(), null);
                cell(row.getCell(3), s.covered() ? status(s.status()) + " " + tr.get("(covered by the row above)") : status(s.status()), false, null);
                cell(row.getCell(4), s.comments() == null ? "" : s.comments(), false, null);
                cell(row.getCell(5), String.join("\n", qa.getOrDefault(s.id(), List.of())), false, null);
                for (int c = 0; c < WIDTHS.length; c++) {
                    width(row.getCell(c), WIDTHS[c]);
                }
            }
            if (scorecard != null) {
                scorecard(doc, scorecard, errors);
            }
            doc.write(out);
        }
    }

    /** A stored status (NEW, TRANSLATED…) as the reviewer reads it: the English "Translated" is its key. */
    private String status(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return tr.get(name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    private void scorecard(XWPFDocument doc, app.tandem.lqa.Scorecard card, List<app.tandem.lqa.MarkedError> errors) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setPageBreak(true);
        XWPFRun h = heading.createRun();
        h.setText(tr.get("Quality scorecard (MQM)"));
        h.setBold(true);
        h.setFontSize(14);
        h.setFontFamily(FONT);
        line(doc, tr.get("Words evaluated: {0} of {1}", String.valueOf(card.evaluatedWords()), String.valueOf(card.words()))
                + "    " + tr.get("Penalty points: {0}", String.valueOf(card.penalty()))
                + "    " + tr.get("Score: {0}", card.scoreText())
                + "    " + tr.get("Pass mark: {0}", String.format(java.util.Locale.ROOT, "%.1f", card.threshold()))
                + "    " + tr.get("Result: {0}", tr.get(!card.scored() ? "NOT EVALUATED" : card.passed() ? "PASSED" : "FAILED")), false, 11);
        line(doc, tr.get("Score = 100 × (1 − penalty / evaluated words), the words of the segments a reviewer approved, rejected or marked; "
                + "minor 1, major 5, critical 25 penalty points."), false, 10);
        XWPFTable byCategory = doc.createTable(card.byCategory().size() + 1, 2);
        cell(byCategory.getRow(0).getCell(0), tr.get("Category"), true, "D9D9D9");
        cell(byCategory.getRow(0).getCell(1), tr.get("Errors"), true, "D9D9D9");
        int r = 1;
        for (var e : card.byCategory().entrySet()) {
            cell(byCategory.getRow(r).getCell(0), tr.get(e.getKey().label()), false, null);
            cell(byCategory.getRow(r).getCell(1), String.valueOf(e.getValue()), false, null);
            r++;
        }
        if (errors.isEmpty()) {
            line(doc, tr.get("No errors marked."), false, 11);
            return;
        }
        line(doc, tr.get("Errors"), true, 12);
        String[] heads = {tr.get("Segment"), tr.get("Category"), tr.get("Severity"), tr.get("Note"), tr.get("Reviewer")};
        XWPFTable list = doc.createTable(errors.size() + 1, heads.length);
        for (int c = 0; c < heads.length; c++) {
            cell(list.getRow(0).getCell(c), heads[c], true, "D9D9D9");
        }
        for (int i = 0; i < errors.size(); i++) {
            app.tandem.lqa.MarkedError m = errors.get(i);
            XWPFTableRow row = list.getRow(i + 1);
            cell(row.getCell(0), String.valueOf(m.segment()), false, null);
            cell(row.getCell(1), tr.get(m.category().label()), false, null);
            cell(row.getCell(2), tr.get(m.severity().label()) + " (" + m.severity().penalty() + ")", false, null);
            cell(row.getCell(3), m.note() == null ? "" : m.note(), false, null);
            cell(row.getCell(4), m.reviewer(), false, null);
        }
    }

    /** A4 landscape: a bilingual table needs the width more than the height. */
    private static void landscape(XWPFDocument doc) {
        var sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(java.math.BigInteger.valueOf(PAGE_W));
        size.setH(java.math.BigInteger.valueOf(PAGE_H));
        size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
        var margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        for (var side : List.<java.util.function.Consumer<java.math.BigInteger>>of(margins::setLeft, margins::setRight, margins::setTop,
                margins::setBottom)) {
            side.accept(java.math.BigInteger.valueOf(MARGIN));
        }
    }

    /**
     * Word and LibreOffice size a table by its grid, not by cell widths alone: a fixed layout with
     * the grid set keeps the narrow columns narrow.
     */
    private static void fixedColumns(XWPFTable table) {
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        table.setWidth(String.valueOf(java.util.Arrays.stream(WIDTHS).sum()));
        var pr = table.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : WIDTHS) {
            grid.addNewGridCol().setW(java.math.BigInteger.valueOf(w));
        }
    }

    private static void width(XWPFTableCell cell, int twips) {
        cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        cell.setWidth(String.valueOf(twips));
    }

    private static void line(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily(FONT);
    }

    /**
     * A source or target as the edition will show it: the codes as italic, bold, underline,
     * superscript or subscript (the reader turns them back into codes), footnote markers as they
     * are; a footnote's segment labelled with its note's number on a line of its own.
     */
    private static void styledCell(XWPFTableCell cell, String label, String text, String shade) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (label != null) {
            XWPFParagraph labelled = cell.insertNewParagraph(p.getCTP().newCursor());
            XWPFRun r = labelled.createRun();
            r.setText(label);
            r.setItalic(true);
            r.setColor("595959");
            r.setFontSize(8);
            r.setFontFamily(FONT);
            p = cell.getParagraphs().get(cell.getParagraphs().size() - 1);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (app.tandem.text.StyledText.Piece piece : app.tandem.text.StyledText.parse(lines[i])) {
                XWPFRun r = p.createRun();
                r.setText(piece.text());
                r.setFontSize(10);
                r.setFontFamily(FONT);
                r.setBold(piece.formats().contains("b"));
                r.setItalic(piece.formats().contains("i"));
                if (piece.formats().contains("u")) {
                    r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                }
                if (piece.formats().contains("sup")) {
                    r.setVerticalAlignment("superscript");
                } else if (piece.formats().contains("sub")) {
                    r.setVerticalAlignment("subscript");
                }
            }
            if (i < lines.length - 1) {
                p.createRun().addBreak();
            }
        }
        if (shade != null) {
            cell.setColor(shade);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, String shade) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = p.createRun();
            r.setText(lines[i]);
            r.setBold(bold);
            r.setFontSize(10);
            r.setFontFamily(FONT);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
        if (shade != null) {
            cell.setColor(shade);
        }
    }
}
