package app.tandem.bench;

import app.tandem.document.DocumentRepository;
import app.tandem.document.ExportService;
import app.tandem.document.ReviewImportService;
import app.tandem.document.SegmentEvents;
import app.tandem.document.UpdateService;
import app.tandem.exchange.TmxUnit;
import app.tandem.exchange.TmxWriter;
import app.tandem.memory.SourceKey;
import app.tandem.project.ProjectRepository;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 100,000-segment document out and back in: TMX straight through the writer, then TMX, XLIFF 2.0
 * and XLIFF 1.2 from an H2 document through ExportService, then {@code update} with the XLIFF 2.0
 * file after every target was revised. Run it with -Xmx256m to show the heap bound; peak heap use
 * is reported for each step.
 */
public final class ExchangeScaleBenchmark {
    private static final int N = 100_000;

    public void run(Path workDir, PrintStream out) throws Exception {
        Files.createDirectories(workDir);
        String ru = "Внешняя политика Советской России в отношении Закавказья в 1917–1922 гг. была стратегическим выбором [8, с. 10].";
        String en = "Soviet Russia's foreign policy towards Transcaucasia in 1917-1922 was a strategic choice [8, p. 10].";
        resetPeaks();
        long t0 = System.nanoTime();
        Path plain = workDir.resolve("plain.tmx");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(plain)); TmxWriter w = new TmxWriter(o, "ru", "en")) {
            Instant now = Instant.now();
            for (int i = 0; i < N; i++) {
                w.write(new TmxUnit(String.valueOf(i + 1), ru + " " + i, en + " " + i, "TRANSLATED", "bench", now, now, "bench"));
            }
        }
        double writerSecs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "- TmxWriter alone: %,d units in %.2f s (%.1f MB file), peak heap %.0f MB, max heap %.0f MB%n",
                N, writerSecs, Files.size(plain) / 1e6, peakHeapMb(), Runtime.getRuntime().maxMemory() / 1e6);

        Path db = workDir.resolve("db");
        SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:h2:file:" + db.toAbsolutePath() + "/bench", "sa", "", true);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        ProjectRepository projects = new ProjectRepository(jdbc);
        DocumentRepository documents = new DocumentRepository(jdbc);
        long project = projects.findOrCreate("Benchmark");
        long doc = documents.insertDocument(project, "bench", "bench.txt", null, "(generated)");
        long block = documents.insertBlock(doc, 0, "BODY", "ru", "(generated)");
        JdbcTemplate template = new JdbcTemplate(ds);
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (int i = 0; i < N; i++) {
            rows.add(new Object[]{doc, block, i, i, ru + " " + i, SourceKey.of(ru + " " + i), en + " " + i, now});
            if (rows.size() == 5000 || i == N - 1) {
                template.batchUpdate("""
                        INSERT INTO segment(document_id, block_id, position, position_in_block, source_text, source_key, target_text, status,
                                            target_origin, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'TRANSLATED', 'MANUAL', ?, 0)""", rows);
                rows.clear();
            }
        }
        ExportService exports = new ExportService(documents, projects);
        for (ExportService.Format format : List.of(ExportService.Format.TMX, ExportService.Format.XLIFF, ExportService.Format.XLIFF12)) {
            Path file = workDir.resolve("db." + format.name().toLowerCase(Locale.ROOT));
            System.gc();
            resetPeaks();
            long t1 = System.nanoTime();
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file))) {
                exports.export(doc, format, false, o);
            }
            out.printf(Locale.ROOT, "- ExportService from H2, %s: %,d segments in %.2f s (%.1f MB file), peak heap %.0f MB%n",
                    format.name(), N, (System.nanoTime() - t1) / 1e9, Files.size(file) / 1e6, peakHeapMb());
        }

        // every target revised, as a CAT tool would hand the file back
        Path revised = workDir.resolve("revised.xlf");
        try (BufferedReader in = Files.newBufferedReader(workDir.resolve("db.xliff"));
             BufferedWriter w = Files.newBufferedWriter(revised)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                w.write(line.replace("<target>", "<target>Revised: "));
                w.newLine();
            }
        }
        UpdateService update = new UpdateService(documents, new ReviewImportService(documents, new DataSourceTransactionManager(ds)),
                jdbc, new SegmentEvents(), new DataSourceTransactionManager(ds));
        System.gc();
        resetPeaks();
        long t2 = System.nanoTime();
        UpdateService.Report report = update.apply(doc, revised.getFileName().toString(), Files.readAllBytes(revised), false);
        out.printf(Locale.ROOT, "- update from XLIFF 2.0: %,d units in %.2f s (%s), peak heap %.0f MB%n",
                N, (System.nanoTime() - t2) / 1e9, report.summary(), peakHeapMb());
        ds.destroy();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / 1e6;
    }
}
