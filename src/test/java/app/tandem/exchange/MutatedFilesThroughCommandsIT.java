package app.tandem.exchange;

import app.tandem.TandemCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated text, XLIFF 2.0 and 1.2, TMX and review DOCX files through the commands a user runs
 * ({@code import}, {@code update}, {@code memory import}) in a 512 MB heap: each ends in a clean result
 * or a refusal in plain lines, never a stack trace, an {@code OutOfMemoryError} or a hang.
 */
// a command-line test (its own processes and data directory, no browser, no timing): it runs beside the browser tests
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class MutatedFilesThroughCommandsIT {
    private static final long SEED = Long.getLong("tandem.fuzz.seed", 21L);

    @TempDir
    Path tmp;

    private TandemCommand.Result tandem(String... args) throws Exception {
        return TandemCommand.runWithJvm(tmp, Map.of(), List.of("-Xmx512m"), args);
    }

    private static void assertCleanEnd(TandemCommand.Result r, String what) {
        String all = r.out() + r.err();
        assertThat(all).as(what + " printed a stack trace or ran out of memory:\n" + all)
                .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("OutOfMemoryError");
        if (r.exit() != 0) {
            assertThat(r.err().strip()).as(what + " refused without saying why").isNotEmpty();
        }
    }

    @Test
    void mutatedFilesEndInAResultOrAPlainRefusal() throws Exception {
        Random random = new Random(SEED);
        Path data = tmp.resolve("data");
        String d = "--tandem.data-dir=" + data;
        String seed = "seeds/004_8dca3b5bb16bd63d.txt";
        assertThat(tandem("import", seed, d).exit()).isZero();
        String doc = "004_8dca3b5bb16bd63d";

        // import: thirty mutated articles in one run, each imported or refused by name
        byte[] article = Files.readAllBytes(Path.of(seed));
        List<String> args = new ArrayList<>(List.of("import", "--project", "Mutated", d));
        for (int i = 0; i < 30; i++) {
            Path f = tmp.resolve("mutated-" + i + ".txt");
            Files.write(f, ReaderFuzzTest.mutate(article, random, "txt"));
            args.add(f.toString());
        }
        TandemCommand.Result imported = tandem(args.toArray(new String[0]));
        assertCleanEnd(imported, "import");
        System.out.println("FUZZ import: " + imported.out().lines().filter(l -> l.startsWith("imported ")).count() + " imported, "
                + imported.err().lines().filter(l -> l.startsWith("refused ")).count() + " refused");

        // update and memory import: each exported format, mutated
        int runs = 0;
        int refused = 0;
        for (String format : List.of("xliff", "xliff12", "tmx", "docx")) {
            Path exported = tmp.resolve(doc + "." + format);
            assertThat(tandem("export", "--document", doc, "--format", format, "--out", exported.toString(), d).exit()).isZero();
            byte[] bytes = Files.readAllBytes(exported);
            for (int i = 0; i < 3; i++) {
                byte[] mutated = format.equals("docx") ? ReaderFuzzTest.mutateInsideZip(bytes, random) : ReaderFuzzTest.mutate(bytes, random, format);
                Path f = Files.write(tmp.resolve("mutated-" + i + "." + format), mutated);
                TandemCommand.Result r = tandem("update", "--document", doc, f.toString(), d);
                assertCleanEnd(r, "update from a mutated " + format);
                runs++;
                refused += r.exit() == 0 ? 0 : 1;
                if (format.equals("tmx")) {
                    TandemCommand.Result m = tandem("memory", "import", "--project", "Mutated", f.toString(), d);
                    assertCleanEnd(m, "memory import of a mutated TMX");
                    runs++;
                    refused += m.exit() == 0 ? 0 : 1;
                }
            }
        }
        Path bomb = Files.write(tmp.resolve("bomb.tmx"), ("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><tmx version=\"1.4\"><body><tu><tuv xml:lang=\"ru\"><seg>&c;</seg></tuv></tu></body></tmx>")
                .getBytes(StandardCharsets.UTF_8));
        TandemCommand.Result b = tandem("memory", "import", "--project", "Mutated", bomb.toString(), d);
        assertCleanEnd(b, "memory import of an entity expansion");
        assertThat(b.exit()).isNotZero();
        System.out.println("FUZZ update and memory import: " + runs + " mutated files, " + refused + " refused");
    }
}
