package app.tandem.cli;

import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import app.tandem.tm.MemorySamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code memory import}, {@code import} with pre-translation, {@code memory lookup} and {@code concordance}, run from the packaged jar. */
// a command-line test (its own processes and data directory, no browser, no timing): it runs beside the browser tests
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class MemoryCommandIT {
    @TempDir
    Path tmp;

    @Test
    void importedMemoryPreTranslatesExactMatchesAndLooksUpOneWordVariants() throws Exception {
        Path data = tmp.resolve("data");
        Path seed = Path.of("seeds/002_943bfa2c0ced0905.txt");
        List<String> sentences = MemorySamples.distinctSentences(seed, 60, tmp.resolve("scratch"));
        List<String[]> units = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            units.add(i < 40 ? new String[] {sentences.get(i), "Exact " + i + "."}
                    : new String[] {MemorySamples.oneWordChanged(sentences.get(i)), "Variant " + i + "."});
        }
        Path tmx = Files.write(tmp.resolve("memory.tmx"), MemorySamples.tmx(units));

        TandemCommand.Result imported = TandemCommand.run(tmp, "memory", "import", "--project", "Journal", tmx.toString(), "--tandem.data-dir=" + data);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out().lines().findFirst()).hasValue("read 60, skipped 0");

        TandemCommand.Result doc = TandemCommand.run(tmp, "import", "--project", "Journal", seed.toString(), "--tandem.data-dir=" + data);
        assertThat(doc.exit()).as(doc.err()).isZero();
        assertThat(doc.out()).contains("40 pre-translated from memory");
        TestDatabase db = TestDatabase.ofAppData(data);
        assertThat(db.jdbc.sql("SELECT COUNT(*) FROM segment WHERE target_origin = 'MEMORY' AND status = 'DRAFT'").query(Integer.class).single())
                .isEqualTo(40);

        Path queries = Files.writeString(tmp.resolve("queries.txt"), String.join("\n", sentences.subList(40, 60)) + "\n");
        TandemCommand.Result lookup = TandemCommand.run(tmp, "memory", "lookup", "--project", "Journal", queries.toString(), "--tandem.data-dir=" + data);
        assertThat(lookup.exit()).as(lookup.err()).isZero();
        List<String[]> rows = lookup.out().lines().map(l -> l.split("\t", -1)).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(4));
        for (int line = 1; line <= 20; line++) {
            String n = String.valueOf(line);
            String[] best = rows.stream().filter(r -> r[0].equals(n)).findFirst().orElseThrow(() -> new AssertionError("no match for line " + n));
            assertThat(Integer.parseInt(best[1])).isBetween(70, 99);
            assertThat(best[3]).isEqualTo("Variant " + (39 + line) + ".");
            assertThat(best[2]).isEqualTo(units.get(39 + line)[0]);
        }
        // best first within a line
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i)[0].equals(rows.get(i - 1)[0])) {
                assertThat(Integer.parseInt(rows.get(i)[1])).isLessThanOrEqualTo(Integer.parseInt(rows.get(i - 1)[1]));
            }
        }
    }

    @Test
    void brokenUnitsAreSkippedWithTheirLineAndAMissingProjectIsNamed() throws Exception {
        Path data = tmp.resolve("data");
        Path tmx = Files.writeString(tmp.resolve("half.tmx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.1"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ru" datatype="plaintext"/>
                <body>
                <tu><tuv lang="ru"><seg>Первый договор.</seg></tuv><tuv lang="en"><seg>The first treaty.</seg></tuv></tu>
                <tu><tuv lang="ru"><seg>Без перевода.</seg></tuv></tu>
                </body></tmx>
                """);
        TandemCommand.Result r = TandemCommand.run(tmp, "memory", "import", "--project", "P", tmx.toString(), "--tandem.data-dir=" + data);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("read 1, skipped 1").contains("line 5");

        TandemCommand.Result none = TandemCommand.run(tmp, "memory", "lookup", "--project", "Nope", tmx.toString(), "--tandem.data-dir=" + data);
        assertThat(none.exit()).isNotZero();
        assertThat(none.err()).contains("no project named 'Nope'");
        TandemCommand.Result usage = TandemCommand.run(tmp, "memory", "export", "--tandem.data-dir=" + data);
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("memory").contains("export");
    }

    @Test
    void concordanceFindsEveryInflectedFormInTheSeedProject() throws Exception {
        Path data = tmp.resolve("data");
        List<String> args = new ArrayList<>(List.of("import", "--project", "Seeds", "--tandem.data-dir=" + data));
        try (var files = Files.list(Path.of("seeds"))) {
            files.sorted().forEach(f -> args.add(f.toString()));
        }
        assertThat(TandemCommand.run(tmp, args.toArray(new String[0])).exit()).isZero();
        TandemCommand.Result r = TandemCommand.run(tmp, "concordance", "--project", "Seeds", "внешняя политика", "--tandem.data-dir=" + data);
        assertThat(r.exit()).as(r.err()).isZero();
        List<String[]> hits = r.out().lines().map(l -> l.split("\t", -1)).toList();
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h).hasSize(3));
        String sources = String.join("\n", hits.stream().map(h -> h[0].toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).toList());
        assertThat(sources).contains("внешняя политика", "внешней политики", "внешнюю политику", "внешней политике");
        assertThat(hits).allSatisfy(h -> assertThat(h[2]).startsWith("document: "));
        assertThat(Arrays.stream(r.out().split("\n")).filter(l -> !l.isBlank())).hasSameSizeAs(hits);
    }
}
