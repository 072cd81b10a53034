package app.tandem.qa;

import app.tandem.text.Transliteration;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word of the target that a speller does not know is a name carried over from the
 * source: written the same there (Latin names and acronyms in Russian text) or transliterated
 * from one of its words. A translator cannot be asked to fix {@code Memmingen} because the
 * English dictionary lacks it, when the source says {@code Мемминген}.
 */
public final class SourceNames {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    private SourceNames() {
    }

    public static boolean fromSource(String targetWord, String source) {
        return fromSource(targetWord, source, false);
    }

    /**
     * @param anyCase also a lower-case word ({@code massebot}: {@code массебот}) — only for words
     *                that are no slip of a known word, since Russian borrowings transliterate to
     *                near-English ("sistem": система) exactly where a typist errs
     */
    public static boolean fromSource(String targetWord, String source, boolean anyCase) {
        if (source == null || targetWord.isBlank()) {
            return false;
        }
        String word = targetWord.replaceAll("['’]s$", "");
        String lower = word.toLowerCase(Locale.ROOT);
        // al-Jadaan, de Gaulle-Anthonioz: a capital in any part marks a name
        boolean capitalised = java.util.Arrays.stream(word.split("-")).anyMatch(p -> !p.isEmpty() && Character.isUpperCase(p.codePointAt(0)));
        boolean transliterate = capitalised || anyCase;
        // the word's keys once, not once for every word of the source
        Predicate<String> whole = transliterate ? Transliteration.sameNameAs(word) : w -> false;
        Predicate<String> singular = transliterate && word.endsWith("s") ? Transliteration.sameNameAs(word.substring(0, word.length() - 1)) : w -> false;
        int hyphen = word.lastIndexOf('-');
        Predicate<String> lastPart = transliterate ? Transliteration.sameNameAs(word.substring(hyphen + 1)) : w -> false;
        Matcher m = WORD.matcher(source);
        while (m.find()) {
            String s = m.group().replaceAll("['’]s$", "");
            if (s.toLowerCase(Locale.ROOT).equals(lower)) {
                return true;
            }
            if (transliterate && s.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                    && (whole.test(s) || hyphenPartsMatch(hyphen, s, lastPart) || singular.test(s))) {
                return true;
            }
        }
        return false;
    }

    /** {@code Al-Hasan} against {@code аль-Хасана}: the whole, or the last part of each. */
    private static boolean hyphenPartsMatch(int wordHyphen, String source, Predicate<String> lastPart) {
        int s = source.lastIndexOf('-');
        return (wordHyphen > 0 || s > 0) && lastPart.test(source.substring(s + 1));
    }
}
