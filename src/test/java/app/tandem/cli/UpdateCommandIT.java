package app.tandem.cli;

import app.tandem.TandemCommand;
import app.tandem.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export --format xliff12} and {@code update} through the jar: out, translated elsewhere, back in. */
class UpdateCommandIT {
    @TempDir
    Path tmp;

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
