package app.tandem.source;

import app.tandem.text.BlockKind;
import app.tandem.text.FootnoteMarks;
import app.tandem.text.FormatCodes;
import app.tandem.text.OneLineMessage;
import app.tandem.text.RejectedInputException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An author's DOCX into paragraphs with the kind its styles give them (title, heading, abstract,
 * author line, list item, table cell, caption, body), its footnotes and endnotes as parts of
 * their own numbered as Word numbers them, the note's number kept in the text where its anchor
 * stands. Tracked changes read as accepted (insertions kept, deletions dropped), fields by their
 * result, comments left out.
 */
public final class DocxSourceReader {
    private static final String W = DocxNodes.W;

    static {
        // parts that inflate more than 50x, or past 200 MB, are a zip bomb (as for review documents)
        ZipSecureFile.setMinInflateRatio(0.02);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    public SourceDocument read(String fileName, byte[] bytes) {
        checkEntries(fileName, bytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            try (XWPFDocument doc = new XWPFDocument(pkg)) {
                return read(doc);
            }
        } catch (RejectedInputException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            String msg = e.getMessage() == null ? (e instanceof OutOfMemoryError ? "too large to read" : "damaged content") : e.getMessage();
            if (msg.toLowerCase(Locale.ROOT).contains("zip bomb") || msg.contains("exceeds the max")) {
                throw new RejectedInputException(fileName + ": refused as a possible zip bomb (its content inflates far beyond its size)");
            }
            throw new RejectedInputException(fileName + ": not a readable DOCX file (" + OneLineMessage.of(msg) + ")");
        }
    }

    /** Most a DOCX may hold once inflated: an article with its images is far below. */
    private static final long MAX_INFLATED = 200L * 1024 * 1024;

    /**
     * What the package holds, from the ZIP itself: a macro project or a macro-enabled content
     * type is refused even where the package is not valid enough for POI to open, and a package
     * that inflates past the limit is refused before anything is parsed.
     */
    private static void checkEntries(String fileName, byte[] bytes) {
        long inflated = 0;
        boolean document = false;
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.equalsIgnoreCase("word/vbaProject.bin")) {
                    throw new RejectedInputException(fileName + ": a macro-enabled Word file (.docm); save it as a plain DOCX and import that");
                }
                document |= name.equals("word/document.xml");
                StringBuilder types = name.equals("[Content_Types].xml") ? new StringBuilder() : null;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                    if (inflated > MAX_INFLATED) {
                        throw new RejectedInputException(fileName + ": refused as a possible zip bomb (it inflates past "
                                + MAX_INFLATED / (1024 * 1024) + " MB)");
                    }
                    if (types != null && types.length() < 1_000_000) {
                        types.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                if (types != null && types.indexOf("macroEnabled") >= 0) {
                    throw new RejectedInputException(fileName + ": a macro-enabled Word file (.docm); save it as a plain DOCX and import that");
                }
            }
        } catch (RejectedInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RejectedInputException(fileName + ": not a readable DOCX file (a damaged ZIP package: "
                    + OneLineMessage.of(String.valueOf(e.getMessage())) + ")");
        }
        if (!document) {
            throw new RejectedInputException(fileName + ": a ZIP archive but not a DOCX (it holds no word/document.xml)");
        }
    }

    private SourceDocument read(XWPFDocument doc) {
        Notes notes = new Notes();
        List<SourcePart> parts = new ArrayList<>();
        String title = null;
        for (DocxParagraphs.Located located : DocxParagraphs.of(doc)) {
            XWPFParagraph p = located.paragraph();
            BlockKind kind = located.inTable() ? BlockKind.TABLE_CELL : kindOf(doc, p);
            String text = text(p.getCTP().getDomNode(), notes);
            if (text.isBlank()) {
                continue;
            }
            if (kind == BlockKind.TITLE && title == null) {
                title = text.strip();
            }
            parts.add(SourcePart.paragraph(kind, text, located.ref()));
        }
        if (title == null) {
            title = parts.stream().filter(p -> p.kind() == BlockKind.HEADING).map(p -> p.text().strip())
                    .filter(t -> !t.matches("(?iu)^(Аннотация|Резюме|Abstract|Summary|Введение|Introduction)\\s*[:.]?$"))
                    .findFirst().orElse(null);
        }
        // the notes in the order their anchors stand in the text, each with Word's number
        for (Map.Entry<String, String> anchor : notes.anchors.entrySet()) {
            String[] key = anchor.getKey().split(":");
            XWPFAbstractFootnoteEndnote note = key[0].equals("f")
                    ? doc.getFootnoteByID(Integer.parseInt(key[1]))
                    : doc.getEndnoteByID(Integer.parseInt(key[1]));
            if (note == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (XWPFParagraph p : note.getParagraphs()) {
                String t = text(p.getCTP().getDomNode(), null).strip();
                if (!t.isEmpty()) {
                    sb.append(sb.isEmpty() ? "" : " ").append(t);
                }
            }
            if (!sb.isEmpty()) {
                parts.add(new SourcePart(BlockKind.FOOTNOTE, sb.toString(), SourcePart.Form.PARAGRAPH, anchor.getValue(),
                        DocxParagraphs.noteRef(key[0].equals("f"), key[1])));
            }
        }
        return new SourceDocument("DOCX", title, parts, List.of());
    }

    /** Footnote and endnote anchors met in the text, numbered as Word shows them (1, 2, … and i, ii, … for endnotes). */
    private static final class Notes {
        final Map<String, String> anchors = new LinkedHashMap<>();
        int footnotes;
        int endnotes;

        String mark(boolean footnote, String id) {
            String key = (footnote ? "f:" : "e:") + id;
            return anchors.computeIfAbsent(key, k -> footnote ? String.valueOf(++footnotes) : roman(++endnotes));
        }

        private static String roman(int n) {
            String[] r = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
            int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                while (n >= v[i]) {
                    sb.append(r[i]);
                    n -= v[i];
                }
            }
            return sb.toString();
        }
    }

    /**
     * A paragraph's text as it reads: text runs, tabs and breaks as spaces, inserted text kept,
     * deleted and moved-away text dropped, field codes left out (their result stays), a note's
     * anchor as its number in superscript, a run's bold, italic, underline, superscript or
     * subscript as formatting codes (not where they cover the whole paragraph: a heading set in
     * bold needs no code).
     */
    private static String text(Node node, Notes notes) {
        Runs runs = new Runs(notes);
        runs.walk(node);
        String text = runs.text().replace('\u00A0', ' ').replaceAll("[ \\t]+", " ");
        // spaces stand outside the codes: "⟨i⟩слово ⟨/i⟩далее" reads "⟨i⟩слово⟨/i⟩ далее"
        text = text.replaceAll("\\s+(⟨/[a-z]+⟩)", "$1 ").replaceAll("(⟨[a-z]+⟩)\\s+", " $1");
        return unwrapWhole(text.replaceAll(" {2,}", " ").strip());
    }

    /** "⟨b⟩Заключение⟨/b⟩": a code around the whole paragraph says nothing a segment needs. */
    private static String unwrapWhole(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^⟨([a-z]+)⟩(.*)⟨/\\1⟩$", java.util.regex.Pattern.DOTALL).matcher(text);
        if (m.matches() && !m.group(2).contains(FormatCodes.open(m.group(1)))) {
            return unwrapWhole(m.group(2).strip());
        }
        return text;
    }

    /** Walks a paragraph's runs, opening and closing formatting codes where a run's formatting changes. */
    private static final class Runs {
        final app.tandem.text.CodedTextBuilder sb = new app.tandem.text.CodedTextBuilder();
        final Notes notes;
        java.util.Set<String> runStyles = java.util.Set.of();

        Runs(Notes notes) {
            this.notes = notes;
        }

        void walk(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                if (!W.equals(child.getNamespaceURI())) {
                    walk(child);  // mc:AlternateContent and the like hold runs too
                    continue;
                }
                switch (child.getLocalName()) {
                    case "r" -> {
                        java.util.Set<String> outer = runStyles;
                        runStyles = styles(child);
                        walk(child);
                        runStyles = outer;
                    }
                    case "t" -> sb.append(DocxNodes.textOf(child), runStyles);
                    case "tab", "br", "cr" -> sb.appendPlain(" ");
                    case "noBreakHyphen" -> sb.append("-", runStyles);
                    case "softHyphen" -> sb.appendPlain("\u00AD");
                    case "del", "moveFrom", "instrText", "delText", "rPr", "pPr", "commentReference", "fldData" -> {
                    }
                    case "footnoteReference", "endnoteReference" -> {
                        if (notes != null) {
                            Node id = child.getAttributes().getNamedItemNS(W, "id");
                            sb.appendPlain(FootnoteMarks.superscript(notes.mark(child.getLocalName().startsWith("foot"),
                                    id == null ? "0" : id.getNodeValue())));
                        }
                    }
                    default -> walk(child);
                }
            }
        }

        String text() {
            return sb.build();
        }

        /** A run's own formatting (w:rPr); a note's anchor carries none of it. */
        private static java.util.Set<String> styles(Node run) {
            Node rPr = null;
            for (Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                if ("footnoteReference".equals(c.getLocalName()) || "endnoteReference".equals(c.getLocalName())) {
                    return java.util.Set.of();
                }
                if ("rPr".equals(c.getLocalName())) {
                    rPr = c;
                }
            }
            return DocxNodes.formats(rPr);
        }
    }

    private static BlockKind kindOf(XWPFDocument doc, XWPFParagraph p) {
        String name = styleName(doc, p.getStyleID());
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.equals("title")) {
            return BlockKind.TITLE;
        }
        if (n.startsWith("heading") || n.startsWith("заголовок") || n.equals("subtitle")) {
            return BlockKind.HEADING;
        }
        if (n.startsWith("abstract") && !n.equals("abstracttitle")) {
            return BlockKind.ABSTRACT;
        }
        if (n.equals("abstracttitle")) {
            return BlockKind.LABEL;
        }
        if (n.startsWith("author")) {
            return BlockKind.AUTHOR;
        }
        if (n.startsWith("caption") || n.startsWith("название")) {
            return BlockKind.CAPTION;
        }
        if (n.startsWith("list") || n.startsWith("список") || p.getNumID() != null && !BigInteger.ZERO.equals(p.getNumID())) {
            return BlockKind.LIST_ITEM;
        }
        return BlockKind.BODY;
    }

    private static String styleName(XWPFDocument doc, String styleId) {
        if (styleId == null) {
            return "";
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
        return style == null || style.getName() == null ? styleId : style.getName();
    }
}
