package app.tandem.exchange;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What every XML file Tandem reads or writes shares: parsers that never load a DTD or an external
 * entity (files come from outside), text cleaned of the control characters XML 1.0 cannot carry,
 * and parser errors cut to the one line a user can act on.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /** A StAX factory with DTDs and external entities off. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /**
     * A reader of a file from outside that refuses entity declarations (the door to entity expansion:
     * no exchange format Tandem reads needs them) and any entity reference left unreplaced; DTDs are never loaded.
     */
    public static XMLStreamReader reader(String fileName, java.io.InputStream in) throws XMLStreamException {
        return new javax.xml.stream.util.StreamReaderDelegate(inputFactory().createXMLStreamReader(in)) {
            @Override
            public int next() throws XMLStreamException {
                int ev = super.next();
                // a DOCTYPE naming its DTD (TMX's own habit) is passed over unread; one declaring entities is refused
                if (ev == javax.xml.stream.XMLStreamConstants.DTD && java.util.Objects.toString(getText(), "").contains("<!ENTITY")) {
                    throw new ExchangeException(fileName + " line " + getLocation().getLineNumber()
                            + ": entity declarations are not allowed in an exchange file (they are refused, as are external entities)");
                }
                if (ev == javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ExchangeException(fileName + " line " + getLocation().getLineNumber() + ": the entity &" + getLocalName()
                            + "; is not one XML defines");
                }
                return ev;
            }
        };
    }

    /** XML 1.0 cannot carry most control characters; they never belong in a segment anyway. */
    public static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The parser's own message without its location preamble, first line only. */
    public static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String m = s.contains("Message: ") ? s.substring(s.indexOf("Message: ") + 9) : s;
        return m.lines().findFirst().orElse(m);
    }

    /**
     * The parser's error when it surfaced as an unchecked exception: Woodstox reports a byte that is
     * not UTF-8 lazily, from {@code getText()}, wrapped in a runtime exception. Null for anything else.
     */
    static RuntimeException asMalformed(RuntimeException e, java.util.function.Function<XMLStreamException, ExchangeException> malformed) {
        if (e instanceof ExchangeException) {
            return e;
        }
        XMLStreamException xe = streamError(e);
        return xe == null ? e : malformed.apply(xe);
    }

    private static javax.xml.stream.XMLStreamException streamError(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.xml.stream.XMLStreamException xe) {
                return xe;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static void closeQuietly(XMLStreamReader x) {
        if (x != null) {
            try {
                x.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }
}
