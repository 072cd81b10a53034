package app.tandem.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Both DOCX exports convert to PDF in headless LibreOffice, which refuses files it would need to repair. Runs where LibreOffice is installed. */
class LibreOfficeOpensExportsTest {
    @TempDir
    Path dir;

    @Test
    void reviewAndEditionDocxConvertToPdf() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/libreoffice")), "LibreOffice is not installed");
        List<ExportSegment> segments = List.of(
                new ExportSegment(1, 1, "У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ", null, "NEW", false, 0, ""),
                new ExportSegment(2, 2, "Советской России было необходимо международное признание.", "Soviet Russia needed international recognition.", "DRAFT", false, 0, "anna: check"));
        try (OutputStream o = Files.newOutputStream(dir.resolve("review.docx"))) {
            new ReviewDocxWriter().write(7, "Seeds", "004", Map.of("NEW", 1, "DRAFT", 1), segments, o);
        }
        EnglishEdition edition = EnglishEdition.build(List.of(new ExportBlock("HEADING", segments.subList(0, 1)),
                new ExportBlock("BODY", segments.subList(1, 2))), EnglishEdition.Untranslated.BRACKETED_SOURCE, false);
        try (OutputStream o = Files.newOutputStream(dir.resolve("edition.docx"))) {
            new EditionDocxWriter().write(edition, "004", "en-US", o);
        }
        Process p = new ProcessBuilder("/usr/bin/libreoffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--convert-to", "pdf", "--outdir", dir.toString(), dir.resolve("review.docx").toString(), dir.resolve("edition.docx").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(dir.resolve("review.pdf")).exists();
        assertThat(dir.resolve("edition.pdf")).exists();
        assertThat(Files.size(dir.resolve("review.pdf"))).isGreaterThan(1000);
    }
}
