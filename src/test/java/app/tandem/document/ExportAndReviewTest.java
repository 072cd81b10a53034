package app.tandem.document;

import app.tandem.TestDatabase;
import app.tandem.exchange.ExchangeException;
import app.tandem.exchange.TmxReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("persistence")
class ExportAndReviewTest {
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("reviewer", "x", "ROLE_REVIEWER", "ROLE_TRANSLATOR"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @TempDir
    Path dir;
    TestDatabase db;
    ExportService exports;
    ReviewImportService reviews;
    long doc000;
    long doc004;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase(dir);
        ImportService imports = db.importService();
        doc000 = imports.importFile("Seeds", "000_af86a9a72eb44bf5.txt", Files.readAllBytes(Path.of("seeds/000_af86a9a72eb44bf5.txt"))).documentId();
        doc004 = imports.importFile("Seeds", "004_8dca3b5bb16bd63d.txt", Files.readAllBytes(Path.of("seeds/004_8dca3b5bb16bd63d.txt"))).documentId();
        exports = new ExportService(db.documents, db.projects);
        reviews = new ReviewImportService(db.documents, db.tx);
    }

    private byte[] export(long doc, ExportService.Format f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(doc, f, false, out);
        return out.toByteArray();
    }

    @Test
    void seedArticlesExportAsSchemaValidXliff20And12WithOneUnitPerSegment() throws Exception {
        for (long doc : new long[] {doc000, doc004}) {
            byte[] x20 = export(doc, ExportService.Format.XLIFF);
            byte[] x12 = export(doc, ExportService.Format.XLIFF12);
            app.tandem.exchange.XliffValidation.assertValid20(x20);
            app.tandem.exchange.XliffValidation.assertValid12(x12);
            int segments = db.documents.countSegments(doc);
            String s20 = new String(x20, StandardCharsets.UTF_8);
            String s12 = new String(x12, StandardCharsets.UTF_8);
            assertThat(s20.split("<unit ", -1).length - 1).isEqualTo(segments);
            assertThat(s12.split("<trans-unit ", -1).length - 1).isEqualTo(segments);
            SegmentRow first = db.documents.findAllSegments(doc).get(0);
            assertThat(s20).contains("<unit id=\"s" + first.id() + "\"");
            assertThat(s20).contains("trgLang=\"en-US\"");
        }
    }

