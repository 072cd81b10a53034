package app.tandem.exchange;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * TBX v3 core ({@code type="TBX-Core"}): {@code tbx > text > body > conceptEntry > langSec > termSec > term},
 * the structure Trados, memoQ and OmegaT read. Preferred, admitted and forbidden English terms are
 * told apart with {@code administrativeStatus}; the domain is the concept's {@code descrip type="subjectField"},
 * the part of speech a {@code termNote type="partOfSpeech"} of every term, the note a concept-level {@code note}.
 */
public final class TbxWriter {
    public static final String NS = "urn:iso:std:iso:30042:ed-2";

    public void write(String title, List<TermEntry> entries, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("tbx");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("type", "TBX-Core");
            x.writeAttribute("style", "dca");
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
            x.writeStartElement("tbxHeader");
            x.writeStartElement("fileDesc");
            x.writeStartElement("sourceDesc");
            x.writeStartElement("p");
            x.writeCharacters(title + " — exported by Tandem");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("text");
            x.writeStartElement("body");
            int id = 1;
            for (TermEntry e : entries) {
                x.writeStartElement("conceptEntry");
                x.writeAttribute("id", "c" + id++);
                if (e.domain() != null) {
                    x.writeStartElement("descrip");
                    x.writeAttribute("type", "subjectField");
                    x.writeCharacters(e.domain());
                    x.writeEndElement();
                }
                if (e.note() != null) {
                    x.writeStartElement("note");
                    x.writeCharacters(e.note());
                    x.writeEndElement();
                }
                langSec(x, "ru", List.of(e.russian()), e.partOfSpeech(), e.status());
                x.writeStartElement("langSec");
                x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
                for (int k = 0; k < e.english().size(); k++) {
                    termSec(x, e.english().get(k), k == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts", e.partOfSpeech());
                }
                for (String f : e.forbidden()) {
                    termSec(x, f, "deprecatedTerm-admn-sts", e.partOfSpeech());
                }
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException ex) {
            throw new ExchangeException("cannot write TBX: " + ex.getMessage(), ex);
        }
    }

    private static void langSec(XMLStreamWriter x, String lang, List<String> terms, String partOfSpeech, String entryStatus) throws XMLStreamException {
        x.writeStartElement("langSec");
        x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        for (String t : terms) {
            x.writeStartElement("termSec");
            x.writeStartElement("term");
            x.writeCharacters(t);
            x.writeEndElement();
            termNote(x, "partOfSpeech", partOfSpeech);
            if (entryStatus != null) {
                x.writeStartElement("termNote");
                x.writeAttribute("type", "x-tandemStatus");
                x.writeCharacters(entryStatus);
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void termSec(XMLStreamWriter x, String term, String status, String partOfSpeech) throws XMLStreamException {
        x.writeStartElement("termSec");
        x.writeStartElement("term");
        x.writeCharacters(term);
        x.writeEndElement();
        termNote(x, "administrativeStatus", status);
        termNote(x, "partOfSpeech", partOfSpeech);
        x.writeEndElement();
    }

    private static void termNote(XMLStreamWriter x, String type, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("termNote");
        x.writeAttribute("type", type);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
