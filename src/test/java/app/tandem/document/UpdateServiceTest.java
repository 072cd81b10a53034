package app.tandem.document;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.exchange.ExchangeException;
import app.tandem.exchange.XliffWriter;
import app.tandem.tm.MemorySamples;
import app.tandem.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code update}: translations coming back from XLIFF and TMX, with conflicts, against a real H2 database. */
@org.junit.jupiter.api.Tag("persistence")
class UpdateServiceTest {
    @TempDir
    Path dir;
    private TestDatabase db;
    private UpdateService update;
    private ExportService exports;
    private SegmentEvents events;
    private long doc;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase(dir);
        events = new SegmentEvents();
        update = new UpdateService(db.documents, new ReviewImportService(db.documents, db.tx), db.jdbc, events, db.tx);
        exports = new ExportService(db.documents, db.projects);
        doc = db.importService().importFile("P", "000.txt", Files.readAllBytes(Path.of("seeds/000_af86a9a72eb44bf5.txt"))).documentId();
        SignedIn.as("anna", Role.TRANSLATOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private byte[] export(ExportService.Format f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(doc, f, false, out);
        return out.toByteArray();
    }

    /** Every 2.0 unit gets the target "EN <unit id>" followed by the source's placeholders, as a CAT tool would keep them. */
    private static byte[] translateAll20(byte[] xliff) throws Exception {
        Document d = parse(xliff);
        NodeList segments = d.getElementsByTagNameNS(XliffWriter.NS_20, "segment");
        for (int i = 0; i < segments.getLength(); i++) {
            Element seg = (Element) segments.item(i);
            Element unit = (Element) seg.getParentNode();
            NodeList old = seg.getElementsByTagNameNS(XliffWriter.NS_20, "target");
            if (old.getLength() > 0) {
                seg.removeChild(old.item(0));
            }
            Element target = d.createElementNS(XliffWriter.NS_20, "target");
            target.appendChild(d.createTextNode("EN " + unit.getAttribute("id") + " "));
            NodeList ph = ((Element) seg.getElementsByTagNameNS(XliffWriter.NS_20, "source").item(0)).getElementsByTagNameNS(XliffWriter.NS_20, "ph");
            for (int k = 0; k < ph.getLength(); k++) {
                target.appendChild(ph.item(k).cloneNode(true));
            }
            seg.appendChild(target);
        }
        return serialize(d);
    }

    @Test
    void xliff20RoundTripFillsEverySegmentWithCodesGivenBackAndStatusesKept() throws Exception {
        byte[] file = translateAll20(export(ExportService.Format.XLIFF));
        UpdateService.Report r = update.apply(doc, "000.xlf", file, false);
        List<SegmentRow> after = db.documents.findAllSegments(doc);
        long covered = after.stream().filter(s -> s.coveredBy() != null).count();
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.notFound()).isZero();
        assertThat(r.updated()).isEqualTo(after.size() - covered);
        assertThat(r.summary()).isEqualTo("updated " + r.updated() + ", unchanged " + r.unchanged() + ", conflicts 0, not found 0");
        for (SegmentRow s : after) {
            if (s.coveredBy() == null) {
                assertThat(s.targetText()).matches("EN s" + s.id() + "( .*)?");
                assertThat(s.status()).isEqualTo(SegmentStatus.DRAFT); // the file says "initial"
            }
        }
        SegmentRow cited = after.stream().filter(s -> s.sourceText().matches(".*\\[\\d+, с\\. \\d+\\].*")).findFirst().orElseThrow();
        assertThat(cited.targetText()).as("a citation is text the translator localises, no placeholder").doesNotContain("с.");
    }

