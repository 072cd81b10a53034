package app.tandem.exchange;

import app.tandem.text.InlineToken;
import app.tandem.text.InlineTokenFinder;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a document as XLIFF, streamed unit by unit: 2.0 (OASIS core) or 1.2 (for OmegaT, older
 * Trados and translate-toolkit). One unit per segment, its id ({@code s} + the segment's id)
 * stable across exports; the Tandem status as the format's state (and exactly, as a
 * {@code tandem:} sub-state or attribute); the segment's version and the export time, so that
 * changes made in Tandem since can be told from the file's; comments as notes; footnote references and citations
 * as placeholders that carry their original text, so tools cannot change them by accident.
 */
public final class XliffWriter implements AutoCloseable {
    public enum Version { V2_0, V1_2 }

    public static final String NS_20 = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String NS_12 = "urn:oasis:names:tc:xliff:document:1.2";
    /** Tandem's own attributes in XLIFF 1.2 (2.0 has sub-states for that). */
    public static final String NS_TANDEM = "urn:tandem:xliff";

    private final XMLStreamWriter xml;
    private final Version version;
    private final InlineTokenFinder inline = new InlineTokenFinder();

    /**
     * @param fileId   the document's id, the {@code file} element's id
     * @param original the document's file name
     */
    public XliffWriter(OutputStream out, Version version, String sourceLang, String targetLang, String fileId, String original) {
        this.version = version;
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            if (version == Version.V2_0) {
                xml.writeStartElement("xliff");
                xml.writeDefaultNamespace(NS_20);
                xml.writeNamespace("tandem", NS_TANDEM);
                xml.writeAttribute("version", "2.0");
                xml.writeAttribute("srcLang", sourceLang);
                xml.writeAttribute("trgLang", targetLang);
                xml.writeCharacters("\n");
                xml.writeStartElement("file");
                xml.writeAttribute("id", "d" + fileId);
                xml.writeAttribute("original", original);
                xml.writeAttribute(NS_TANDEM, "exported", java.time.Instant.now().toString());
            } else {
                xml.writeStartElement("xliff");
                xml.writeDefaultNamespace(NS_12);
                xml.writeNamespace("tandem", NS_TANDEM);
                xml.writeAttribute("version", "1.2");
                xml.writeCharacters("\n");
                xml.writeStartElement("file");
                xml.writeAttribute("original", original);
                xml.writeAttribute("source-language", sourceLang);
                xml.writeAttribute("target-language", targetLang);
                xml.writeAttribute("datatype", "plaintext");
                xml.writeAttribute("date", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
                xml.writeAttribute("tool-id", "tandem");
                xml.writeCharacters("\n");
                xml.writeStartElement("header");
                xml.writeEmptyElement("tool");
                xml.writeAttribute("tool-id", "tandem");
                xml.writeAttribute("tool-name", TmxWriter.TOOL);
                xml.writeAttribute("tool-version", TmxWriter.TOOL_VERSION);
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeStartElement("body");
            }
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new ExchangeException("cannot write XLIFF: " + e.getMessage(), e);
        }
    }

    /** One segment; a covered segment (its English is on the previous one's target) goes without a target. */
    public void write(ExportSegment s) {
        try {
            if (version == Version.V2_0) {
                unit20(s);
            } else {
                unit12(s);
            }
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new ExchangeException("cannot write XLIFF: " + e.getMessage(), e);
        }
    }

