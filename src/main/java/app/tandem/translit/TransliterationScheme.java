package app.tandem.translit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A romanisation scheme as its published definition states it (the iuliia definitions, shipped
 * as data under {@code /translit}): a letter's Latin, the Latin a letter takes after a given
 * letter ({@code prev_mapping}, an empty "before" being a word's start) or before one
 * ({@code next_mapping}), and the Latin of two-letter word endings. Keys are lower case.
 */
public record TransliterationScheme(String name, String description, Map<String, String> letters, Map<String, String> afterLetter,
                                    Map<String, String> beforeLetter, Map<String, String> endings) {
    /** The schemes Tandem ships, by their names. */
    public static final List<String> NAMES = List.of("wikipedia", "bgn_pcgn", "ala_lc", "ala_lc_alt", "bs_2979_alt", "gost_779_alt",
            "gost_7034", "scientific");
    private static final Map<String, TransliterationScheme> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    public static Optional<TransliterationScheme> named(String name) {
        if (name == null || !NAMES.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(name, TransliterationScheme::load));
    }

    private static TransliterationScheme load(String name) {
        try (InputStream in = TransliterationScheme.class.getResourceAsStream("/translit/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the definition of " + name + " is missing from the jar");
            }
            JsonNode d = new ObjectMapper().readTree(in);
            return new TransliterationScheme(name, d.path("description").asText(name), map(d.get("mapping")), map(d.get("prev_mapping")),
                    map(d.get("next_mapping")), map(d.get("ending_mapping")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the definition of " + name, e);
        }
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> out = new HashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return Map.copyOf(out);
    }
}