    @Test
    void theCommandLineAppliesAReviewDocxWithItsScorecardSectionAndATranslatorMayNot() throws Exception {
        ExportService withScores = new ExportService(db.documents, db.projects, new QualityScores() {
            @Override
            public app.tandem.lqa.Scorecard scorecard(long documentId) {
                return app.tandem.lqa.Scorecard.of(100, List.of(new app.tandem.lqa.Scorecard.Mark(app.tandem.lqa.MqmCategory.STYLE,
                        app.tandem.lqa.Severity.MAJOR)), 99.0);
            }

            @Override
            public List<app.tandem.lqa.MarkedError> errors(long documentId) {
                return List.of(new app.tandem.lqa.MarkedError(1, app.tandem.lqa.MqmCategory.STYLE, app.tandem.lqa.Severity.MAJOR, "wordy", "rita"));
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        withScores.export(doc, ExportService.Format.DOCX, false, out);
        SegmentRow first = db.documents.findAllSegments(doc).stream().filter(s -> s.coveredBy() == null && s.targetText() == null)
                .findFirst().orElseThrow();
        byte[] reviewed;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(d.getTables()).hasSize(3);
            for (org.apache.poi.xwpf.usermodel.XWPFTableRow row : d.getTables().get(0).getRows()) {
                if (row.getCell(0).getText().equals(String.valueOf(first.id()))) {
                    row.getCell(2).getParagraphs().get(0).createRun().setText("Reviewed in Word.");
                }
            }
            ByteArrayOutputStream changed = new ByteArrayOutputStream();
            d.write(changed);
            reviewed = changed.toByteArray();
        }
        assertThatThrownBy(() -> update.apply(doc, "review.docx", reviewed, false))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignedIn.nobody();
        UpdateService.Report r = update.apply(doc, "review.docx", reviewed, false);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(db.documents.findSegment(first.id()).orElseThrow().targetText()).isEqualTo("Reviewed in Word.");
    }

    @Test
    void aSegmentChangedInTandemSinceTheExportIsAConflictAndKeepsItsText() throws Exception {
        byte[] exported = export(ExportService.Format.XLIFF);
        List<SegmentRow> rows = db.documents.findAllSegments(doc);
        SegmentRow first = rows.stream().filter(s -> s.coveredBy() == null && s.targetText() == null).findFirst().orElseThrow();
        SegmentService segments = new SegmentService(db.documents, db.jdbc, db.tx, events);
        segments.save(first.id(), first.version(), "Changed in Tandem meanwhile.", true);
        UpdateService.Report r = update.apply(doc, "000.xlf", translateAll20(exported), false);
        assertThat(r.conflicts()).extracting(ReviewImportService.Conflict::segmentId).containsExactly(first.id());
        assertThat(db.documents.findSegment(first.id()).orElseThrow().targetText()).isEqualTo("Changed in Tandem meanwhile.");

        // the same file again: now every other segment is as the file says, the conflict stays one
        UpdateService.Report again = update.apply(doc, "000.xlf", translateAll20(exported), false);
        assertThat(again.updated()).isZero();
        assertThat(again.conflicts()).hasSize(1);
    }

    @Test
    void xliff12RoundTripAndATmxFromElsewhereFillsOnlyEmptyTargetsUnlessOverwrite() throws Exception {
        String x12 = new String(export(ExportService.Format.XLIFF12), StandardCharsets.UTF_8);
        // a tool that fills every trans-unit: the target right after the source
        String filled = x12.replaceAll("(?s)<target[^>]*>.*?</target>", "")
                .replaceAll("(?s)(<trans-unit id=\"(s\\d+)\"[^>]*>\\s*<source>.*?</source>)", "$1<target state=\"translated\">From 1.2 $2</target>");
        UpdateService.Report r = update.apply(doc, "000.xliff12.xlf", filled.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.updated()).isGreaterThan(30);
        SegmentRow some = db.documents.findAllSegments(doc).stream().filter(s -> s.coveredBy() == null).skip(1).findFirst().orElseThrow();
        assertThat(some.targetText()).isEqualTo("From 1.2 s" + some.id());
        assertThat(some.status()).isEqualTo(SegmentStatus.TRANSLATED);

        SegmentRow empty = db.documents.findAllSegments(doc).get(0);
        new SegmentService(db.documents, db.jdbc, db.tx, events).save(empty.id(), db.documents.findSegment(empty.id()).orElseThrow().version(), "", false);
        byte[] tmx = MemorySamples.tmx(List.of(new String[] {empty.sourceText(), "From OmegaT."},
                new String[] {some.sourceText(), "Not over an existing one."}, new String[] {"Такого предложения нет.", "Nowhere."}));
        UpdateService.Report fromElsewhere = update.apply(doc, "omegat.tmx", tmx, false);
        assertThat(fromElsewhere.summary()).isEqualTo("updated 1, unchanged 1, conflicts 0, not found 1");
        assertThat(db.documents.findSegment(empty.id()).orElseThrow().targetText()).isEqualTo("From OmegaT.");
        assertThat(update.apply(doc, "omegat.tmx", tmx, true).updated()).isEqualTo(1);
        assertThat(db.documents.findSegment(some.id()).orElseThrow().targetText()).isEqualTo("Not over an existing one.");
    }

    @Test
    void malformedForeignAndHostileFilesAreRefusedWithTheirReasonAndNothingApplied() throws Exception {
        byte[] good = translateAll20(export(ExportService.Format.XLIFF));
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        assertThatThrownBy(() -> update.apply(doc, "cut.xlf", truncated, false)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("cut.xlf line").hasMessageContaining("malformed XML");
        byte[] wrongNs = new String(good, StandardCharsets.UTF_8).replace(XliffWriter.NS_20, "urn:example:other").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> update.apply(doc, "other.xlf", wrongNs, false)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("namespace 'urn:example:other'");
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff xmlns=\"" + XliffWriter.NS_12 + "\" version=\"1.2\"><file original=\"a\" source-language=\"ru\" datatype=\"plaintext\"><body>"
                + "<trans-unit id=\"1\"><source>a</source><target>&x;</target></trans-unit></body></file></xliff>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> update.apply(doc, "xxe.xlf", xxe, false)).isInstanceOf(ExchangeException.class);
        assertThatThrownBy(() -> update.apply(doc, "page.html", "<html><body/></html>".getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("<html> is neither XLIFF nor TMX");
        assertThat(db.documents.findAllSegments(doc)).noneMatch(s -> s.targetText() != null && s.targetText().startsWith("EN "));
    }

    @Test
    void aFileOver200MbIsRefusedByItsSizeBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.xlf");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(201L * 1024 * 1024); // sparse: nothing is written or read
        }
        assertThatThrownBy(() -> UpdateService.requireWithinLimit("huge.xlf", Files.size(huge))).isInstanceOf(ExchangeException.class)
                .hasMessage("huge.xlf: 201 MB is over the limit of 200 MB");
        UpdateService.requireWithinLimit("fine.xlf", 200L * 1024 * 1024);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] serialize(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(out));
        return out.toByteArray();
    }
}