    private void unit20(ExportSegment s) throws XMLStreamException {
        xml.writeStartElement("unit");
        xml.writeAttribute("id", unitId(s));
        xml.writeAttribute("name", String.valueOf(s.number()));
        // the version exported: a later change in Tandem shows as a conflict when the file comes back
        xml.writeAttribute(NS_TANDEM, "version", String.valueOf(s.version()));
        String notes = notes(s);
        if (notes != null) {
            xml.writeStartElement("notes");
            for (String n : notes.split("\n")) {
                if (!n.isBlank()) {
                    xml.writeStartElement("note");
                    xml.writeCharacters(SafeXml.clean(n));
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        }
        String target = s.translated() && !s.covered() ? s.target() : null;
        List<InlineToken> sourceCodes = inline.find(s.source());
        List<InlineToken> targetCodes = target == null ? List.of() : inline.find(target);
        if (!sourceCodes.isEmpty() || !targetCodes.isEmpty()) {
            xml.writeStartElement("originalData");
            for (int i = 0; i < sourceCodes.size(); i++) {
                data("s" + (i + 1), sourceCodes.get(i).text());
            }
            for (int i = 0; i < targetCodes.size(); i++) {
                data("t" + (i + 1), targetCodes.get(i).text());
            }
            xml.writeEndElement();
        }
        xml.writeStartElement("segment");
        xml.writeAttribute("state", state20(s.status()));
        xml.writeAttribute("subState", "tandem:" + s.status());
        content20("source", s.source(), sourceCodes, "s");
        if (target != null) {
            content20("target", target, targetCodes, "t");
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void data(String id, String text) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("id", "d" + id);
        xml.writeCharacters(SafeXml.clean(text));
        xml.writeEndElement();
    }

    private void content20(String element, String text, List<InlineToken> codes, String prefix) throws XMLStreamException {
        xml.writeStartElement(element);
        int pos = 0;
        for (int i = 0; i < codes.size(); i++) {
            InlineToken t = codes.get(i);
            xml.writeCharacters(SafeXml.clean(text.substring(pos, t.start())));
            xml.writeEmptyElement("ph");
            xml.writeAttribute("id", prefix + (i + 1));
            xml.writeAttribute("dataRef", "d" + prefix + (i + 1));
            if (t.type() == InlineToken.Type.FORMAT) {
                // a DOCX run's formatting: its start and its end are each a placeholder, as a sentence may hold only one of them
                xml.writeAttribute("type", "fmt");
                xml.writeAttribute("subType", "tandem:" + app.tandem.text.FormatCodes.tag(t.text())
                        + (app.tandem.text.FormatCodes.isClosing(t.text()) ? "-end" : "-start"));
            } else {
                xml.writeAttribute("type", "other");
                xml.writeAttribute("subType", t.type() == InlineToken.Type.FOOTNOTE ? "tandem:footnote" : "tandem:citation");
            }
            pos = t.end();
        }
        xml.writeCharacters(SafeXml.clean(text.substring(pos)));
        xml.writeEndElement();
    }

    private void unit12(ExportSegment s) throws XMLStreamException {
        xml.writeStartElement("trans-unit");
        xml.writeAttribute("id", unitId(s));
        xml.writeAttribute("resname", String.valueOf(s.number()));
        xml.writeAttribute("approved", "APPROVED".equals(s.status()) ? "yes" : "no");
        xml.writeAttribute(NS_TANDEM, "status", s.status());
        xml.writeAttribute(NS_TANDEM, "version", String.valueOf(s.version()));
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        content12("source", s.source(), null);
        if (s.translated() && !s.covered()) {
            content12("target", s.target(), state12(s.status()));
        }
        String notes = notes(s);
        if (notes != null) {
            xml.writeStartElement("note");
            xml.writeCharacters(SafeXml.clean(notes));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void content12(String element, String text, String state) throws XMLStreamException {
        xml.writeStartElement(element);
        if (state != null) {
            xml.writeAttribute("state", state);
        }
        int pos = 0;
        int n = 1;
        for (InlineToken t : inline.find(text)) {
            xml.writeCharacters(SafeXml.clean(text.substring(pos, t.start())));
            xml.writeStartElement("ph");
            xml.writeAttribute("id", String.valueOf(n++));
            xml.writeAttribute("ctype", t.type() == InlineToken.Type.FOOTNOTE ? "x-footnote"
                    : t.type() == InlineToken.Type.FORMAT ? "x-format" : "x-citation");
            xml.writeCharacters(SafeXml.clean(t.text()));
            xml.writeEndElement();
            pos = t.end();
        }
        xml.writeCharacters(SafeXml.clean(text.substring(pos)));
        xml.writeEndElement();
    }

    /** The id a unit keeps across exports: the segment's own. */
    public static String unitId(ExportSegment s) {
        return "s" + s.id();
    }

    private static String notes(ExportSegment s) {
        StringBuilder sb = new StringBuilder();
        if (s.covered()) {
            sb.append("Translated together with the previous segment.");
        }
        if (s.comments() != null && !s.comments().isBlank()) {
            sb.append(sb.length() > 0 ? "\n" : "").append(s.comments());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Untranslated and drafts are initial, confirmed is translated, approved is final. */
    static String state20(String status) {
        return switch (status) {
            case "TRANSLATED" -> "translated";
            case "APPROVED" -> "final";
            default -> "initial";
        };
    }

    static String state12(String status) {
        return switch (status) {
            case "TRANSLATED" -> "translated";
            case "APPROVED" -> "signed-off";
            case "NEW" -> "needs-translation";
            default -> "needs-review-translation";
        };
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement(); // body (1.2) or file (2.0)
            if (version == Version.V1_2) {
                xml.writeCharacters("\n");
                xml.writeEndElement(); // file
            }
            xml.writeCharacters("\n");
            xml.writeEndElement(); // xliff
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ExchangeException("cannot write XLIFF: " + e.getMessage(), e);
        }
    }
}
