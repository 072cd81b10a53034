package app.tandem.exchange;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** XLIFF 2.0 and 1.2 as Tandem writes them: schema-valid, states from statuses, codes that give back the original text. */
class XliffWriterTest {
    private static final List<ExportSegment> SEGMENTS = List.of(
            new ExportSegment(11, 1, "Внешняя политика Советской России [8, с. 10].", "Soviet Russia's foreign policy [8, p. 10].",
                    "APPROVED", false, 3, "rita: fine"),
            new ExportSegment(12, 2, "Договор подписали на западе1.", "The treaty was signed in the west1.", "TRANSLATED", false, 2, ""),
            new ExportSegment(13, 3, "Второе предложение пары.", null, "DRAFT", true, 1, null),
            new ExportSegment(14, 4, "Ещё не переведено & <не размечено>.", null, "NEW", false, 0, "anna: ask\nrita: later"),
            new ExportSegment(15, 5, "Черновик.", "Draft.", "DRAFT", false, 1, null),
            // a DOCX source's formatting codes and a footnote marker in superscript
            new ExportSegment(16, 6, "⟨i⟩Генуэзская конференция⟨/i⟩ открылась в ⟨b⟩апреле⟨/b⟩.¹",
                    "The ⟨i⟩Genoa Conference⟨/i⟩ opened in ⟨b⟩April⟨/b⟩.¹", "TRANSLATED", false, 1, null));

    private static byte[] write(XliffWriter.Version version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XliffWriter w = new XliffWriter(out, version, "ru", "en-GB", "7", "article.txt")) {
            SEGMENTS.forEach(w::write);
        }
        return out.toByteArray();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void xliff20IsValidCarriesStatesNotesAndCodesThatRestoreTheText() throws Exception {
        byte[] xliff = write(XliffWriter.Version.V2_0);
        XliffValidation.assertValid20(xliff);
        Document d = parse(xliff);
        Element root = d.getDocumentElement();
        assertThat(root.getAttribute("srcLang")).isEqualTo("ru");
        assertThat(root.getAttribute("trgLang")).isEqualTo("en-GB");
        NodeList units = d.getElementsByTagNameNS(XliffWriter.NS_20, "unit");
        assertThat(units.getLength()).isEqualTo(6);
        Element formatted = (Element) units.item(5);
        assertThat(text20(formatted, "source")).isEqualTo(SEGMENTS.get(5).source());
        assertThat(text20(formatted, "target")).isEqualTo(SEGMENTS.get(5).target());
        NodeList pairs = formatted.getElementsByTagNameNS(XliffWriter.NS_20, "pc");
        assertThat(pairs.getLength()).as("2 formatting pairs on each side").isEqualTo(4);
        assertThat(((Element) pairs.item(0)).getAttribute("type")).isEqualTo("fmt");
        assertThat(((Element) pairs.item(0)).getAttribute("subType")).isEqualTo("xlf:i");
        assertThat(((Element) pairs.item(1)).getAttribute("subType")).isEqualTo("xlf:b");
        assertThat(formatted.getElementsByTagNameNS(XliffWriter.NS_20, "ph").getLength()).as("the marker on each side").isEqualTo(2);
        Map<String, String> states = new HashMap<>();
        for (int i = 0; i < units.getLength(); i++) {
            Element u = (Element) units.item(i);
            Element seg = (Element) u.getElementsByTagNameNS(XliffWriter.NS_20, "segment").item(0);
            states.put(u.getAttribute("id"), seg.getAttribute("state") + " " + seg.getAttribute("subState"));
        }
        assertThat(states).containsEntry("s11", "final tandem:APPROVED").containsEntry("s12", "translated tandem:TRANSLATED")
                .containsEntry("s14", "initial tandem:NEW").containsEntry("s15", "initial tandem:DRAFT");
        Element first = (Element) units.item(0);
        assertThat(text20(first, "source")).isEqualTo(SEGMENTS.get(0).source());
        assertThat(text20(first, "target")).isEqualTo(SEGMENTS.get(0).target());
        assertThat(first.getElementsByTagNameNS(XliffWriter.NS_20, "ph").getLength()).as("a citation is text: translators localise it").isZero();
        assertThat(text20((Element) units.item(1), "source")).isEqualTo("Договор подписали на западе1.");
        assertThat(((Element) units.item(1)).getElementsByTagNameNS(XliffWriter.NS_20, "ph").getLength()).as("footnote in both").isEqualTo(2);
        Element covered = (Element) units.item(2);
        assertThat(covered.getElementsByTagNameNS(XliffWriter.NS_20, "target").getLength()).isZero();
        assertThat(covered.getElementsByTagNameNS(XliffWriter.NS_20, "note").item(0).getTextContent()).contains("previous segment");
        Element fourth = (Element) units.item(3);
        assertThat(text20(fourth, "source")).isEqualTo("Ещё не переведено & <не размечено>.");
        assertThat(fourth.getElementsByTagNameNS(XliffWriter.NS_20, "note").getLength()).isEqualTo(2);
    }

