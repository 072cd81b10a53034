package app.tandem.cli;

import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export --format xliff12} and {@code update} through the jar: out, translated elsewhere, back in. */
// a command-line test (its own processes and data directory, no browser, no timing): it runs beside the browser tests
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class UpdateCommandIT {
    @TempDir
    Path tmp;

    /**
     * With all five seeds in the data directory, an update of every target reported "updated 171"
     * and a new process found none of them: the command's background QA was stopped by interrupting a
     * thread inside the database's file I/O. What the summary reports is what the next process sees.
     */
    @Test
    void whatAnUpdateReportsIsStoredWithAllSeedsInTheDataDirectory() throws Exception {
        Path data = tmp.resolve("data");
        String d = "--tandem.data-dir=" + data;
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("import", d));
        try (var files = Files.list(Path.of("seeds"))) {
            files.sorted().forEach(f -> args.add(f.toString()));
        }
        assertThat(TandemCommand.run(tmp, args.toArray(new String[0])).exit()).isZero();
        for (String[] c : new String[][] {{"004_8dca3b5bb16bd63d", "xliff"}, {"002_943bfa2c0ced0905", "xliff12"}}) {
            Path xlf = tmp.resolve(c[0] + "." + c[1]);
            TandemCommand.Result export = TandemCommand.run(tmp, "export", "--document", c[0], "--format", c[1], "--out", xlf.toString(), d);
            assertThat(export.exit()).as(export.err()).isZero();
            String xml = Files.readString(xlf).replaceAll("(?s)<target[^>]*>.*?</target>", "");
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            String filled = java.util.regex.Pattern.compile("</source>").matcher(xml)
                    .replaceAll(m -> "</source><target>Filled in a CAT tool, number " + n.incrementAndGet() + ".</target>");
            Path back = Files.writeString(tmp.resolve(c[0] + ".done." + c[1]), filled);
            TandemCommand.Result r = TandemCommand.run(tmp, "update", "--document", c[0], "--overwrite", back.toString(), d);
            assertThat(r.exit()).as(r.err()).isZero();
            int updated = Integer.parseInt(r.out().replaceAll("(?s)^updated (\\d+),.*", "$1"));
            assertThat(updated).isGreaterThan(100);
            int stored = TestDatabase.ofAppData(data).jdbc.sql("""
                    SELECT COUNT(*) FROM segment s JOIN document d ON d.id = s.document_id
                    WHERE d.file_name = ? AND s.target_text LIKE 'Filled in a CAT tool, number %'""")
                    .param(c[0] + ".txt").query(Integer.class).single();
            assertThat(stored).as(c[1] + " update of " + c[0] + ": " + r.out()).isEqualTo(updated);
        }
    }

    @Test
    void anXliffTranslatedElsewhereComesBackWithOneSummaryLine() throws Exception {
        Path data = tmp.resolve("data");
        String d = "--tandem.data-dir=" + data;
        assertThat(TandemCommand.run(tmp, "import", "seeds/003_a17717a12c9184be.txt", d).exit()).isZero();
        Path xlf = tmp.resolve("003.xlf");
        TandemCommand.Result export = TandemCommand.run(tmp, "export", "--document", "003_a17717a12c9184be", "--format", "xliff12", "--out", xlf.toString(), d);
        assertThat(export.exit()).as(export.err()).isZero();
        String filled = Files.readString(xlf).replaceAll("(?s)<target[^>]*>.*?</target>", "")
                .replaceAll("(?s)(<trans-unit id=\"(s\\d+)\"[^>]*>\\s*<source>.*?</source>)", "$1<target state=\"translated\">Done $2</target>");
        Path back = Files.writeString(tmp.resolve("003.done.xlf"), filled);

        TandemCommand.Result r = TandemCommand.run(tmp, "update", "--document", "003_a17717a12c9184be", back.toString(), d);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).matches("updated \\d+, unchanged \\d+, conflicts 0, not found 0");
        int updated = Integer.parseInt(r.out().replaceAll("(?s)^updated (\\d+),.*", "$1"));
        TestDatabase db = TestDatabase.ofAppData(data);
        assertThat(updated).isEqualTo(db.jdbc.sql("SELECT COUNT(*) FROM segment WHERE target_text LIKE 'Done s%' AND status = 'TRANSLATED'")
                .query(Integer.class).single()).isGreaterThan(10);

        Path broken = Files.writeString(tmp.resolve("broken.xlf"), filled.substring(0, filled.length() / 2));
        TandemCommand.Result refused = TandemCommand.run(tmp, "update", "--document", "003_a17717a12c9184be", broken.toString(), d);
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err().strip().lines().count()).isEqualTo(1);
        assertThat(refused.err()).contains("broken.xlf").contains("line").contains("malformed XML");
    }
}
