package app.tandem.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The standard labels of Russian scholarly articles and their English: a segment that is only a
 * label ("Аннотация:", "Список литературы", "ВВЕДЕНИЕ") gets its English as a draft on import.
 * The label's own colon or full stop is kept, and an all-capitals label stays in capitals.
 */
public final class ScholarlyLabels {
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("аннотация", "Abstract"),
            Map.entry("резюме", "Summary"),
            Map.entry("ключевые слова", "Keywords"),
            Map.entry("литература", "References"),
            Map.entry("список литературы", "References"),
            Map.entry("список использованной литературы", "References"),
            Map.entry("библиографический список", "References"),
            Map.entry("библиография", "Bibliography"),
            Map.entry("список источников", "Sources"),
            Map.entry("список использованных источников", "References"),
            Map.entry("источники", "Sources"),
            Map.entry("источники и литература", "Sources and References"),
            Map.entry("примечания", "Notes"),
            Map.entry("примечание", "Note"),
            Map.entry("введение", "Introduction"),
            Map.entry("заключение", "Conclusion"),
            Map.entry("выводы", "Conclusions"),
            Map.entry("благодарности", "Acknowledgements"),
            Map.entry("сведения об авторе", "About the author"),
            Map.entry("сведения об авторах", "About the authors"),
            Map.entry("информация об авторе", "About the author"),
            Map.entry("информация об авторах", "About the authors"),
            Map.entry("об авторе", "About the author"),
            Map.entry("для цитирования", "For citation"),
            Map.entry("приложение", "Appendix"));

    private ScholarlyLabels() {
    }

    /** The English of {@code source} when the whole segment is a standard label. */
    public static Optional<String> english(String source) {
        if (source == null) {
            return Optional.empty();
        }
        String s = source.strip();
        String end = s.endsWith(":") ? ":" : s.endsWith(".") ? "." : "";
        String words = s.substring(0, s.length() - end.length()).strip().replaceAll("\\s+", " ");
        if (words.isEmpty() || words.length() > 40) {
            return Optional.empty();
        }
        String key = words.toLowerCase(Locale.ROOT).replace('ё', 'е');
        String english = ENGLISH.get(key);
        if (english == null) {
            return Optional.empty();
        }
        boolean capitals = words.length() > 1 && words.equals(words.toUpperCase(Locale.ROOT));
        return Optional.of((capitals ? english.toUpperCase(Locale.ROOT) : english) + end);
    }
}
