package app.tandem.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A title set on two lines: a compound broken at its hyphen keeps it, a broken word is whole again, never "СОВЕТСКО- ГЕРМАНСКИХ". */
class TypesetLinesTest {
    @Test
    void aCompoundBrokenAtItsOwnHyphenKeepsItWithoutASpace() {
        assertThat(TypesetLines.join("У ИСТОКОВ СОВЕТСКО-", "ГЕРМАНСКИХ ОТНОШЕНИЙ")).isEqualTo("У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ");
        assertThat(TypesetLines.join("Истоки советско-", "германских отношений")).isEqualTo("Истоки советско-германских отношений");
    }

    @Test
    void aWordBrokenByTheTypesetterIsJoined() {
        assertThat(TypesetLines.join("У ИСТОКОВ ОТНОШЕ-", "НИЙ")).isEqualTo("У ИСТОКОВ ОТНОШЕНИЙ");
        assertThat(TypesetLines.join("Внешняя поли-", "тика России")).isEqualTo("Внешняя политика России");
    }

    @Test
    void linesWithoutAHyphenAreJoinedWithASpace() {
        assertThat(TypesetLines.join("Внешняя политика", "России")).isEqualTo("Внешняя политика России");
        assertThat(TypesetLines.join("1917–", "1922")).isEqualTo("1917– 1922");
    }
}
