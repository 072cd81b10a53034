package app.tandem.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the screens ask to translate has its Russian: a new English label without one would show in English to Russian users. */
class RussianInterfaceTest {
    private static final Pattern KEY = Pattern.compile("getTranslation\\(\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyInterfaceTextHasItsRussian() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/tandem/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
        }
        ResourceBundle ru = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.forLanguageTag("ru"));
        assertThat(keys).hasSizeGreaterThan(200);
        assertThat(keys).filteredOn(k -> !ru.containsKey(k)).as("texts without Russian").isEmpty();
        assertThat(keys).filteredOn(ru::containsKey).allSatisfy(k ->
                assertThat(ru.getString(k)).as("Russian of '%s'", k).isNotBlank().isNotEqualTo(k.equals("QA") || k.equals("TMX") ? "" : k));
    }
}
