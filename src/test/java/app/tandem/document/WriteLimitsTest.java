package app.tandem.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class WriteLimitsTest {
    @Test
    void aTranslationMayBeTwentyTimesItsSourceAndAtMost64Kb() {
        String source = "Советская делегация прибыла в Лозанну.";
        assertThat(WriteLimits.targetLimit(source)).isEqualTo(Math.max(500, 20 * source.length()));
        assertThatNoException().isThrownBy(() -> WriteLimits.requireTarget("segment 3", source, "x".repeat(WriteLimits.targetLimit(source))));
        assertThatThrownBy(() -> WriteLimits.requireTarget("segment 3", source, "x".repeat(WriteLimits.targetLimit(source) + 1)))
                .isInstanceOf(WriteLimits.LimitExceededException.class)
                .hasMessage("segment 3: the translation has " + (WriteLimits.targetLimit(source) + 1) + " characters; the limit is "
                        + WriteLimits.targetLimit(source) + " (20 times the source, at most 65536)");
        // a word or two may still get a longer rendering; a very long source is capped at 64 KB
        assertThat(WriteLimits.targetLimit("ВЦИК")).isEqualTo(500);
        assertThat(WriteLimits.targetLimit("я".repeat(10_000))).isEqualTo(65_536);
    }

    @Test
    void commentsAndNotesHaveTheirOwnLimits() {
        assertThatNoException().isThrownBy(() -> WriteLimits.requireComment("c".repeat(10_000)));
        assertThatThrownBy(() -> WriteLimits.requireComment("c".repeat(10_001))).hasMessage("a comment has 10001 characters; the limit is 10000");
        assertThatThrownBy(() -> WriteLimits.requireNote("the reason", "r".repeat(2_001))).hasMessageContaining("the limit is 2000");
    }
}
