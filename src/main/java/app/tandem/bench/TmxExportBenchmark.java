package app.tandem.bench;

import app.tandem.document.DocumentRepository;
import app.tandem.document.ExportService;
import app.tandem.exchange.TmxUnit;
import app.tandem.exchange.TmxWriter;
import app.tandem.project.ProjectRepository;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.BufferedOutputStream;
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
 * Streams 100,000 segments to TMX: once straight through the writer, once from an H2 document
 * through ExportService. Run it with -Xmx256m to show the heap bound; peak heap use is reported.
 */
public final class TmxExportBenchmark {
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
            rows.add(new Object[]{doc, block, i, i, ru + " " + i, en + " " + i, now});
            if (rows.size() == 5000 || i == N - 1) {
                template.batchUpdate("""
                        INSERT INTO segment(document_id, block_id, position, position_in_block, source_text, target_text, status,
                                            target_origin, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 'TRANSLATED', 'MANUAL', ?, 0)""", rows);
                rows.clear();
            }
        }
        System.gc();
        resetPeaks();
        long t1 = System.nanoTime();
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(workDir.resolve("db.tmx")))) {
            new ExportService(documents, projects).export(doc, ExportService.Format.TMX, false, o);
        }
        double dbSecs = (System.nanoTime() - t1) / 1e9;
        out.printf(Locale.ROOT, "- ExportService from H2: %,d segments in %.2f s (%.1f MB file), peak heap %.0f MB%n",
                N, dbSecs, Files.size(workDir.resolve("db.tmx")) / 1e6, peakHeapMb());
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
