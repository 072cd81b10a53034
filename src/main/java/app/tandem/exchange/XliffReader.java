package app.tandem.exchange;

import app.tandem.text.FormatCodes;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the translations of an XLIFF 2.0 or 1.2 file, streamed unit by unit (files of 100,000
 * units in a small heap): each unit's id, the Tandem version it was exported at (if Tandem wrote
 * it), its source and target as plain text with placeholders given back their original text, and
 * its state. DTDs and external entities are refused; a malformed file fails with its line.
 */
public final class XliffReader {
    /** One unit; {@code version} is null for a file Tandem did not write, {@code target} null when there is none. */
    public record Unit(String id, Integer version, String source, String target, String state) {
    }

    /** What the file says of itself: its XLIFF version and, if Tandem wrote it, when. */
    public record Header(String version, Instant exported) {
    }

    public Header read(String fileName, InputStream in, Consumer<Unit> sink) {
        XMLStreamReader x = null;
        int lastLine = 0;
        try {
            x = SafeXml.reader(fileName, in);
            while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
                // to the root
            }
            if (!x.isStartElement() || !x.getLocalName().equals("xliff")) {
                throw new ExchangeException(fileName + ": not an XLIFF file (the root element is "
                        + (x.isStartElement() ? "<" + x.getLocalName() + ">" : "missing") + ")");
            }
            String ns = x.getNamespaceURI();
            String version;
            if (XliffWriter.NS_20.equals(ns)) {
                version = "2.0";
            } else if (XliffWriter.NS_12.equals(ns)) {
                version = "1.2";
            } else {
                throw new ExchangeException(fileName + " line " + x.getLocation().getLineNumber() + ": <xliff> in namespace '"
                        + ns + "', not XLIFF 2.0 (" + XliffWriter.NS_20 + ") or 1.2 (" + XliffWriter.NS_12 + ")");
            }
            Instant exported = null;
            Map<String, String> data = new HashMap<>();
            String unitId = null;
            Integer unitVersion = null;
            String state = null;
            StringBuilder source = new StringBuilder();
            StringBuilder target = null;
            while (x.hasNext()) {
                int ev = x.next();
                lastLine = x.getLocation().getLineNumber();
                if (ev == XMLStreamConstants.ENTITY_REFERENCE || ev == XMLStreamConstants.DTD) {
                    throw new ExchangeException(fileName + " line " + x.getLocation().getLineNumber()
                            + ": DTDs and entity references are not allowed in imported files");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    switch (name) {
                        case "file" -> {
                            // 2.0 from Tandem says when in its own attribute; 1.2 from Tandem has the standard date and tool-id
                            String own = x.getAttributeValue(XliffWriter.NS_TANDEM, "exported");
                            String date = x.getAttributeValue(null, "date");
                            if (own != null) {
                                exported = parseInstant(own);
                            } else if (date != null && "tandem".equals(x.getAttributeValue(null, "tool-id"))) {
                                exported = parseInstant(date);
                            }
                        }
                        case "unit", "trans-unit" -> {
                            unitId = x.getAttributeValue(null, "id");
                            String v = x.getAttributeValue(XliffWriter.NS_TANDEM, "version");
                            unitVersion = v == null ? null : parseVersion(fileName, x, v);
                            state = "1.2".equals(version) && "yes".equals(x.getAttributeValue(null, "approved")) ? "final" : null;
                            data.clear();
                            source.setLength(0);
                            target = null;
                        }
                        case "data" -> data.put(x.getAttributeValue(null, "id"), x.getElementText());
                        case "segment" -> {
                            if (x.getAttributeValue(null, "state") != null) {
                                state = x.getAttributeValue(null, "state");
                            }
                        }
                        case "source" -> {
                            if (source.length() > 0) {
                                source.append(' ');
                            }
                            source.append(inline(x, data));
                        }
                        case "target" -> {
                            if (x.getAttributeValue(null, "state") != null && state == null) {
                                state = x.getAttributeValue(null, "state");
                            }
                            String t = inline(x, data);
                            target = target == null ? new StringBuilder(t) : target.append(' ').append(t);
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && (x.getLocalName().equals("unit") || x.getLocalName().equals("trans-unit"))) {
                    if (unitId == null) {
                        throw new ExchangeException(fileName + " line " + x.getLocation().getLineNumber() + ": a unit without an id");
                    }
                    sink.accept(new Unit(unitId, unitVersion, source.toString(), target == null ? null : target.toString(), state));
                    unitId = null;
                }
            }
            return new Header(version, exported);
        } catch (XMLStreamException e) {
            throw malformed(fileName, e, lastLine);
        } catch (RuntimeException e) {
            // Woodstox reports a byte that is not UTF-8 lazily, as an unchecked exception
            int line = lastLine;
            throw SafeXml.asMalformed(e, xe -> malformed(fileName, xe, line));
        } finally {
            SafeXml.closeQuietly(x);
        }
    }

    /**
     * The text of a source or target up to its end tag: placeholders pointing at original data
     * (2.0) become that data; the text inside 1.2 placeholders and paired codes stays as it is.
     */
    private static String inline(XMLStreamReader x, Map<String, String> data) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        // what each open inline element gives back when it closes (a paired code's end data)
        java.util.ArrayDeque<String> ends = new java.util.ArrayDeque<>();
        while (true) {
            int ev = x.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> sb.append(x.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    String[] code = code(x, data);
                    sb.append(code[0]);
                    ends.push(code[1]);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (ends.isEmpty()) {
                        return sb.toString();
                    }
                    sb.append(ends.pop());
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException("entity references are not allowed", x.getLocation());
                default -> { }
            }
        }
    }

