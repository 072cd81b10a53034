package app.tandem.exchange;

import app.tandem.source.DocxNodes;
import app.tandem.source.DocxParagraphs;
import app.tandem.text.StyledText;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The author's own DOCX with the English in place of the Russian — what CAT tools call the
 * target file. Each paragraph the import read (by its place, {@code p12}; notes by Word's id,
 * {@code f20}) gets the English of its blocks; everything else of the file stays as it was:
 * styles, sections, page setup, headers and footers, numbering, tables, images. In a rewritten
 * paragraph the paragraph's properties stay, the text runs are made anew from the target's
 * codes on the paragraph's own run formatting, a note's reference goes where the target puts
 * its marker (at the end if the target lost it: a note is never dropped), and images and
 * comment anchors stay. The text's language becomes the project's English variant.
 */
public final class DocxTargetWriter {
    private static final String W = DocxNodes.W;
    /** The order CT_RPr's children must keep (ECMA-376 Part 1, 17.3.2.28); what is not listed goes last. */
    private static final List<String> RPR_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps",
            "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
            "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
            "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath");
    private static final Set<String> CODED = Set.of("b", "bCs", "i", "iCs", "u", "vertAlign", "lang");

    /**
     * @param source     the DOCX as it was imported
     * @param englishTag the project's English ({@code en-US}, {@code en-GB})
     */
    public void write(byte[] source, EnglishEdition edition, String englishTag, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(source))) {
            Map<String, List<EnglishEdition.Paragraph>> byRef = new LinkedHashMap<>();
            Map<String, String> noteByMark = new HashMap<>();
            for (EnglishEdition.Paragraph p : edition.paragraphs()) {
                if (p.ref() != null) {
                    byRef.computeIfAbsent(p.ref(), k -> new ArrayList<>()).add(p);
                    if (p.footnote() && p.mark() != null) {
                        noteByMark.put(p.mark(), p.ref());
                    }
                }
            }
            for (DocxParagraphs.Located located : DocxParagraphs.of(doc)) {
                List<EnglishEdition.Paragraph> english = byRef.get(located.ref());
                if (english != null) {
                    rewrite(located.paragraph(), joined(english), noteByMark, englishTag);
                }
            }
            for (Map.Entry<String, List<EnglishEdition.Paragraph>> e : byRef.entrySet()) {
                String ref = e.getKey();
                if (ref.startsWith("f") || ref.startsWith("e")) {
                    int id = Integer.parseInt(ref.substring(1));
                    XWPFAbstractFootnoteEndnote note = ref.startsWith("f") ? doc.getFootnoteByID(id) : doc.getEndnoteByID(id);
                    if (note != null) {
                        rewriteNote(note, joined(e.getValue()), englishTag);
                    }
                }
            }
            if (doc.getStyles() != null) {
                doc.getStyles().setSpellingLanguage(englishTag);
            }
            properties(doc.getProperties(), edition);
            doc.write(out);
        }
    }

    private static String joined(List<EnglishEdition.Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (EnglishEdition.Paragraph p : paragraphs) {
            sb.append(sb.isEmpty() ? "" : " ").append(p.text());
        }
        return sb.toString();
    }

    /** The document's title, author and abstract in its properties are the edition's too. */
    private static void properties(POIXMLProperties props, EnglishEdition edition) {
        String title = firstOfKind(edition, "TITLE");
        if (title != null) {
            props.getCoreProperties().setTitle(title);
        }
        String author = firstOfKind(edition, "AUTHOR");
        if (author != null) {
            props.getCoreProperties().setCreator(author);
        }
        String summary = edition.paragraphs().stream().filter(p -> "ABSTRACT".equals(p.kind()))
                .map(EnglishEdition.Paragraph::plainText).reduce((a, b) -> a + " " + b).orElse(null);
        var custom = props.getCustomProperties();
        for (var property : custom.getUnderlyingProperties().getPropertyList()) {
            if (property.isSetLpwstr() && property.getLpwstr().codePoints().anyMatch(c -> app.tandem.text.Scripts.isCyrillic((char) c))) {
                // a Russian property the edition has no English for says nothing a reader of the English needs
                String name = property.getName() == null ? "" : property.getName().toLowerCase(java.util.Locale.ROOT);
                property.setLpwstr(summary != null && (name.contains("abstract") || name.contains("description")) ? summary : "");
            }
        }
        if (props.getCoreProperties().getDescription() != null && summary != null) {
            props.getCoreProperties().setDescription(summary);
        }
    }

    private static String firstOfKind(EnglishEdition edition, String kind) {
        return edition.paragraphs().stream().filter(p -> kind.equals(p.kind())).map(p -> p.plainText().strip())
                .filter(t -> !t.isEmpty()).findFirst().orElse(null);
    }

    private void rewrite(XWPFParagraph paragraph, String text, Map<String, String> noteByMark, String lang) {
        Element p = (Element) paragraph.getCTP().getDomNode();
        TextRuns runs = TextRuns.of(p);
        Map<String, Element> references = new LinkedHashMap<>();
        List<Node> kept = new ArrayList<>();
        for (Node child : children(p)) {
            if (is(child, "pPr")) {
                continue;
            }
            collect(child, references, kept);
            p.removeChild(child);
        }
        for (StyledText.Piece piece : StyledText.parse(text)) {
            String ref = piece.isNoteMarker() ? noteByMark.get(piece.noteMark()) : null;
            if (ref != null && references.containsKey(ref)) {
                p.appendChild(references.remove(ref));
            } else {
                p.appendChild(run(p, runs, piece, lang));
            }
        }
        references.values().forEach(p::appendChild);
        kept.forEach(p::appendChild);
    }

    /**
     * What a rewritten paragraph keeps of its old content: note references (by note), images and
     * objects, bookmarks and comment anchors; text, fields and hyperlinks go (their text is in the target).
     */
    private static void collect(Node node, Map<String, Element> references, List<Node> kept) {
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return;
        }
        String name = node.getLocalName();
        if (is(node, "r")) {
            for (Node c : children(node)) {
                if (is(c, "footnoteReference") || is(c, "endnoteReference")) {
                    String id = ((Element) c).getAttributeNS(W, "id");
                    references.put(DocxParagraphs.noteRef(is(c, "footnoteReference"), id), (Element) node.cloneNode(true));
                    return;
                }
                if (is(c, "drawing") || is(c, "pict") || is(c, "object") || is(c, "commentReference")) {
                    kept.add(node.cloneNode(true));
                    return;
                }
            }
            return;
        }
        if (W.equals(node.getNamespaceURI()) && (name.equals("bookmarkStart") || name.equals("bookmarkEnd")
                || name.equals("commentRangeStart") || name.equals("commentRangeEnd"))) {
            kept.add(node.cloneNode(true));
            return;
        }
        if (is(node, "del") || is(node, "moveFrom")) {
            return;  // deleted text was never read; what it anchors goes with it
        }
        for (Node c : children(node)) {
            collect(c, references, kept);
        }
    }

    /** A note's text: the first paragraph keeps its number (w:footnoteRef) and takes the English; the note's other paragraphs go. */
    private void rewriteNote(XWPFAbstractFootnoteEndnote note, String text, String lang) {
        List<XWPFParagraph> paragraphs = note.getParagraphs();
        if (paragraphs.isEmpty()) {
            return;
        }
        Element first = null;
        for (XWPFParagraph para : paragraphs) {
            Element p = (Element) para.getCTP().getDomNode();
            if (first == null) {
                first = p;
            } else if (p.getParentNode() != null) {
                p.getParentNode().removeChild(p);
            }
        }
        TextRuns runs = TextRuns.of(first);
        List<Node> numbers = new ArrayList<>();
        for (Node child : children(first)) {
            if (is(child, "pPr")) {
                continue;
            }
            if (is(child, "r") && children(child).stream().anyMatch(c -> is(c, "footnoteRef") || is(c, "endnoteRef"))) {
                numbers.add(child);
            }
            first.removeChild(child);
        }
        numbers.forEach(first::appendChild);
        for (StyledText.Piece piece : StyledText.parse((numbers.isEmpty() ? "" : " ") + text.strip())) {
            first.appendChild(run(first, runs, piece, lang));
        }
    }

    /** A new run: the paragraph's own run formatting, the piece's formats from its codes, the English language. */
    private static Element run(Element p, TextRuns runs, StyledText.Piece piece, String lang) {
        org.w3c.dom.Document d = p.getOwnerDocument();
        Element r = d.createElementNS(W, "w:r");
        Element rPr = d.createElementNS(W, "w:rPr");
        if (runs.base != null) {
            for (Node c : children(runs.base)) {
                if (!(c.getNodeType() == Node.ELEMENT_NODE && CODED.contains(c.getLocalName()))) {
                    rPr.appendChild(c.cloneNode(true));
                }
            }
        }
        java.util.Set<String> formats = new java.util.HashSet<>(runs.common);
        formats.addAll(piece.formats());
        for (String f : formats) {
            switch (f) {
                case "b", "i" -> rPr.appendChild(d.createElementNS(W, "w:" + f));
                case "u" -> rPr.appendChild(val(d, "u", "single"));
                case "sup" -> rPr.appendChild(val(d, "vertAlign", "superscript"));
                case "sub" -> rPr.appendChild(val(d, "vertAlign", "subscript"));
                default -> { }
            }
        }
        if (piece.isNoteMarker() && !formats.contains("sup")) {
            rPr.appendChild(val(d, "vertAlign", "superscript"));
        }
        rPr.appendChild(val(d, "lang", lang));
        order(rPr);
        r.appendChild(rPr);
        Element t = d.createElementNS(W, "w:t");
        t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
        t.appendChild(d.createTextNode(piece.text()));
        r.appendChild(t);
        return r;
    }

    private static Element val(org.w3c.dom.Document d, String name, String value) {
        Element e = d.createElementNS(W, "w:" + name);
        e.setAttributeNS(W, "w:val", value);
        return e;
    }

    private static void order(Element rPr) {
        List<Node> items = children(rPr);
        items.forEach(rPr::removeChild);
        items.sort(java.util.Comparator.comparingInt(n -> {
            int i = RPR_ORDER.indexOf(n.getLocalName());
            return i < 0 ? RPR_ORDER.size() : i;
        }));
        items.forEach(rPr::appendChild);
    }

    /**
     * The formatting of a paragraph's text runs: the first one's properties as the base, and the
     * formats every text run has (a heading set in bold stays bold; a code covering the whole
     * paragraph was never a code).
     */
    private record TextRuns(Element base, Set<String> common) {
        static TextRuns of(Element p) {
            List<Element> runs = new ArrayList<>();
            textRuns(p, runs);
            Element base = null;
            Set<String> common = null;
            for (Element r : runs) {
                Element rPr = children(r).stream().filter(c -> is(c, "rPr")).map(c -> (Element) c).findFirst().orElse(null);
                if (base == null) {
                    base = rPr;
                }
                Set<String> formats = formats(rPr);
                if (common == null) {
                    common = new java.util.HashSet<>(formats);
                } else {
                    common.retainAll(formats);
                }
            }
            return new TextRuns(base == null ? null : (Element) base.cloneNode(true), common == null ? Set.of() : common);
        }

        private static void textRuns(Node node, List<Element> out) {
            for (Node c : children(node)) {
                if (is(c, "del") || is(c, "moveFrom")) {
                    continue;
                }
                if (is(c, "r")) {
                    if (children(c).stream().anyMatch(t -> is(t, "t") && !DocxNodes.textOf(t).isBlank())) {
                        out.add((Element) c);
                    }
                } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                    textRuns(c, out);
                }
            }
        }

        private static Set<String> formats(Element rPr) {
            return DocxNodes.formats(rPr);
        }
    }

    private static boolean is(Node n, String localName) {
        return n.getNodeType() == Node.ELEMENT_NODE && W.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName());
    }

    private static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            out.add(c);
        }
        return out;
    }
}
