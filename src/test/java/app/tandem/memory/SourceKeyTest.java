package app.tandem.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceKeyTest {
    @Test
    void whitespaceAndQuoteStylesDoNotMatterButWordsCaseAndPunctuationDo() {
        assertThat(SourceKey.of("Он сказал: «да»  и\u00a0ушёл.")).isEqualTo(SourceKey.of(" Он сказал: \"да\" и ушёл.\n"))
                .isEqualTo(SourceKey.of("Он сказал: „да“ и ушёл."));
        assertThat(SourceKey.of("It’s")).isEqualTo(SourceKey.of("It's"));
        assertThat(SourceKey.of("Он сказал: да и ушёл.")).isNotEqualTo(SourceKey.of("Он сказал: «да» и ушёл."));
        assertThat(SourceKey.of("он ушёл.")).isNotEqualTo(SourceKey.of("Он ушёл."));
        assertThat(SourceKey.of("Он ушёл.")).isNotEqualTo(SourceKey.of("Он ушёл!"));
        assertThat(SourceKey.of("   ")).isNull();
        assertThat(SourceKey.of("x")).hasSize(40);
    }
}
