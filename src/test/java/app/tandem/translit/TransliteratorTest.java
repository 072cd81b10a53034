package app.tandem.translit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each shipped scheme reproduces the samples its own definition publishes; case, endings and context rules by example. */
class TransliteratorTest {
    static Stream<String> schemes() {
        return TransliterationScheme.NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void everySchemeReproducesItsPublishedSamples(String name) throws Exception {
        Transliterator t = Transliterator.of(name);
        try (InputStream in = getClass().getResourceAsStream("/translit/" + name + ".json")) {
            JsonNode samples = new ObjectMapper().readTree(in).get("samples");
            assertThat(samples.size()).isGreaterThan(0);
            for (JsonNode sample : samples) {
                assertThat(normalised(t.apply(sample.get(0).asText()))).as(name + ": " + sample.get(0).asText())
                        .isEqualTo(normalised(sample.get(1).asText()));
            }
        }
    }

    @Test
    void contextEndingsAndCase() {
        Transliterator wiki = Transliterator.of("wikipedia");
        assertThat(wiki.apply("Ельцин и Троцкий, Подъячев")).isEqualTo("Yeltsin i Trotsky, Podyachev");
        assertThat(wiki.apply("Чичерину")).isEqualTo("Chicherinu");
        assertThat(wiki.apply("ЦК РКП(б), ЩУКА")).as("a capital gives capitalised Latin").isEqualTo("TsK RKP(b), ShchUKA");
        assertThat(wiki.apply("Ленин 1922 г.; Kraków")).as("digits, Latin and punctuation stay").isEqualTo("Lenin 1922 g.; Kraków");
        assertThat(Transliterator.of("ala_lc").apply("Чичерин")).isEqualTo("Chicherin");
        assertThat(Transliterator.of("scientific").apply("Чичерин")).isEqualTo("Čičerin");
        assertThat(TransliterationScheme.named("iso9")).isEmpty();
    }

    private static String normalised(String s) {
        return s.replaceAll("[’ʹʼ]", "'").replaceAll("[”ʺ]", "\"");
    }
}
