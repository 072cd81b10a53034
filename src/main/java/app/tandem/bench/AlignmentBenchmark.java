package app.tandem.bench;

import app.tandem.align.Bead;
import app.tandem.align.GaleChurchAligner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Aligns every NNN.ru.txt / NNN.en.txt pair of a directory with Tandem's aligner and with the
 * plain Gale–Church baseline, writes NNN.links.tsv for each into OUT/tandem and OUT/gale-church
 * (to be scored by score_align.py), and reports the time each took after a warm-up.
 */
public final class AlignmentBenchmark {
    public void run(Path dir, Path outDir, PrintStream out) throws IOException {
        List<Path> ruFiles;
        try (Stream<Path> s = Files.list(dir)) {
            ruFiles = s.filter(p -> p.getFileName().toString().endsWith(".ru.txt")).sorted().toList();
        }
        List<List<String>> ru = new ArrayList<>();
        List<List<String>> en = new ArrayList<>();
        for (Path r : ruFiles) {
            ru.add(Files.readAllLines(r, StandardCharsets.UTF_8));
            en.add(Files.readAllLines(Path.of(r.toString().replace(".ru.txt", ".en.txt")), StandardCharsets.UTF_8));
        }
        runOne("tandem", GaleChurchAligner.withLexicalEvidence(), ruFiles, ru, en, outDir, out);
        runOne("gale-church", GaleChurchAligner.lengthOnly(), ruFiles, ru, en, outDir, out);
    }

    private static void runOne(String name, GaleChurchAligner aligner, List<Path> files, List<List<String>> ru,
                               List<List<String>> en, Path outDir, PrintStream out) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            aligner.align(ru.get(i), en.get(i));
        }
        long t0 = System.nanoTime();
        List<List<Bead>> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            results.add(aligner.align(ru.get(i), en.get(i)));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Path dir = outDir.resolve(name);
        Files.createDirectories(dir);
        for (int i = 0; i < files.size(); i++) {
            String base = files.get(i).getFileName().toString().replace(".ru.txt", ".links.tsv");
            Files.writeString(dir.resolve(base), results.get(i).stream().map(b -> join(b.ru()) + "\t" + join(b.en())
                    + "\t" + String.format(Locale.ROOT, "%.3f", b.confidence())).collect(Collectors.joining("\n", "", "\n")));
        }
        out.printf(Locale.ROOT, "%s: %d articles aligned in %.3f s (after warm-up), output in %s%n", name, files.size(), secs, dir);
    }

    private static String join(List<Integer> idx) {
        return idx.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(","));
    }
}
