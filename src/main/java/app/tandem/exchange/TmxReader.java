package app.tandem.exchange;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Streams the translation units of a TMX file (OmegaT, Trados, memoQ). DTDs and external
 * entities are never loaded, so a hostile file can neither read local files nor call out.
 * Units without both languages, or with an empty segment, are skipped with a reason.
 */
public final class TmxReader {
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public record Result(int read, int skipped, List<String> skipReasons) {
    }

    public Result read(String fileName, InputStream in, long size, String sourceLang, String targetLang, Consumer<TmxUnit> sink) {
        if (size > MAX_BYTES) {
            throw new ExchangeException(fileName + ": " + size / (1024 * 1024) + " MB is over the TMX import limit of "
                    + MAX_BYTES / (1024 * 1024) + " MB");
        }
        int read = 0;
        int skipped = 0;
        List<String> reasons = new ArrayList<>();
        XMLStreamReader x = null;
        try {
            x = SafeXml.reader(fileName, in);
            boolean sawTmx = false;
            String headerSrc = null;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ExchangeException(fileName + " line " + x.getLocation().getLineNumber()
                            + ": entity references are not allowed in TMX imports");
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "tmx" -> sawTmx = true;
                    case "header" -> headerSrc = x.getAttributeValue(null, "srclang");
                    case "tu" -> {
                        if (!sawTmx) {
                            throw new ExchangeException(fileName + ": not a TMX file (no <tmx> root element)");
                        }
                        int line = x.getLocation().getLineNumber();
                        TuData tu = readTu(x);
                        String src = tu.seg(sourceLang);
                        String tgt = tu.seg(targetLang);
                        if (src == null || tgt == null) {
                            skipped++;
                            note(reasons, "line " + line + ": unit " + (tu.tuid == null ? "" : tu.tuid + " ")
                                    + "has no " + (src == null ? sourceLang : targetLang) + " variant");
                        } else if (src.isBlank() || tgt.isBlank()) {
                            skipped++;
                            note(reasons, "line " + line + ": unit " + (tu.tuid == null ? "" : tu.tuid + " ") + "has an empty segment");
                        } else {
                            read++;
                            sink.accept(new TmxUnit(tu.tuid, src, tgt, tu.status, tu.document, tu.created, tu.changed, tu.changeId));
                        }
                    }
                    default -> { }
                }
            }
            if (!sawTmx) {
                throw new ExchangeException(fileName + ": not a TMX file (no <tmx> root element)");
            }
        } catch (XMLStreamException e) {
            throw malformed(fileName, e);
        } catch (RuntimeException e) {
            // Woodstox reports a byte that is not UTF-8 lazily, as an unchecked exception
            throw SafeXml.asMalformed(e, xe -> malformed(fileName, xe));
        } finally {
            SafeXml.closeQuietly(x);
        }
        return new Result(read, skipped, reasons);
    }

    private static ExchangeException malformed(String fileName, XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNumber();
        return new ExchangeException(fileName + where + ": malformed XML: " + SafeXml.firstLine(e.getMessage()), e);
    }

    private static void note(List<String> reasons, String r) {
        if (reasons.size() < 100) {
            reasons.add(r);
        }
    }

    private static final class TuData {
        String tuid;
        String status;
        String document;
        Instant created;
        Instant changed;
        String changeId;
        final List<String[]> segs = new ArrayList<>();

        String seg(String lang) {
            for (String[] s : segs) {
                String l = s[0].toLowerCase(Locale.ROOT);
                if (l.equals(lang) || l.startsWith(lang + "-") || l.startsWith(lang + "_")) {
                    return s[1];
                }
            }
            return null;
        }
    }

    private static TuData readTu(XMLStreamReader x) throws XMLStreamException {
        TuData tu = new TuData();
        tu.tuid = x.getAttributeValue(null, "tuid");
        tu.created = date(x.getAttributeValue(null, "creationdate"));
        tu.changed = date(x.getAttributeValue(null, "changedate"));
        tu.changeId = x.getAttributeValue(null, "changeid");
        String lang = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "prop" -> {
                        String type = x.getAttributeValue(null, "type");
                        String value = x.getElementText();
                        if ("x-status".equals(type)) {
                            tu.status = value;
                        } else if ("x-document".equals(type)) {
                            tu.document = value;
                        }
                    }
                    case "tuv" -> {
                        lang = x.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                        if (lang == null) {
                            lang = x.getAttributeValue(null, "lang");
                        }
                    }
                    case "seg" -> tu.segs.add(new String[]{lang == null ? "" : lang, segText(x)});
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("tu")) {
                break;
            }
        }
        return tu;
    }

    /** The text of a seg, inline codes (ph, bpt, ept, it) reduced to their text content. */
    private static String segText(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                sb.append(x.getText());
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return sb.toString();
    }

    private static Instant date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Instant.from(TMX_DATE.parse(s));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
