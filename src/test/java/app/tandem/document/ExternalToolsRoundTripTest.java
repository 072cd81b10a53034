package app.tandem.document;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.text.InlineToken;
import app.tandem.text.InlineTokenFinder;
import app.tandem.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Round trips through the real tools agencies use, as installed from Debian by {@code .ci/run}:
 * OmegaT 3.6 in console mode and translate-toolkit's XLIFF library. Each test is skipped, saying
 * which package is missing, only where that tool is absent.
 */
class ExternalToolsRoundTripTest {
    private static final Path OMEGAT_JAR = Path.of("/usr/share/omegat/OmegaT.jar");
    private static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;
    private TestDatabase db;
    private ExportService exports;
    private UpdateService update;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir.resolve("db"));
        exports = new ExportService(db.documents, db.projects);
        update = new UpdateService(db.documents, new ReviewImportService(db.documents, db.tx), db.jdbc, new SegmentEvents(), db.tx);
        SignedIn.as("anna", Role.TRANSLATOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void omegatFillsItsTargetFromTandemsTmxAndItsOwnTmxComesBackThroughUpdate() throws Exception {
        assumeTrue(Files.isRegularFile(OMEGAT_JAR), "OmegaT is not installed (Debian package omegat)");
        long doc = importSeed("000_af86a9a72eb44bf5.txt");
        List<SegmentRow> segments = editable(doc);
        List<SegmentRow> translated = segments.stream().filter(s -> s.targetText() != null).toList();
        assertThat(translated).as("seed 000 carries English of its own").isNotEmpty();

        Path project = dir.resolve("omegat-project");
        for (String sub : List.of("source", "target", "tm", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(project.resolve(sub));
        }
        Files.writeString(project.resolve("omegat.project"), omegatProject());
        Files.write(project.resolve("omegat/project_save.tmx"), export(doc, ExportService.Format.TMX));
        // one sentence per paragraph, with OmegaT's own sentence segmentation off
        Files.writeString(project.resolve("source/000.txt"),
                segments.stream().map(SegmentRow::sourceText).collect(Collectors.joining("\n\n")) + "\n");

        runOmegat(project, "--mode=console-translate");
        List<String> paragraphs = Arrays.stream(Files.readString(project.resolve("target/000.txt")).split("\n\n"))
                .map(String::strip).toList();
        assertThat(paragraphs).hasSize(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            SegmentRow s = segments.get(i);
            assertThat(paragraphs.get(i)).as("paragraph %d", i + 1).isEqualTo(s.targetText() != null ? s.targetText() : s.sourceText());
        }

        // OmegaT's TMX 1.1 (lang="EN-US", no export time) fills only the segments without a target
        Path pseudo = dir.resolve("omegat.tmx");
        runOmegat(project, "--mode=console-createpseudotranslatetmx", "--pseudotranslatetmx=" + pseudo, "--pseudotranslatetype=equal");
        assertThat(Files.readString(pseudo)).contains("lang=\"EN-US\"");
        // the pseudo-translation copies each source; a translator's English is "EN " before it (a bare copy of the Russian is no translation)
        String translatedInOmegat = Files.readString(pseudo).replaceAll("(?s)(<tuv lang=\"EN-US\">\\s*<seg>)", "$1EN ");
        UpdateService.Report report = update.apply(doc, "omegat.tmx", translatedInOmegat.getBytes(StandardCharsets.UTF_8), false);
        int empty = segments.size() - translated.size();
        assertThat(report.summary()).isEqualTo("updated " + empty + ", unchanged " + translated.size() + ", conflicts 0, not found 0");
        for (SegmentRow s : editable(doc)) {
            SegmentRow before = segments.stream().filter(b -> b.id() == s.id()).findFirst().orElseThrow();
            assertThat(s.targetText()).isEqualTo(before.targetText() != null ? before.targetText() : "EN " + s.sourceText());
        }
    }

    @Test
    void translateToolkitFillsTandemsXliff12AndUpdateTakesEveryTargetBackWithItsCodes() throws Exception {
        assumeTrue(pythonHasTranslateToolkit(), "translate-toolkit is not installed (Debian package python3-translate)");
        long doc = importSeed("002_943bfa2c0ced0905.txt");
        List<SegmentRow> segments = editable(doc);
        Path exported = Files.write(dir.resolve("002.xlf"), export(doc, ExportService.Format.XLIFF12));
        SegmentRow changedMeanwhile = segments.get(3);
        db.documents.updateTarget(changedMeanwhile.id(), changedMeanwhile.version(), "Changed in Tandem after the export.",
                SegmentStatus.TRANSLATED, TargetOrigin.MANUAL, "anna", null);

        Path filled = dir.resolve("002.filled.xlf");
        Path script = Path.of("src/test/resources/tools/fill_xliff12.py");
        Process p = new ProcessBuilder(DEBIAN_PYTHON.toString(), script.toString(), exported.toString(), filled.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.strip()).isEqualTo(String.valueOf(segments.size()));

        UpdateService.Report report = update.apply(doc, "002.filled.xlf", Files.readAllBytes(filled), false);
        assertThat(report.summary()).isEqualTo("updated " + (segments.size() - 1) + ", unchanged 0, conflicts 1, not found 0");
        InlineTokenFinder codes = new InlineTokenFinder();
        int withCodes = 0;
        for (SegmentRow s : editable(doc)) {
            if (s.id() == changedMeanwhile.id()) {
                assertThat(s.targetText()).isEqualTo("Changed in Tandem after the export.");
                continue;
            }
            // citations are text the translator localises; footnote markers and formatting are codes
            String tokens = codes.find(s.sourceText()).stream().filter(t -> t.type() != InlineToken.Type.CITATION)
                    .map(InlineToken::text).collect(Collectors.joining());
            withCodes += tokens.isEmpty() ? 0 : 1;
            assertThat(s.targetText().replaceAll("\\s+", " ").strip()).isEqualTo(("EN s" + s.id() + " " + tokens).strip());
            assertThat(s.status()).isEqualTo(SegmentStatus.TRANSLATED);
        }
        assertThat(withCodes).as("seed 002 has footnote references").isGreaterThan(5);
    }

    @Test
    void anAuthorsDocxThroughTranslateToolkitsXliff12ComesBackAsTheEnglishEditionWithItsCodes() throws Exception {
        assumeTrue(pythonHasTranslateToolkit(), "translate-toolkit is not installed (Debian package python3-translate)");
        byte[] source = Files.readAllBytes(Path.of("src/test/resources/sources/article-004.docx"));
        long doc = db.importService().importFile("Tools", "article-004.docx", source).documentId();
        Path exported = Files.write(dir.resolve("article-004.xlf"), export(doc, ExportService.Format.XLIFF12));
        assertThat(Files.readString(exported)).contains("<bpt id=").contains("ctype=\"italic\"").contains("ctype=\"x-footnote\"");

        Path filled = dir.resolve("article-004.filled.xlf");
        Process p = new ProcessBuilder(DEBIAN_PYTHON.toString(), "src/test/resources/tools/fill_xliff12_keep.py", exported.toString(), filled.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        UpdateService.Report report = update.apply(doc, "article-004.filled.xlf", Files.readAllBytes(filled), false);
        assertThat(report.conflicts()).isEmpty();
        assertThat(report.updated()).isEqualTo(Integer.parseInt(out.strip()));
        InlineTokenFinder codes = new InlineTokenFinder();
        for (SegmentRow s : editable(doc)) {
            // (the placeholder English "Eng12" would read as a word with a glued footnote number: only the DOCX's codes count)
            List<String> want = codes.find(s.sourceText()).stream().filter(t -> t.type() == InlineToken.Type.FORMAT
                    || t.text().matches("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")).map(InlineToken::text).toList();
            List<String> got = codes.find(s.targetText()).stream().filter(t -> t.type() == InlineToken.Type.FORMAT
                    || t.text().matches("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")).map(InlineToken::text).toList();
            assertThat(got).as("codes of segment %d: %s", s.position() + 1, s.targetText()).isEqualTo(want);
        }
        byte[] edition = export(doc, ExportService.Format.EDITION_DOCX);
        app.tandem.exchange.EditionDocxCheck.assertArticle004Edition(edition, source);
    }

    /**
     * Tandem's memory into OmegaT and OmegaT's translation back, codes kept: one copy of an
     * author's DOCX translated in Tandem (every code kept), its TMX as OmegaT's project memory; a
     * second, untranslated copy goes to OmegaT as XLIFF 1.2 (target a copy of the source, as OmegaT
     * translates targets); OmegaT fills what its memory matches exactly, and {@code update} takes
     * OmegaT's file back. OmegaT names a TMX pair {@code <i0>} as it names the XLIFF's
     * {@code <bpt ctype="italic">}, so formatted segments match; a footnote marker it names
     * {@code <x1>} in the TMX but {@code <f1/>} in the XLIFF, so those stay fuzzy for OmegaT.
     */
    @Test
    void omegatTranslatesTandemsXliff12FromTandemsTmxAndTheCodesComeBack() throws Exception {
        assumeTrue(Files.isRegularFile(OMEGAT_JAR), "OmegaT is not installed (Debian package omegat)");
        byte[] source = Files.readAllBytes(Path.of("src/test/resources/sources/article-004.docx"));
        long done = db.importService().importFile("Tools", "article-004.docx", source).documentId();
        Path xlf = Files.write(dir.resolve("done.xlf"), export(done, ExportService.Format.XLIFF));
        Path filled = dir.resolve("done.filled.xlf");
        Process fill = new ProcessBuilder("python3", "src/test/resources/tools/fill_xliff_keep.py", xlf.toString(), filled.toString())
                .redirectErrorStream(true).start();
        String out = new String(fill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fill.waitFor(60, TimeUnit.SECONDS) && fill.exitValue() == 0).as(out).isTrue();
        update.apply(done, "done.filled.xlf", Files.readAllBytes(filled), false);
        long fresh = db.importService().importFile("Tools", "article-004-copy.docx", source, m -> { },
                ImportService.Duplicates.COPY).documentId();

        Path project = dir.resolve("omegat-codes");
        for (String sub : List.of("source", "target", "tm", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(project.resolve(sub));
        }
        Files.writeString(project.resolve("omegat.project"), omegatProject());
        // keep the codes at a segment's ends: OmegaT drops leading and trailing tags by default
        Files.writeString(project.resolve("omegat/filters.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<filters removeTags=\"false\"/>\n");
        Files.write(project.resolve("omegat/project_save.tmx"), export(done, ExportService.Format.TMX));
        String forOmegat = new String(export(fresh, ExportService.Format.XLIFF12), StandardCharsets.UTF_8)
                .replaceAll("(?s)<target[^>]*>.*?</target>", "")
                .replaceAll("(?s)<source>(.*?)</source>", "<source>$1</source><target>$1</target>");
        Files.writeString(project.resolve("source/article-004.xlf"), forOmegat);

        runOmegat(project, "--mode=console-translate");
        byte[] back = Files.readAllBytes(project.resolve("target/article-004.xlf"));
        UpdateService.Report report = update.apply(fresh, "article-004.xlf", back, false);
        assertThat(report.conflicts()).isEmpty();

        List<SegmentRow> translated = editable(done);
        List<SegmentRow> after = editable(fresh);
        assertThat(after).hasSameSizeAs(translated);
        InlineTokenFinder codes = new InlineTokenFinder();
        int formatted = 0;
        for (int i = 0; i < after.size(); i++) {
            SegmentRow s = after.get(i);
            if (s.sourceText().matches("(?s).*[⁰¹²³⁴⁵⁶⁷⁸⁹].*")) {
                continue;  // fuzzy for OmegaT (see above)
            }
            formatted += codes.find(s.sourceText()).stream().anyMatch(t -> t.type() == InlineToken.Type.FORMAT) ? 1 : 0;
            assertThat(s.targetText()).as("segment %d as OmegaT brought it back", i + 1).isEqualTo(translated.get(i).targetText());
        }
        assertThat(formatted).as("the article has formatted segments without markers, each filled with its codes").isGreaterThan(20);
    }

    private long importSeed(String name) throws IOException {
        return db.importService().importFile("Tools", name, Files.readAllBytes(Path.of("seeds", name))).documentId();
    }

    private List<SegmentRow> editable(long doc) {
        return db.documents.findAllSegments(doc).stream().filter(s -> s.coveredBy() == null).toList();
    }

    private byte[] export(long doc, ExportService.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(doc, format, false, out);
        return out.toByteArray();
    }

    private void runOmegat(Path project, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-jar", OMEGAT_JAR.toString(), project.toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("omegat.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }

    private static boolean pythonHasTranslateToolkit() throws Exception {
        if (!Files.isExecutable(DEBIAN_PYTHON)) {
            return false;
        }
        Process p = new ProcessBuilder(DEBIAN_PYTHON.toString(), "-c", "import translate.storage.xliff").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static String omegatProject() {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <omegat>
                  <project version="1.0">
                    <source_dir>__DEFAULT__</source_dir>
                    <target_dir>__DEFAULT__</target_dir>
                    <tm_dir>__DEFAULT__</tm_dir>
                    <glossary_dir>__DEFAULT__</glossary_dir>
                    <glossary_file>__DEFAULT__</glossary_file>
                    <dictionary_dir>__DEFAULT__</dictionary_dir>
                    <source_lang>RU</source_lang>
                    <target_lang>EN-US</target_lang>
                    <source_tok>org.omegat.tokenizer.LuceneRussianTokenizer</source_tok>
                    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
                    <sentence_seg>false</sentence_seg>
                    <support_default_translations>true</support_default_translations>
                    <remove_tags>false</remove_tags>
                  </project>
                </omegat>
                """;
    }
}
