package app.tandem.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsing, help and errors of the command line, without a database. */
class CommandLineToolsTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLineTools.run(List.of(args), List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommandAndSubcommandsHaveTheirOwn() {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("import", "export", "segment", "align", "terms", "qa", "memory", "concordance", "pretranslate", "bench");
        Run memory = run("memory", "--help");
        assertThat(memory.exit()).isZero();
        assertThat(memory.out()).contains("import", "lookup");
        assertThat(run("memory", "lookup", "--help").out()).contains("--project").contains("line<TAB>score");
    }

    @Test
    void wrongCallsSayWhatIsWrongWithExitCodeTwo() {
        Run noFile = run("segment", tmp.resolve("nope.txt").toString());
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).contains("segment: ").contains("nope.txt: no such file");
        Run unknown = run("align", "--sideways", "a", "b");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--sideways");
        Run missing = run("memory", "lookup", "file.txt");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--project");
        assertThat(run("frobnicate").exit()).isEqualTo(2);
        assertThat(run("memory").err()).contains("import or lookup");
    }

    @Test
    void transliterateAndCiteTakeAFileOrStandardInput() throws Exception {
        Path names = Files.writeString(tmp.resolve("names.txt"), "Г.В. Чичерин\nЛ.Д. Троцкий\n");
        Run wiki = run("transliterate", "--scheme", "wikipedia", names.toString());
        assertThat(wiki.exit()).isZero();
        assertThat(wiki.out()).isEqualTo("G.V. Chicherin\nL.D. Trotsky\n");
        Run unknown = run("transliterate", "--scheme", "iso9", names.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip().lines().count()).isEqualTo(1);
        assertThat(unknown.err()).contains("iso9").contains("wikipedia, bgn_pcgn, ala_lc, ala_lc_alt, bs_2979_alt, gost_779_alt, gost_7034, scientific");
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Как писал он [5, с. 645].\nТам же. С. 45.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run cite = run("cite");
            assertThat(cite.exit()).isZero();
            assertThat(cite.out()).isEqualTo("Как писал он [5, p. 645].\nIbid. P. 45.\n");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void optionsMayComeAfterTheFilesAndTakeEitherForm() throws Exception {
        Path text = Files.writeString(tmp.resolve("t.txt"), "Первое предложение. Второе предложение.\n");
        Run a = run("segment", text.toString(), "--lang", "ru", "--plain");
        Run b = run("segment", "--lang=ru", "--plain", text.toString());
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).isEqualTo("Первое предложение.\nВторое предложение.\n");
    }
}
