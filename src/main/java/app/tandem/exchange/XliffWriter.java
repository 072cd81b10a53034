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
 * changes made in Tandem since can be told from the file's; comments as notes; footnote markers
 * as placeholders and formatting as paired codes (2.0 {@code <pc>}, 1.2 {@code <bpt>}/{@code <ept>};
 * a half whose other half is in another segment as {@code <sc>}/{@code <ec>} or {@code <it>}),
 * each carrying its original text, so tools keep them and {@code update} gives them back. Citations stay text:
 * translators localise them ("с." is "p.").
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
        List<InlineToken> sourceCodes = codes(s.source());
        List<InlineToken> targetCodes = target == null ? List.of() : codes(target, s.source());
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
        int[] partner = app.tandem.text.FormatCodes.partners(codes);
        int pos = 0;
        for (int i = 0; i < codes.size(); i++) {
            InlineToken t = codes.get(i);
            xml.writeCharacters(SafeXml.clean(text.substring(pos, t.start())));
            pos = t.end();
            String id = prefix + (i + 1);
            if (t.type() != InlineToken.Type.FORMAT) {
                xml.writeEmptyElement("ph");
                xml.writeAttribute("id", id);
                xml.writeAttribute("dataRef", "d" + id);
                xml.writeAttribute("type", "other");
                xml.writeAttribute("subType", "tandem:footnote");
                continue;
            }
            boolean closing = app.tandem.text.FormatCodes.isClosing(t.text());
            if (partner[i] >= 0 && closing) {
                xml.writeEndElement();  // the pc its opening code started
                continue;
            }
            if (partner[i] >= 0) {
                // a pair within the segment: one element around the text it formats
                xml.writeStartElement("pc");
                xml.writeAttribute("id", id);
                xml.writeAttribute("dataRefStart", "d" + id);
                xml.writeAttribute("dataRefEnd", "d" + prefix + (partner[i] + 1));
            } else {
                // the other half is in another segment (or nowhere): a start or end of its own
                xml.writeEmptyElement(closing ? "ec" : "sc");
                xml.writeAttribute("id", id);
                xml.writeAttribute("dataRef", "d" + id);
                xml.writeAttribute("isolated", "yes");
            }
            xml.writeAttribute("type", "fmt");
            xml.writeAttribute("subType", subType20(app.tandem.text.FormatCodes.tag(t.text())));
        }
        xml.writeCharacters(SafeXml.clean(text.substring(pos)));
        xml.writeEndElement();
    }

    /** XLIFF 2.0's own names for bold, italic and underline; Tandem's for the rest. */
    private static String subType20(String tag) {
        return switch (tag) {
            case "b", "i", "u" -> "xlf:" + tag;
            default -> "tandem:" + tag;
        };
    }

    /** XLIFF 1.2's ctype for a formatting code. */
    static String ctype12(String tag) {
        return switch (tag) {
            case "b" -> "bold";
            case "i" -> "italic";
            case "u" -> "underlined";
            default -> "x-" + tag;  // 1.2's list has no superscript or subscript: x-sup, x-sub
        };
    }

    private void unit12(ExportSegment s) throws XMLStreamException {
        xml.writeStartElement("trans-unit");
        xml.writeAttribute("id", unitId(s));
        xml.writeAttribute("resname", String.valueOf(s.number()));
        xml.writeAttribute("approved", "APPROVED".equals(s.status()) ? "yes" : "no");
        xml.writeAttribute(NS_TANDEM, "status", s.status());
        xml.writeAttribute(NS_TANDEM, "version", String.valueOf(s.version()));
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        content12("source", s.source(), null, null);
        if (s.translated() && !s.covered()) {
            content12("target", s.target(), s.source(), state12(s.status()));
        }
        String notes = notes(s);
        if (notes != null) {
            xml.writeStartElement("note");
            xml.writeCharacters(SafeXml.clean(notes));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * 1.2: the codes are native codes and travel as such, each holding its original text, as TMX
     * carries them: a formatting pair as {@code <bpt ctype="italic">⟨i⟩</bpt>…<ept>⟨/i⟩</ept>}, a
     * lone start or end as {@code <it pos="open">}, a footnote marker as {@code <ph ctype="x-footnote">¹</ph>}.
     * (With {@code <g>} OmegaT would name the pair {@code <g0>} while it names the same pair in
     * Tandem's TMX {@code <i0>}, and the memory would never match.)
     */
    private void content12(String element, String text, String source, String state) throws XMLStreamException {
        xml.writeStartElement(element);
        if (state != null) {
            xml.writeAttribute("state", state);
        }
        List<InlineToken> codes = source == null ? codes(text) : codes(text, source);
        int[] partner = app.tandem.text.FormatCodes.partners(codes);
        int pos = 0;
        for (int i = 0; i < codes.size(); i++) {
            InlineToken t = codes.get(i);
            xml.writeCharacters(SafeXml.clean(text.substring(pos, t.start())));
            pos = t.end();
            if (t.type() != InlineToken.Type.FORMAT) {
                xml.writeStartElement("ph");
                xml.writeAttribute("id", String.valueOf(i + 1));
                xml.writeAttribute("ctype", "x-footnote");
            } else {
                String tag = app.tandem.text.FormatCodes.tag(t.text());
                boolean closing = app.tandem.text.FormatCodes.isClosing(t.text());
                if (partner[i] >= 0) {
                    // a pair shares its start's id
                    xml.writeStartElement(closing ? "ept" : "bpt");
                    xml.writeAttribute("id", String.valueOf(closing ? partner[i] + 1 : i + 1));
                    if (!closing) {
                        xml.writeAttribute("ctype", ctype12(tag));
                    }
                } else {
                    xml.writeStartElement("it");
                    xml.writeAttribute("id", String.valueOf(i + 1));
                    xml.writeAttribute("pos", closing ? "close" : "open");
                    xml.writeAttribute("ctype", ctype12(tag));
                }
            }
            xml.writeCharacters(t.text());
            xml.writeEndElement();
        }
        xml.writeCharacters(SafeXml.clean(text.substring(pos)));
        xml.writeEndElement();
    }

    /** The codes an exchange file carries: footnote markers and formatting; citations stay text, translators localise them ("с." is "p."). */
    private List<InlineToken> codes(String text) {
        return inline.find(text).stream().filter(t -> t.type() != InlineToken.Type.CITATION).toList();
    }

    /** A target's codes: what its source makes a code (see {@link InlineTokenFinder#findInTarget}). */
    private List<InlineToken> codes(String target, String source) {
        return inline.findInTarget(target, source).stream().filter(t -> t.type() != InlineToken.Type.CITATION).toList();
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
