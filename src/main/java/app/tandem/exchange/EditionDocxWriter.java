package app.tandem.exchange;

import app.tandem.text.FormatCodes;
import app.tandem.text.StyledText;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The English edition of a document that came as text or PDF, as a Word document built from its
 * structure: named styles a journal's template can restyle (Title, Author, Abstract, Keywords,
 * Heading 1–3, Body Text, Footnote Text), real Word footnotes at their markers, italic, bold,
 * underline, superscript and subscript from the target's codes, and the references section last.
 * A label before an abstract or keywords ("Abstract:") leads its paragraph in bold, as journals
 * print it. Untranslated text is highlighted.
 */
public final class EditionDocxWriter {
    private static final Pattern REFERENCES = Pattern.compile(
            "(?iu)^\\[?\\s*(references|bibliography|literature|sources( and literature)?|list of references|works cited"
                    + "|литература|список литературы|библиография|источники( и литература)?|список источников( и литературы)?)\\s*[:.]?\\s*]?$");

    /** Writes the edition; {@code englishTag} (en-US, en-GB) is the text's language for spelling in Word. */
    public void write(EnglishEdition edition, String title, String englishTag, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(styles(englishTag));
            doc.getProperties().getCoreProperties().setTitle(edition.paragraphs().stream().filter(p -> "TITLE".equals(p.kind()))
                    .map(p -> p.plainText().strip()).findFirst().orElse(title));
            doc.getProperties().getCoreProperties().setCreator("Tandem");
            Map<String, EnglishEdition.Paragraph> notes = new HashMap<>();
            for (EnglishEdition.Paragraph n : edition.notes()) {
                if (n.mark() != null) {
                    notes.putIfAbsent(n.mark(), n);
                }
            }
            List<EnglishEdition.Paragraph> body = referencesLast(edition.body());
            List<EnglishEdition.Paragraph> placed = new ArrayList<>();
            boolean titled = false;
            for (int i = 0; i < body.size(); i++) {
                EnglishEdition.Paragraph p = body.get(i);
                EnglishEdition.Paragraph next = i + 1 < body.size() ? body.get(i + 1) : null;
                if ("LABEL".equals(p.kind()) && next != null && ("ABSTRACT".equals(next.kind()) || "KEYWORDS".equals(next.kind()))) {
                    XWPFParagraph para = doc.createParagraph();
                    para.setStyle(style(next.kind(), titled));
                    XWPFRun lead = para.createRun();
                    lead.setBold(true);
                    lead.setText(FormatCodes.strip(p.text()).strip() + " ");
                    runs(doc, para, next, notes, placed);
                    i++;
                    continue;
                }
                XWPFParagraph para = doc.createParagraph();
                para.setStyle(style(p.kind(), titled));
                titled |= "TITLE".equals(p.kind()) || p.heading();
                runs(doc, para, p, notes, placed);
            }
            // notes whose marker the English lost are kept, numbered, after the text
            List<EnglishEdition.Paragraph> unplaced = edition.notes().stream().filter(n -> !placed.contains(n)).toList();
            if (!unplaced.isEmpty()) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setStyle("Heading1");
                heading.createRun().setText("Notes");
                for (EnglishEdition.Paragraph n : unplaced) {
                    XWPFParagraph para = doc.createParagraph();
                    para.setStyle("FootnoteText");
                    para.createRun().setText((n.mark() == null ? "" : n.mark() + ". "));
                    runs(doc, para, n, Map.of(), placed);
                }
            }
            doc.write(out);
        }
    }

    /** The block's kind as a style; the first heading of a document without a title is its title. */
    private static String style(String kind, boolean titled) {
        return switch (kind) {
            case "TITLE" -> "Title";
            case "HEADING" -> titled ? "Heading1" : "Title";
            case "AUTHOR" -> "Author";
            case "ABSTRACT" -> "Abstract";
            case "KEYWORDS" -> "Keywords";
            case "LABEL" -> "Heading3";
            case "CAPTION" -> "Caption";
            case "LIST_ITEM" -> "ListParagraph";
            case "FOOTNOTE" -> "FootnoteText";
            default -> "BodyText";
        };
    }

    private static void runs(XWPFDocument doc, XWPFParagraph para, EnglishEdition.Paragraph p,
                             Map<String, EnglishEdition.Paragraph> notes, List<EnglishEdition.Paragraph> placed) {
        for (EnglishEdition.Run r : p.runs()) {
            for (StyledText.Piece piece : StyledText.parse(r.text())) {
                EnglishEdition.Paragraph note = piece.isNoteMarker() ? notes.get(piece.noteMark()) : null;
                if (note != null && !placed.contains(note)) {
                    placed.add(note);
                    XWPFFootnote fn = doc.createFootnote();
                    XWPFParagraph np = fn.createParagraph();
                    np.setStyle("FootnoteText");
                    fn.ensureFootnoteRef(np);
                    np.createRun().setText(" ");
                    runs(doc, np, note, Map.of(), placed);
                    para.addFootnoteReference(fn);
                    continue;
                }
                XWPFRun run = para.createRun();
                run.setText(piece.text());
                run.setBold(piece.formats().contains("b"));
                run.setItalic(piece.formats().contains("i"));
                if (piece.formats().contains("u")) {
                    run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                }
                if (piece.formats().contains("sup") || piece.isNoteMarker()) {
                    run.setVerticalAlignment(VerticalAlign.SUPERSCRIPT.toString().toLowerCase(java.util.Locale.ROOT));
                } else if (piece.formats().contains("sub")) {
                    run.setVerticalAlignment(VerticalAlign.SUBSCRIPT.toString().toLowerCase(java.util.Locale.ROOT));
                }
                if (r.untranslated()) {
                    run.setTextHighlightColor("yellow");
                }
            }
        }
    }

    /** A references section (its heading up to the next heading) goes after everything else. */
    static List<EnglishEdition.Paragraph> referencesLast(List<EnglishEdition.Paragraph> body) {
        int start = -1;
        for (int i = 0; i < body.size(); i++) {
            EnglishEdition.Paragraph p = body.get(i);
            if ((p.heading() || "LABEL".equals(p.kind())) && REFERENCES.matcher(p.plainText().strip()).matches()) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return body;
        }
        int end = start + 1;
        while (end < body.size() && !body.get(end).heading() && !"LABEL".equals(body.get(end).kind())) {
            end++;
        }
        List<EnglishEdition.Paragraph> out = new ArrayList<>(body.subList(0, start));
        out.addAll(body.subList(end, body.size()));
        out.addAll(body.subList(start, end));
        return out;
    }

    /** The styles a journal's template replaces by name: Normal and Body Text in Times, the rest based on them. */
    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles styles(String englishTag) throws IOException {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String xml = """
                <w:styles %s>
                 <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>
                  <w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="%s"/></w:rPr></w:rPrDefault>
                  <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
                 <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
                 <w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
                  <w:pPr><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr></w:style>
                 <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Author"/><w:qFormat/>
                  <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
                 <w:style w:type="paragraph" w:styleId="Author"><w:name w:val="Author"/><w:basedOn w:val="Normal"/><w:next w:val="Abstract"/><w:qFormat/>
                  <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
                 <w:style w:type="paragraph" w:styleId="Abstract"><w:name w:val="Abstract"/><w:basedOn w:val="Normal"/><w:qFormat/>
                  <w:pPr><w:ind w:left="567" w:right="567"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
                 <w:style w:type="paragraph" w:styleId="Keywords"><w:name w:val="Keywords"/><w:basedOn w:val="Abstract"/><w:next w:val="BodyText"/><w:qFormat/></w:style>
                 <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>
                  <w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
                 <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>
                  <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
                 <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>
                  <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
                 <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:sz w:val="20"/></w:rPr></w:style>
                 <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
                 <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>
                  <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
                 <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
                </w:styles>""".formatted(w, englishTag);
        try {
            return StylesDocument.Factory.parse(xml).getStyles();
        } catch (XmlException e) {
            throw new IOException("the edition's styles do not parse: " + e.getMessage(), e);
        }
    }
}