    @Test
    void seededPairsExportAsDtdValidTmxAndImportBackIdentically() throws Exception {
        byte[] tmx000 = export(doc000, ExportService.Format.TMX);
        byte[] tmx004 = export(doc004, ExportService.Format.TMX);
        app.tandem.exchange.TmxValidationAccess.assertValid(tmx000);
        app.tandem.exchange.TmxValidationAccess.assertValid(tmx004);
        app.tandem.tm.TranslationMemoryService memory = new app.tandem.tm.TranslationMemoryService(db.units, new SegmentEvents());
        app.tandem.tm.TmxImportService tmxImport = new app.tandem.tm.TmxImportService(db.projects, db.units, db.tx, memory);
        TmxReader.Result r1 = tmxImport.importTmx("Memory", "000.tmx", new ByteArrayInputStream(tmx000), tmx000.length);
        TmxReader.Result r2 = tmxImport.importTmx("Memory", "004.tmx", new ByteArrayInputStream(tmx004), tmx004.length);
        assertThat(r1.read() + r2.read()).isEqualTo(10);
        List<String[]> stored = db.jdbc.sql("SELECT source_text, target_text FROM tm_unit WHERE import_file = '000.tmx' ORDER BY id")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        List<String[]> expected = db.documents.findAllSegments(doc000).stream().filter(s -> s.targetText() != null)
                .map(s -> new String[]{s.sourceText(), s.targetText()}).toList();
        assertThat(stored.subList(0, 4)).containsExactlyElementsOf(expected);

        // the imported units are the "Memory" project's translation memory: a reworded sentence finds its pair
        long memoryProject = db.projects.findIdByName("Memory").orElseThrow();
        String[] pair = expected.get(1);
        String reworded = pair[0].replaceFirst("\\.$", "") + " в те годы.";
        List<app.tandem.memory.FuzzyMatcher.Match> found = memory.find(memoryProject, reworded, 5, null);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).unit().target()).isEqualTo(pair[1]);
        assertThat(found.get(0).score()).isBetween(app.tandem.tm.TranslationMemoryService.MIN_SCORE, 99);
        assertThat(found.get(0).unit().origin()).startsWith("TMX ");
    }

    @Test
    void editedReviewDocxAppliesExactlyTheChangesWithHistory() throws Exception {
        byte[] docx = export(doc004, ExportService.Format.DOCX);
        SegmentRow first = db.documents.findAllSegments(doc004).get(1);
        SegmentRow untouched = db.documents.findAllSegments(doc004).get(2);
        byte[] edited;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(d.getTables().get(0).getRow(0).getCell(2).getText()).isEqualTo("English target");
            setText(d.getTables().get(0).getRow(2).getCell(2), "The victory of the October Revolution in Russia and the end of the First World War put normalisation on the agenda.");
            setText(d.getTables().get(0).getRow(2).getCell(4), "Shortened: check with the author.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(out);
            edited = out.toByteArray();
        }
        ReviewImportService.Report report = reviews.apply(doc004, "review.docx", edited, "reviewer");
        assertThat(report.targetsUpdated()).isEqualTo(1);
        assertThat(report.commentsAdded()).isEqualTo(1);
        assertThat(report.conflicts()).isEmpty();
        SegmentRow after = db.documents.findSegment(first.id()).orElseThrow();
        assertThat(after.targetText()).startsWith("The victory of the October Revolution in Russia and the end");
        assertThat(after.version()).isEqualTo(first.version() + 1);
        assertThat(after.lastEditor()).isEqualTo("reviewer");
        assertThat(db.documents.history(first.id())).hasSize(1).first().extracting(DocumentRepository.HistoryRow::editor).isEqualTo("reviewer");
        assertThat(db.documents.comments(first.id())).containsExactly("reviewer: Shortened: check with the author.");
        assertThat(db.documents.findSegment(untouched.id()).orElseThrow().version()).isEqualTo(untouched.version());
    }

    @Test
    void segmentChangedInTandemSinceTheExportIsAConflict() throws Exception {
        byte[] docx = export(doc004, ExportService.Format.DOCX);
        SegmentRow seg = db.documents.findAllSegments(doc004).get(1);
        db.documents.updateTarget(seg.id(), seg.version(), "Changed in Tandem.", SegmentStatus.TRANSLATED, TargetOrigin.MANUAL, "anna", null);
        byte[] edited;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            setText(d.getTables().get(0).getRow(2).getCell(2), "Changed in the review.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(out);
            edited = out.toByteArray();
        }
        ReviewImportService.Report report = reviews.apply(doc004, "review.docx", edited, "reviewer");
        assertThat(report.targetsUpdated()).isZero();
        assertThat(report.conflicts()).hasSize(1);
        assertThat(report.conflicts().get(0).reviewTarget()).isEqualTo("Changed in the review.");
        assertThat(db.documents.findSegment(seg.id()).orElseThrow().targetText()).isEqualTo("Changed in Tandem.");

        assertThat(reviews.acceptReviewVersion(report.conflicts().get(0), "reviewer")).isTrue();
        assertThat(db.documents.findSegment(seg.id()).orElseThrow().targetText()).isEqualTo("Changed in the review.");
        assertThat(db.documents.history(seg.id())).extracting(DocumentRepository.HistoryRow::editor).containsExactly("anna", "reviewer");
    }

    @Test
    void wrongDocumentDeletedRowsNonDocxAndZipBombAreRefusedWithNothingApplied() throws Exception {
        byte[] docx004 = export(doc004, ExportService.Format.DOCX);
        assertThatThrownBy(() -> reviews.apply(doc000, "004.docx", docx004, "r"))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("belongs to document 004_8dca3b5bb16bd63d");
        byte[] deleted;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx004))) {
            setText(d.getTables().get(0).getRow(1).getCell(2), "Edited before deleting a row.");
            d.getTables().get(0).removeRow(5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(out);
            deleted = out.toByteArray();
        }
        assertThatThrownBy(() -> reviews.apply(doc004, "short.docx", deleted, "r")).hasMessageContaining("rows must not be added or deleted");
        assertThatThrownBy(() -> reviews.apply(doc004, "notes.docx", "plain text".getBytes(StandardCharsets.UTF_8), "r"))
                .hasMessageContaining("not a DOCX file");
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThatThrownBy(() -> reviews.apply(doc004, "bomb.docx", bomb.toByteArray(), "r")).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("bomb.docx");
        assertThat(db.count("segment_history")).isZero();
    }

    @Test
    void englishEditionOf004ReadsAsADocument() throws Exception {
        String text = new String(export(doc004, ExportService.Format.TXT), StandardCharsets.UTF_8);
        String[] paragraphs = text.split("\n\n");
        assertThat(paragraphs[0]).isEqualTo("[У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ]");
        assertThat(paragraphs[1]).startsWith("The victory of the October Revolution in Russia").contains("needed international recognition. The first post-war step")
                .endsWith("comprehensive development of economic ties.");
        byte[] docx = export(doc004, ExportService.Format.EDITION_DOCX);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(d.getParagraphs().get(1).getText()).startsWith("The victory of the October Revolution");
        }
    }

    private static void setText(XWPFTableCell cell, String text) {
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(1);
        }
        var p = cell.getParagraphs().get(0);
        while (!p.getRuns().isEmpty()) {
            p.removeRun(0);
        }
        p.createRun().setText(text);
    }
}