    /**
     * What an inline element stands for, as the text it opens with and the text it closes with:
     * 2.0 placeholders and codes by their original data (or, from other tools, a formatting
     * pair by its {@code xlf:} sub-type), 1.2 {@code <g>} by its ctype, {@code <x>}, {@code <bx>},
     * {@code <ex>} by Tandem's ctype or their equiv-text; a 1.2 {@code <ph>}'s content is read as text.
     */
    private static String[] code(XMLStreamReader x, Map<String, String> data) {
        String name = x.getLocalName();
        String ref = x.getAttributeValue(null, "dataRef");
        if (ref == null) {
            ref = x.getAttributeValue(null, "dataRefStart");
        }
        String end = x.getAttributeValue(null, "dataRefEnd");
        if (ref != null && data.containsKey(ref)) {
            return new String[]{data.get(ref), end != null && data.containsKey(end) ? data.get(end) : ""};
        }
        String ctype = x.getAttributeValue(null, "ctype");
        String subType = x.getAttributeValue(null, "subType");
        String tag = null;
        if ("g".equals(name) || "pc".equals(name)) {
            tag = tagOf("g".equals(name) ? ctype : subType);
            return tag == null ? new String[]{"", ""} : new String[]{FormatCodes.open(tag), FormatCodes.close(tag)};
        }
        if (("x".equals(name) || "bx".equals(name) || "ex".equals(name)) && ctype != null) {
            java.util.regex.Matcher m = TANDEM_X.matcher(ctype);
            if (m.matches()) {
                return new String[]{m.group(2).equals("end") ? FormatCodes.close(m.group(1)) : FormatCodes.open(m.group(1)), ""};
            }
        }
        String equiv = x.getAttributeValue(null, "equiv-text");
        return new String[]{("x".equals(name) || "bx".equals(name) || "ex".equals(name)) && equiv != null ? equiv : "", ""};
    }

    private static final java.util.regex.Pattern TANDEM_X = java.util.regex.Pattern.compile("x-tandem-(b|i|u|sup|sub)-(start|end)");

    /** "italic", "xlf:i" → "i". */
    private static String tagOf(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "bold", "xlf:b", "tandem:b" -> "b";
            case "italic", "xlf:i", "tandem:i" -> "i";
            case "underlined", "xlf:u", "tandem:u" -> "u";
            case "superscript", "x-sup", "tandem:sup" -> "sup";
            case "subscript", "x-sub", "tandem:sub" -> "sub";
            default -> null;
        };
    }

    private static ExchangeException malformed(String fileName, XMLStreamException e, int lastLine) {
        // a file cut short fails inside the decoder, which knows no line: the last one read is given instead
        String where = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? " line " + e.getLocation().getLineNumber()
                : lastLine > 0 ? " line " + lastLine + " or after" : "";
        return new ExchangeException(fileName + where + ": malformed XML: " + SafeXml.firstLine(e.getMessage()), e);
    }

    private static Integer parseVersion(String fileName, XMLStreamReader x, String v) {
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new ExchangeException(fileName + " line " + x.getLocation().getLineNumber() + ": tandem:version '" + v + "' is not a number");
        }
    }

    private static Instant parseInstant(String s) {
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
