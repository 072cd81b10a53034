package app.tandem.source;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pages per second of PDF reading (PdfSourceReader: glyphs, columns, running lines, footnotes),
 * with Poppler's {@code pdftotext -layout} on the same files in the same run as the anchor (its
 * time includes its process start, a few milliseconds). Files: {@code -Dbench.pdfs=A.pdf,B.pdf}.
 * Not part of {@code verify}; see BENCHMARKS.md.
 */
class PdfExtractionBenchmark {
    private static final int RUNS = 7;

    @Test
    void pagesPerSecondAgainstPdftotext() throws Exception {
        String files = System.getProperty("bench.pdfs", "src/test/resources/sources/004-tex2.pdf");
        System.out.printf("%-28s %5s %12s %12s %10s %10s %7s%n", "file", "pages", "tandem ms", "pdftotext ms", "tandem p/s", "pdftotext p/s", "ratio");
        for (String f : files.split(",")) {
            Path pdf = Path.of(f.strip());
            byte[] bytes = Files.readAllBytes(pdf);
            int pages;
            try (var doc = Loader.loadPDF(bytes)) {
                pages = doc.getNumberOfPages();
            }
            PdfSourceReader reader = new PdfSourceReader();
            for (int i = 0; i < 3; i++) {
                reader.read(pdf.getFileName().toString(), bytes);
            }
            double ours = median(() -> reader.read(pdf.getFileName().toString(), bytes));
            double theirs = median(() -> {
                Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                p.waitFor();
            });
            System.out.printf("%-28s %5d %12.1f %12.1f %10.1f %10.1f %7.2f%n", pdf.getFileName(), pages, ours, theirs,
                    pages * 1000 / ours, pages * 1000 / theirs, ours / theirs);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.run();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
