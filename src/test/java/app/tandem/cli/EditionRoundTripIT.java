package app.tandem.cli;

import app.tandem.TandemCommand;
import app.tandem.exchange.EditionDocxCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's round trip through the jar, as a translator working in a CAT tool makes it: an
 * author's DOCX in, XLIFF 2.0 out, every target filled with the inline codes kept
 * ({@code fill_xliff_keep.py}), {@code update}, and the English edition out as the author's own
 * DOCX with the English in place.
 */
// a command-line test (its own processes and data directory, no browser, no timing): it runs beside the browser tests
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class EditionRoundTripIT {
    private static final Path SOURCE = Path.of("src/test/resources/sources/article-004.docx");

    @TempDir
    Path tmp;

    @Test
    void anAuthorsDocxComesBackAsTheEnglishEditionWithItsFootnotesStylesAndFormatting() throws Exception {
        String d = "--tandem.data-dir=" + tmp.resolve("data");
        TandemCommand.Result imported = TandemCommand.run(tmp, "import", "--project", "Edition", SOURCE.toString(), d);
        assertThat(imported.exit()).as(imported.err()).isZero();
        Path xlf = tmp.resolve("article-004.xlf");
        TandemCommand.Result exported = TandemCommand.run(tmp, "export", "--document", "article-004", "--format", "xliff", "--out", xlf.toString(), d);
        assertThat(exported.exit()).as(exported.err()).isZero();

        Path filled = tmp.resolve("article-004.filled.xlf");
        Process fill = new ProcessBuilder("python3", "src/test/resources/tools/fill_xliff_keep.py", xlf.toString(), filled.toString())
                .redirectErrorStream(true).start();
        String count = new String(fill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(fill.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(fill.exitValue()).as(count).isZero();

        TandemCommand.Result updated = TandemCommand.run(tmp, "update", "--document", "article-004", filled.toString(), d);
        assertThat(updated.exit()).as(updated.err()).isZero();
        assertThat(updated.out().strip()).isEqualTo("updated " + count + ", unchanged 0, conflicts 0, not found 0");

        Path edition = tmp.resolve("article-004.en.docx");
        TandemCommand.Result written = TandemCommand.run(tmp, "export", "--document", "article-004", "--format", "edition-docx",
                "--out", edition.toString(), d);
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.err()).as("every segment is translated: no warning").doesNotContain("not translated");
        EditionDocxCheck.assertArticle004Edition(Files.readAllBytes(edition), Files.readAllBytes(SOURCE));
        if (EditionDocxCheck.libreOfficeInstalled()) {
            EditionDocxCheck.assertLibreOfficeConverts(edition, tmp);
        }
    }
}