    @Test
    void okapisXliff2ReaderWithMaximalValidationReadsEveryUnit() throws Exception {
        byte[] xliff = write(XliffWriter.Version.V2_0);
        List<String> ids = new java.util.ArrayList<>();
        try (net.sf.okapi.lib.xliff2.reader.XLIFFReader reader =
                     new net.sf.okapi.lib.xliff2.reader.XLIFFReader(net.sf.okapi.lib.xliff2.reader.XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xliff));
            while (reader.hasNext()) {
                net.sf.okapi.lib.xliff2.reader.Event e = reader.next();
                if (e.isUnit()) {
                    net.sf.okapi.lib.xliff2.core.Unit u = e.getUnit();
                    ids.add(u.getId());
                    if (u.getId().equals("s11")) {
                        net.sf.okapi.lib.xliff2.core.Segment seg = (net.sf.okapi.lib.xliff2.core.Segment) u.getPart(0);
                        assertThat(seg.getSource().getPlainText()).startsWith("Внешняя политика Советской России");
                        assertThat(seg.getSubState()).isEqualTo("tandem:APPROVED");
                        assertThat(seg.getSource().getOwnTags()).isEmpty();
                    }
                    if (u.getId().equals("s16")) {
                        net.sf.okapi.lib.xliff2.core.Segment seg = (net.sf.okapi.lib.xliff2.core.Segment) u.getPart(0);
                        assertThat(seg.getSource().getPlainText()).isEqualTo("Генуэзская конференция открылась в апреле.");
                        assertThat(seg.getTarget().getOwnTags()).as("two pairs (opening and closing) and a marker").hasSize(5);
                    }
                }
            }
        }
        assertThat(ids).containsExactly("s11", "s12", "s13", "s14", "s15", "s16");
    }

    @Test
    void xliff12IsValidWithStatesApprovalAndTheExactStatus() throws Exception {
        byte[] xliff = write(XliffWriter.Version.V1_2);
        XliffValidation.assertValid12(xliff);
        Document d = parse(xliff);
        Element file = (Element) d.getElementsByTagNameNS(XliffWriter.NS_12, "file").item(0);
        assertThat(file.getAttribute("source-language")).isEqualTo("ru");
        assertThat(file.getAttribute("target-language")).isEqualTo("en-GB");
        NodeList units = d.getElementsByTagNameNS(XliffWriter.NS_12, "trans-unit");
        assertThat(units.getLength()).isEqualTo(6);
        Element first = (Element) units.item(0);
        assertThat(first.getAttribute("id")).isEqualTo("s11");
        assertThat(first.getAttribute("approved")).isEqualTo("yes");
        assertThat(first.getAttributeNS(XliffWriter.NS_TANDEM, "status")).isEqualTo("APPROVED");
        Element target = (Element) first.getElementsByTagNameNS(XliffWriter.NS_12, "target").item(0);
        assertThat(target.getAttribute("state")).isEqualTo("signed-off");
        assertThat(target.getTextContent()).isEqualTo(SEGMENTS.get(0).target());
        assertThat(first.getElementsByTagNameNS(XliffWriter.NS_12, "ph").getLength()).as("a citation is text").isZero();
        Element formatted = (Element) ((Element) units.item(5)).getElementsByTagNameNS(XliffWriter.NS_12, "target").item(0);
        NodeList starts = formatted.getElementsByTagNameNS(XliffWriter.NS_12, "bpt");
        NodeList ends = formatted.getElementsByTagNameNS(XliffWriter.NS_12, "ept");
        assertThat(starts.getLength()).isEqualTo(2);
        assertThat(ends.getLength()).isEqualTo(2);
        assertThat(((Element) starts.item(0)).getAttribute("ctype")).isEqualTo("italic");
        assertThat(starts.item(0).getTextContent()).as("the native code travels").isEqualTo("⟨i⟩");
        assertThat(((Element) ends.item(0)).getAttribute("id")).isEqualTo(((Element) starts.item(0)).getAttribute("id"));
        assertThat(((Element) starts.item(1)).getAttribute("ctype")).isEqualTo("bold");
        Element marker = (Element) formatted.getElementsByTagNameNS(XliffWriter.NS_12, "ph").item(0);
        assertThat(marker.getAttribute("ctype")).isEqualTo("x-footnote");
        assertThat(marker.getTextContent()).isEqualTo("¹");
        assertThat(formatted.getTextContent()).isEqualTo(SEGMENTS.get(5).target());
        assertThat(((Element) units.item(3)).getElementsByTagNameNS(XliffWriter.NS_12, "target").getLength()).isZero();
        Element draft = (Element) ((Element) units.item(4)).getElementsByTagNameNS(XliffWriter.NS_12, "target").item(0);
        assertThat(draft.getAttribute("state")).isEqualTo("needs-review-translation");
    }

    /** A code whose other half is in the next segment (a sentence break inside italics) travels alone, valid in both versions, and comes back. */
    @Test
    void aLoneStartOrEndIsValidAndComesBackThroughTheReader() throws Exception {
        List<ExportSegment> split = List.of(
                new ExportSegment(21, 1, "Он писал: ⟨i⟩Мы ошиблись.", "He wrote: ⟨i⟩We were wrong.", "TRANSLATED", false, 1, null),
                new ExportSegment(22, 2, "Торговля поможет.⟨/i⟩²", "Trade will help.⟨/i⟩²", "TRANSLATED", false, 1, null),
                new ExportSegment(23, 3, "⟨b⟩⟨i⟩Оба⟨/i⟩ и⟨/b⟩ H⟨sub⟩2⟨/sub⟩O.", "⟨b⟩⟨i⟩Both⟨/i⟩ and⟨/b⟩ H⟨sub⟩2⟨/sub⟩O.", "TRANSLATED", false, 1, null));
        for (XliffWriter.Version version : XliffWriter.Version.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (XliffWriter w = new XliffWriter(out, version, "ru", "en-US", "9", "split.docx")) {
                split.forEach(w::write);
            }
            byte[] xliff = out.toByteArray();
            if (version == XliffWriter.Version.V2_0) {
                XliffValidation.assertValid20(xliff);
                assertThat(new String(xliff, java.nio.charset.StandardCharsets.UTF_8)).contains("<sc ").contains("<ec ").contains("isolated=\"yes\"");
            } else {
                XliffValidation.assertValid12(xliff);
                assertThat(new String(xliff, java.nio.charset.StandardCharsets.UTF_8)).contains("pos=\"open\"").contains("pos=\"close\"");
            }
            List<XliffReader.Unit> units = new java.util.ArrayList<>();
            new XliffReader().read("split.xlf", new ByteArrayInputStream(xliff), units::add);
            assertThat(units).extracting(XliffReader.Unit::target).as(version.name())
                    .containsExactly(split.get(0).target(), split.get(1).target(), split.get(2).target());
            assertThat(units).extracting(XliffReader.Unit::source).as(version.name())
                    .containsExactly(split.get(0).source(), split.get(1).source(), split.get(2).source());
        }
    }

    /** The text of a 2.0 source or target with every placeholder replaced by the original data it points to. */
    private static String text20(Element unit, String which) {
        Map<String, String> data = new HashMap<>();
        NodeList ds = unit.getElementsByTagNameNS(XliffWriter.NS_20, "data");
        for (int i = 0; i < ds.getLength(); i++) {
            Element e = (Element) ds.item(i);
            data.put(e.getAttribute("id"), e.getTextContent());
        }
        Element el = (Element) unit.getElementsByTagNameNS(XliffWriter.NS_20, which).item(0);
        StringBuilder sb = new StringBuilder();
        appendText20(el, data, sb);
        return sb.toString();
    }

    private static void appendText20(Element el, Map<String, String> data, StringBuilder sb) {
        for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                sb.append(n.getTextContent());
            } else if (((Element) n).hasAttribute("dataRefStart")) {
                sb.append(data.get(((Element) n).getAttribute("dataRefStart")));
                appendText20((Element) n, data, sb);
                sb.append(data.get(((Element) n).getAttribute("dataRefEnd")));
            } else {
                sb.append(data.get(((Element) n).getAttribute("dataRef")));
            }
        }
    }
}
