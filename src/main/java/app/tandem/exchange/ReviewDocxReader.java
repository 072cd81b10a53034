package app.tandem.exchange;

import app.tandem.text.OneLineMessage;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a review DOCX back: which Tandem document it belongs to, the segment versions at export,
 * and per row the target and comments as the reviewer left them. Anything that does not match
 * the export (another document, rows added, removed or moved, not a DOCX, a zip bomb) is refused
 * with a message naming the row.
 */
public final class ReviewDocxReader {
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    public record Row(long segmentId, String target, String comments) {
    }

    public record Review(long documentId, Map<Long, Integer> exportedVersions, List<Row> rows) {
    }

    static {
        // a DOCX whose parts inflate more than 50x, or past 200 MB, is treated as a zip bomb
        ZipSecureFile.setMinInflateRatio(0.02);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    public Review read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ExchangeException(fileName + ": " + bytes.length / (1024 * 1024) + " MB is over the 50 MB limit for review documents");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new ExchangeException(fileName + ": not a DOCX file (a DOCX is a ZIP package starting with 'PK')");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
            CTProperty idProp = custom.getProperty(ReviewDocxWriter.PROP_DOCUMENT);
            CTProperty versionsProp = custom.getProperty(ReviewDocxWriter.PROP_VERSIONS);
            if (idProp == null || versionsProp == null) {
                throw new ExchangeException(fileName + ": not a Tandem review document (its Tandem document properties are missing)");
            }
            long documentId = Long.parseLong(idProp.getLpwstr());
            Map<Long, Integer> versions = new LinkedHashMap<>();
            for (String pair : versionsProp.getLpwstr().split(",")) {
                if (!pair.isBlank()) {
                    String[] kv = pair.split(":");
                    versions.put(Long.parseLong(kv[0]), Integer.parseInt(kv[1]));
                }
            }
            if (doc.getTables().isEmpty()) {
                throw new ExchangeException(fileName + ": the segment table is missing");
            }
            XWPFTable table = doc.getTables().get(0);
            List<Long> expected = new ArrayList<>(versions.keySet());
            List<XWPFTableRow> tableRows = table.getRows();
            int dataRows = tableRows.size() - 1;
            if (dataRows != expected.size()) {
                throw new ExchangeException(fileName + ": the table has " + dataRows + " segment rows but " + expected.size()
                        + " were exported; rows must not be added or deleted");
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < tableRows.size(); i++) {
                XWPFTableRow r = tableRows.get(i);
                if (r.getTableCells().size() < ReviewDocxWriter.HEADERS.length) {
                    throw new ExchangeException(fileName + ": row " + i + " has " + r.getTableCells().size() + " columns, expected "
                            + ReviewDocxWriter.HEADERS.length);
                }
                String idText = text(r.getCell(0)).strip();
                long id;
                try {
                    id = Long.parseLong(idText);
                } catch (NumberFormatException e) {
                    throw new ExchangeException(fileName + ": row " + i + " has \"" + idText + "\" in the ID column, not a segment id");
                }
                if (id != expected.get(i - 1)) {
                    throw new ExchangeException(fileName + ": row " + i + " holds segment " + id + " but segment "
                            + expected.get(i - 1) + " was exported there; rows must not be reordered");
                }
                rows.add(new Row(id, codedText(r.getCell(2)), text(r.getCell(4))));
            }
            return new Review(documentId, versions, rows);
        } catch (ExchangeException e) {
            throw e;
        } catch (NumberFormatException e) {
            throw new ExchangeException(fileName + ": damaged Tandem document properties");
        } catch (Exception e) {
            // (a message-less exception says nothing a person can use: its class name is no reason)
            String msg = e.getMessage() == null ? "damaged content" : OneLineMessage.of(e.getMessage().lines().findFirst().orElse(""));
            if (msg.contains("Zip bomb") || msg.contains("zip bomb") || msg.contains("exceeds the max")) {
                throw new ExchangeException(fileName + ": refused as a possible zip bomb (its content inflates far beyond its size)", e);
            }
            throw new ExchangeException(fileName + ": not a readable DOCX file (" + msg + ")", e);
        }
    }

    /** A target as the reviewer left it, its italic, bold, underline, superscript and subscript as codes again. */
    private static String codedText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            app.tandem.text.CodedTextBuilder coded = new app.tandem.text.CodedTextBuilder();
            for (org.apache.poi.xwpf.usermodel.XWPFRun r : p.getRuns()) {
                java.util.Set<String> formats = new java.util.HashSet<>();
                if (r.isBold()) {
                    formats.add("b");
                }
                if (r.isItalic()) {
                    formats.add("i");
                }
                if (r.getUnderline() != null && r.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE) {
                    formats.add("u");
                }
                String align = r.getVerticalAlignment() == null ? "" : r.getVerticalAlignment().toString().toLowerCase(java.util.Locale.ROOT);
                if (align.equals("superscript")) {
                    formats.add("sup");
                } else if (align.equals("subscript")) {
                    formats.add("sub");
                }
                coded.append(r.text(), formats);
            }
            sb.append(coded.build());
        }
        return sb.toString().replace("\r", "");
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.getText());
        }
        return sb.toString().replace("\r", "");
    }
}
