package app.tandem.exchange;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlossaryExchangeTest {
    private static final List<TermEntry> ENTRIES = List.of(
            new TermEntry("Закавказье", List.of("Transcaucasia"), List.of("Transcaucasus"),
                    "Historical name; \"South Caucasus\" only after 1991, with commas, too", "geography", "properNoun", "APPROVED"),
            new TermEntry("Наркоминдел", List.of("People's Commissariat for Foreign Affairs", "Narkomindel"), List.of(), null,
                    "institutions, diplomacy", "properNoun", "PROPOSED"),
            new TermEntry("внешняя политика", List.of("foreign policy"), List.of("external policy"), null, null, "noun", "APPROVED"));

    @Test
    void csvAndTsvRoundTripToIdenticalEntries() {
        assertThat(GlossaryCsv.read("g.csv", GlossaryCsv.write(ENTRIES, ','))).isEqualTo(ENTRIES);
        assertThat(GlossaryCsv.read("g.tsv", GlossaryCsv.write(ENTRIES, '\t'))).isEqualTo(ENTRIES);
    }

    @Test
    void malformedCsvIsRefusedWithTheLine() {
        assertThatThrownBy(() -> GlossaryCsv.read("g.csv", "russian,english\nЗакавказье,Transcaucasia\nАнтанта\n"))
                .isInstanceOf(ExchangeException.class).hasMessage("g.csv line 3: 1 fields, the header has 2");
        assertThatThrownBy(() -> GlossaryCsv.read("g.csv", "term,translation\nx,y\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> GlossaryCsv.read("g.csv", "russian,english\n\"Закавказье,Transcaucasia\n")).hasMessageContaining("line 2: unclosed quote");
        assertThatThrownBy(() -> GlossaryCsv.read("g.tsv", "russian\tenglish\tpart_of_speech\nАнтанта\tEntente\tnoun\nЗакавказье\tTranscaucasia\tplace\n"))
                .hasMessage("g.tsv line 3: part of speech \"place\" is not one of noun, properNoun, adjective, verb, adverb, other");
    }

    @Test
    void tbxRoundTripsAndFollowsTheCoreStructure() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TbxWriter().write("Starter", ENTRIES, out);
        List<TermEntry> back = new TbxReader().read("g.tbx", new ByteArrayInputStream(out.toByteArray()));
        assertThat(back).isEqualTo(ENTRIES);

        // TBX-Core: tbx[@type='TBX-Core'] > text > body > conceptEntry > langSec[@xml:lang] > termSec > term
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        Element root = d.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("tbx");
        assertThat(root.getNamespaceURI()).isEqualTo(TbxWriter.NS);
        assertThat(root.getAttribute("type")).isEqualTo("TBX-Core");
        NodeList concepts = d.getElementsByTagNameNS(TbxWriter.NS, "conceptEntry");
        assertThat(concepts.getLength()).isEqualTo(3);
        for (int i = 0; i < concepts.getLength(); i++) {
            Element c = (Element) concepts.item(i);
            assertThat(c.getParentNode().getLocalName()).isEqualTo("body");
            assertThat(c.getParentNode().getParentNode().getLocalName()).isEqualTo("text");
            // descriptive elements (subjectField, note) precede the language sections, as the core structure requires
            List<String> children = childNames(c);
            assertThat(children.subList(children.indexOf("langSec"), children.size())).containsOnly("langSec");
            NodeList termSecs = c.getElementsByTagNameNS(TbxWriter.NS, "termSec");
            for (int t = 0; t < termSecs.getLength(); t++) {
                List<String> inTerm = childNames((Element) termSecs.item(t));
                assertThat(inTerm.get(0)).isEqualTo("term");
                assertThat(inTerm.subList(1, inTerm.size())).containsOnly("termNote");
            }
            NodeList langs = c.getElementsByTagNameNS(TbxWriter.NS, "langSec");
            assertThat(langs.getLength()).isEqualTo(2);
            for (int k = 0; k < langs.getLength(); k++) {
                Element l = (Element) langs.item(k);
                assertThat(l.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isIn("ru", "en");
                assertThat(l.getElementsByTagNameNS(TbxWriter.NS, "termSec").getLength()).isPositive();
            }
        }
    }

    @Test
    void tbxBasicFromOtherToolsIsRead() {
        String martif = """
                <?xml version="1.0"?><martif type="TBX-Basic" xml:lang="en"><text><body>
                <termEntry id="1"><langSet xml:lang="ru-RU"><tig><term>Антанта</term></tig></langSet>
                <langSet xml:lang="en-GB"><tig><term>Entente</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet></termEntry>
                </body></text></martif>""";
        List<TermEntry> read = new TbxReader().read("basic.tbx", new ByteArrayInputStream(martif.getBytes(StandardCharsets.UTF_8)));
        assertThat(read).containsExactly(new TermEntry("Антанта", List.of("Entente"), List.of(), null, null, null, null));
    }

    @Test
    void tbxBasicSubjectFieldAndPartOfSpeechAreRead() {
        String martif = """
                <?xml version="1.0"?><martif type="TBX-Basic" xml:lang="en"><text><body>
                <termEntry id="1"><descrip type="subjectField">diplomacy</descrip>
                <langSet xml:lang="ru"><tig><term>Антанта</term><termNote type="partOfSpeech">ProperNoun</termNote></tig></langSet>
                <langSet xml:lang="en"><tig><term>Entente</term></tig></langSet></termEntry>
                </body></text></martif>""";
        List<TermEntry> read = new TbxReader().read("basic.tbx", new ByteArrayInputStream(martif.getBytes(StandardCharsets.UTF_8)));
        assertThat(read).containsExactly(new TermEntry("Антанта", List.of("Entente"), List.of(), null, "diplomacy", "properNoun", null));
    }

    private static List<String> childNames(Element e) {
        List<String> names = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                names.add(el.getLocalName());
            }
        }
        return names;
    }

    @Test
    void brokenTbxIsRefusedWithTheElementAtFault() {
        String noEnglish = "<tbx type=\"TBX-Core\"><text><body>\n<conceptEntry id=\"c1\"><langSec xml:lang=\"ru\"><termSec><term>Антанта</term></termSec></langSec></conceptEntry></body></text></tbx>";
        assertThatThrownBy(() -> new TbxReader().read("x.tbx", new ByteArrayInputStream(noEnglish.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("x.tbx line 2: the concept has no English term");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE tbx [<!ENTITY s SYSTEM \"file:///etc/passwd\">]><tbx><text><body><conceptEntry>"
                + "<langSec xml:lang=\"ru\"><termSec><term>&s;</term></termSec></langSec></conceptEntry></body></text></tbx>";
        assertThatThrownBy(() -> new TbxReader().read("evil.tbx", new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("evil.tbx");
    }
}
