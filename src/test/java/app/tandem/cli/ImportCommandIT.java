package app.tandem.cli;

import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar's {@code import} command, run as a user would, against a fresh data directory. */
// a command-line test (its own processes and data directory, no browser, no timing): it runs beside the browser tests
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class ImportCommandIT {
    @TempDir
    Path tmp;

    private TandemCommand.Result tandem(String... args) throws IOException, InterruptedException {
        return TandemCommand.run(tmp, args);
    }

    private TandemCommand.Result tandemWithEnv(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        return TandemCommand.run(tmp, env, args);
    }

    @Test
    void emptyFileAndDisguisedPngAreRefusedAndWindows1251IsConverted() throws Exception {
        Path data = tmp.resolve("data");
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path png = tmp.resolve("image.txt");
        Files.write(png, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Path cp1251 = tmp.resolve("article-1251.txt");
        Files.write(cp1251, Files.readString(Path.of("seeds/003_a17717a12c9184be.txt"), StandardCharsets.UTF_8)
                .getBytes(Charset.forName("windows-1251")));

        TandemCommand.Result r1 = tandem("import", empty.toString(), "--tandem.data-dir=" + data);
        assertThat(r1.exit()).isNotZero();
        assertThat(r1.err()).contains("empty.txt: file is empty");

        TandemCommand.Result r2 = tandem("import", "--tandem.data-dir=" + data, png.toString());
        assertThat(r2.exit()).isNotZero();
        assertThat(r2.err()).contains("image.txt").contains("PNG");

        TandemCommand.Result r3 = tandem("import", "--project", "Tests", cp1251.toString(), "--tandem.data-dir=" + data);
        assertThat(r3.exit()).as(r3.err()).isZero();
        assertThat(r3.out()).contains("article-1251.txt").contains("segments").contains("converted from Windows-1251");

        TestDatabase db = TestDatabase.ofAppData(data);
        assertThat(db.count("document")).isEqualTo(1);
        assertThat(db.count("project")).isEqualTo(1);
    }

    @Test
    void aPdfAndADocxImportWithTheirTitlesFootnotesAndFilesAndAScanIsRefused() throws Exception {
        Path data = tmp.resolve("data");
        Path pdf = Path.of("src/test/resources/sources/004-tex2abs.pdf");
        Path docx = tmp.resolve("author.docx");
        Files.copy(Path.of("src/test/resources/sources/article-004.docx"), docx);
        // told apart by content: a PDF named .txt is still a PDF
        Path scan = tmp.resolve("scan.txt");
        Files.copy(Path.of("src/test/resources/sources/scanned.pdf"), scan);

        TandemCommand.Result refused = tandem("import", "--tandem.data-dir=" + data, scan.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("scan.txt: no text layer").contains("run OCR first").doesNotContain("Exception");

        TandemCommand.Result r = tandem("import", "--tandem.data-dir=" + data, "--project", "Sources", pdf.toString(), docx.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("004-tex2abs.pdf: document #").contains("\"У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ\"")
                .contains("author.docx: document #");

        TestDatabase db = TestDatabase.ofAppData(data);
        assertThat(db.count("document")).isEqualTo(2);
        assertThat(db.jdbc.sql("SELECT source_format FROM document ORDER BY id").query(String.class).list()).containsExactly("PDF", "DOCX");
        assertThat(db.jdbc.sql("SELECT COUNT(*) FROM document WHERE source_file IS NOT NULL").query(Integer.class).single()).isEqualTo(2);
        List<String> docxNotes = db.jdbc.sql("""
                SELECT b.mark FROM block b JOIN document d ON d.id = b.document_id
                WHERE d.file_name = 'author.docx' AND b.kind = 'FOOTNOTE' ORDER BY b.position""").query(String.class).list();
        assertThat(docxNotes).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(db.jdbc.sql("""
                SELECT COUNT(*) FROM segment s JOIN block b ON b.id = s.block_id WHERE b.kind = 'FOOTNOTE'""").query(Integer.class).single())
                .isGreaterThanOrEqualTo(6);

        // the footnotes travel with the document: XLIFF 2.0 carries them as units of their own
        Path xlf = tmp.resolve("author.xlf");
        TandemCommand.Result export = tandem("export", "--tandem.data-dir=" + data, "--document", "author", "--format", "xliff",
                "--out", xlf.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(xlf)).contains("РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15.").contains("¹");
    }

    @Test
    void importingTheSeedsIntoAnEmptyDataDirGivesExactlyOneCopy() throws Exception {
        Path data = tmp.resolve("data");
        List<String> args = new ArrayList<>(List.of("import", "--tandem.data-dir=" + data));
        try (var files = Files.list(Path.of("seeds"))) {
            files.sorted().forEach(f -> args.add(f.toString()));
        }
        TandemCommand.Result r = tandem(args.toArray(new String[0]));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("imported ")).count()).isEqualTo(5);
        assertThat(TestDatabase.ofAppData(data).count("document")).isEqualTo(5);
    }

    @Test
    void dataDirectoryComesFromTheEnvironmentToo() throws Exception {
        Path data = tmp.resolve("from-env");
        TandemCommand.Result r = tandemWithEnv(java.util.Map.of("TANDEM_DATA_DIR", data.toString()), "import", "seeds/003_a17717a12c9184be.txt");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(data.resolve("tandem.mv.db")).exists();
        TandemCommand.Result export = tandemWithEnv(java.util.Map.of("TANDEM_DATA_DIR", data.toString()), "export", "--document",
                "003_a17717a12c9184be", "--format", "txt", "--out", tmp.resolve("003.txt").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(tmp.resolve("003.txt"))).contains("[");
        TandemCommand.Result missing = tandemWithEnv(java.util.Map.of("TANDEM_DATA_DIR", data.toString()), "export", "--document", "nope",
                "--format", "tmx", "--out", tmp.resolve("x.tmx").toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("no document named 'nope'");
        assertThat(tmp.resolve("x.tmx")).doesNotExist();
    }

    @Test
    void killingTheProcessDuringAnImportLeavesNoHalfDocument() throws Exception {
        Path data = tmp.resolve("data");
        Path big = tmp.resolve("big.txt");
        String seed = Files.readString(Path.of("seeds/002_943bfa2c0ced0905.txt"));
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 3_000_000) {
            sb.append(seed).append("\n\n");
        }
        Files.writeString(big, sb);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/tandem.jar", "import", big.toString(), "--tandem.data-dir=" + data)
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        // wait until the import is writing: the database file exists and has grown
        Path dbFile = data.resolve("tandem.mv.db");
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline && (!Files.exists(dbFile) || Files.size(dbFile) < 200_000) && p.isAlive()) {
            Thread.sleep(50);
        }
        p.destroyForcibly();
        p.waitFor();
        TestDatabase db = TestDatabase.ofAppData(data);
        java.util.List<Integer> counts = db.counts("document", "segment");
        int documents = counts.get(0);
        int segments = counts.get(1);
        if (documents == 0) {
            assertThat(segments).isZero();
        } else {
            // the import finished before the kill: then it is complete
            assertThat(documents).isEqualTo(1);
            assertThat(segments).isGreaterThan(10_000);
        }
    }
}
