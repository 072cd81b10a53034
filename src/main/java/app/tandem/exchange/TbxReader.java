package app.tandem.exchange;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads TBX (v3 core {@code conceptEntry/langSec/termSec} and TBX 2 / TBX-Basic {@code termEntry/langSet/tig}),
 * Russian and English terms per concept. External entities and DTDs are never loaded; a concept
 * without both languages is refused with its line, and nothing is imported from a refused file.
 */
public final class TbxReader {
    public List<TermEntry> read(String fileName, InputStream in) {
        List<TermEntry> out = new ArrayList<>();
        try {
            XMLStreamReader x = SafeXml.reader(fileName, in);
            boolean root = false;
            String lang = null;
            String note = null;
            String domain = null;
            String partOfSpeech = null;
            String entryStatus = null;
            String term = null;
            String status = null;
            int conceptLine = 0;
            List<String> ru = new ArrayList<>();
            List<String> en = new ArrayList<>();
            List<String> forbidden = new ArrayList<>();
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    switch (name) {
                        case "tbx", "martif" -> root = true;
                        case "conceptEntry", "termEntry" -> {
                            ru.clear();
                            en.clear();
                            forbidden.clear();
                            note = null;
                            domain = null;
                            partOfSpeech = null;
                            entryStatus = null;
                            conceptLine = x.getLocation().getLineNumber();
                        }
                        case "langSec", "langSet" -> lang = x.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                        case "termSec", "tig", "ntig" -> {
                            term = null;
                            status = null;
                        }
                        case "term" -> term = x.getElementText().strip();
                        case "termNote" -> {
                            String type = x.getAttributeValue(null, "type");
                            String v = x.getElementText().strip();
                            if ("administrativeStatus".equals(type) || "normativeAuthorization".equals(type)) {
                                status = v;
                            } else if ("partOfSpeech".equals(type) && partOfSpeech == null) {
                                partOfSpeech = partOfSpeech(v);
                            } else if ("x-tandemStatus".equals(type) && (v.equals("APPROVED") || v.equals("PROPOSED"))) {
                                entryStatus = v;
                            }
                        }
                        case "note", "descrip" -> {
                            boolean subject = "subjectField".equals(x.getAttributeValue(null, "type"));
                            String v = x.getElementText().strip();
                            if (subject && !v.isEmpty()) {
                                domain = v;
                            } else if (lang == null && !v.isEmpty()) {
                                note = v;
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = x.getLocalName();
                    if ((name.equals("termSec") || name.equals("tig") || name.equals("ntig")) && term != null && lang != null) {
                        String l = lang.toLowerCase();
                        boolean deprecated = status != null && (status.startsWith("deprecated") || status.startsWith("superseded"));
                        if (l.startsWith("ru")) {
                            ru.add(term);
                        } else if (l.startsWith("en")) {
                            if (deprecated) {
                                forbidden.add(term);
                            } else if (status != null && status.startsWith("preferred")) {
                                en.add(0, term);
                            } else {
                                en.add(term);
                            }
                        }
                    } else if (name.equals("langSec") || name.equals("langSet")) {
                        lang = null;
                    } else if (name.equals("conceptEntry") || name.equals("termEntry")) {
                        if (ru.isEmpty() || en.isEmpty()) {
                            throw new ExchangeException(fileName + " line " + conceptLine + ": the concept has no "
                                    + (ru.isEmpty() ? "Russian" : "English") + " term");
                        }
                        out.add(new TermEntry(ru.get(0), List.copyOf(en), List.copyOf(forbidden), note, domain, partOfSpeech, entryStatus));
                    }
                }
            }
            if (!root) {
                throw new ExchangeException(fileName + ": not a TBX file (no <tbx> or <martif> root)");
            }
        } catch (XMLStreamException e) {
            throw malformed(fileName, e);
        } catch (RuntimeException e) {
            // Woodstox reports a byte that is not UTF-8 lazily, as an unchecked exception
            throw SafeXml.asMalformed(e, xe -> malformed(fileName, xe));
        }
        return out;
    }

    private static ExchangeException malformed(String fileName, XMLStreamException e) {
        return new ExchangeException(fileName + (e.getLocation() == null ? "" : " line " + e.getLocation().getLineNumber())
                + ": malformed XML", e);
    }

    /** Other tools write the TBX-Basic picklist in various cases; anything else is kept as "other". */
    private static String partOfSpeech(String v) {
        return TermEntry.PARTS_OF_SPEECH.stream().filter(p -> p.equalsIgnoreCase(v)).findFirst().orElse(v.isEmpty() ? null : "other");
    }
}
