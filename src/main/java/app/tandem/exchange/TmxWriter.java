package app.tandem.exchange;

import app.tandem.text.InlineToken;
import app.tandem.text.InlineTokenFinder;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Streams TMX 1.4b: units are written as they come, so memory stays flat however large the
 * export. Footnote reference numbers become {@code <ph type="x-footnote">} and formatting pairs
 * {@code <bpt>}/{@code <ept>} (a lone half {@code <it>}), each holding the code it stands for, so
 * CAT tools keep them as tags and a memory gives them back; citations stay plain text, because translators localise them ("с." becomes "p.")
 * and a tag would forbid that.
 */
public final class TmxWriter implements AutoCloseable {
    public static final String TOOL = "Tandem";
    public static final String TOOL_VERSION = "0.1.0";
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;
    private final InlineTokenFinder inline = new InlineTokenFinder();
    private final String sourceLang;
    private final String targetLang;

    public TmxWriter(OutputStream out, String sourceLang, String targetLang) {
        this.sourceLang = sourceLang;
        this.targetLang = targetLang;
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeCharacters("\n");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", TOOL);
            xml.writeAttribute("creationtoolversion", TOOL_VERSION);
            xml.writeAttribute("segtype", "sentence");
            xml.writeAttribute("o-tmf", "Tandem");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", sourceLang);
            xml.writeAttribute("datatype", "plaintext");
            xml.writeAttribute("creationdate", TMX_DATE.format(Instant.now()));
            xml.writeCharacters("\n");
            xml.writeStartElement("body");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new ExchangeException("cannot write TMX: " + e.getMessage(), e);
        }
    }

    public void write(TmxUnit u) {
        try {
            xml.writeStartElement("tu");
            if (u.tuid() != null) {
                xml.writeAttribute("tuid", u.tuid());
            }
            if (u.created() != null) {
                xml.writeAttribute("creationdate", TMX_DATE.format(u.created()));
            }
            if (u.changed() != null) {
                xml.writeAttribute("changedate", TMX_DATE.format(u.changed()));
            }
            if (u.changeId() != null) {
                xml.writeAttribute("changeid", u.changeId());
            }
            prop("x-status", u.status());
            prop("x-document", u.document());
            tuv(sourceLang, u.source(), inline.find(u.source()));
            tuv(targetLang, u.target(), inline.findInTarget(u.target(), u.source()));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new ExchangeException("cannot write TMX: " + e.getMessage(), e);
        }
    }

    private void prop(String type, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void tuv(String lang, String text, List<InlineToken> found) throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        xml.writeStartElement("seg");
        int pos = 0;
        List<InlineToken> tokens = found.stream().filter(t -> t.type() != InlineToken.Type.CITATION).toList();
        int[] partner = app.tandem.text.FormatCodes.partners(tokens);
        int x = 1;
        int[] pairIndex = new int[tokens.size()];
        int pairs = 0;
        for (int k = 0; k < tokens.size(); k++) {
            InlineToken t = tokens.get(k);
            xml.writeCharacters(SafeXml.clean(text.substring(pos, t.start())));
            pos = t.end();
            if (t.type() != InlineToken.Type.FORMAT) {
                xml.writeStartElement("ph");
                xml.writeAttribute("x", String.valueOf(x++));
                xml.writeAttribute("type", "x-footnote");
            } else if (partner[k] >= 0) {
                // a pair: bpt and ept share i
                boolean closing = app.tandem.text.FormatCodes.isClosing(t.text());
                if (!closing) {
                    pairIndex[k] = ++pairs;
                }
                xml.writeStartElement(closing ? "ept" : "bpt");
                xml.writeAttribute("i", String.valueOf(closing ? pairIndex[partner[k]] : pairIndex[k]));
                if (!closing) {
                    xml.writeAttribute("x", String.valueOf(x++));
                    xml.writeAttribute("type", type(app.tandem.text.FormatCodes.tag(t.text())));
                }
            } else {
                xml.writeStartElement("it");
                xml.writeAttribute("pos", app.tandem.text.FormatCodes.isClosing(t.text()) ? "end" : "begin");
                xml.writeAttribute("x", String.valueOf(x++));
                xml.writeAttribute("type", type(app.tandem.text.FormatCodes.tag(t.text())));
            }
            xml.writeCharacters(t.text());
            xml.writeEndElement();
        }
        xml.writeCharacters(SafeXml.clean(text.substring(pos)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** TMX 1.4's names for the formatting a code stands for. */
    private static String type(String tag) {
        return switch (tag) {
            case "b" -> "bold";
            case "i" -> "italic";
            case "u" -> "ulined";
            default -> "x-" + tag;
        };
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ExchangeException("cannot write TMX: " + e.getMessage(), e);
        }
    }
}
