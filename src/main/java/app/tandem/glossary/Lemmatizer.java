package app.tandem.glossary;

import app.tandem.text.Lang;
import app.tandem.text.LanguageToolDictionary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word forms to lemmas with LanguageTool's morphological dictionaries (morfologik for Russian).
 * A form keeps every lemma the dictionary offers ("берег" is a noun and a past tense of
 * "беречь"), plus itself, so that unknown words and names still match their own spelling.
 * Lookups are cached: a document repeats its words.
 */
public final class Lemmatizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d]+(?:[-'’][\\p{L}\\p{M}\\d]+)*");
    private static final Pattern NUMBER_WITH_ENDING = Pattern.compile("(\\d+)-[\\p{L}]{1,3}");
    private static final Lemmatizer RUSSIAN = new Lemmatizer(Lang.RU);
    private static final Lemmatizer ENGLISH = new Lemmatizer(Lang.EN);

    private final LanguageToolDictionary dictionary;
    private final ConcurrentHashMap<String, Set<String>> cache = new ConcurrentHashMap<>();

    private Lemmatizer(Lang lang) {
        this.dictionary = LanguageToolDictionary.of(lang);
    }

    public static Lemmatizer of(Lang lang) {
        return lang == Lang.RU ? RUSSIAN : ENGLISH;
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Token(m.group(), m.start(), m.end()));
        }
        return out;
    }

    /** Lower case, ё as е, stress marks removed: how forms and lemmas are compared. */
    public static String normalize(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u0301' || c == '\u0300') {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    public Set<String> lemmas(String word) {
        return cache.computeIfAbsent(word, this::lookup);
    }

    private Set<String> lookup(String word) {
        String norm = normalize(word);
        Matcher number = NUMBER_WITH_ENDING.matcher(norm);
        if (number.matches()) {
            return Set.of(number.group(1));
        }
        Set<String> out = new HashSet<>();
        out.add(norm);
        // English possessive: "Russia's" is a form of "Russia"
        if (norm.endsWith("'s") || norm.endsWith("’s")) {
            String base = word.substring(0, word.length() - 2);
            out.add(normalize(base));
            for (String lemma : dictionary.lemmas(base)) {
                out.add(normalize(lemma));
            }
        }
        if (!norm.isEmpty() && !Character.isDigit(norm.charAt(0))) {
            for (String lemma : dictionary.lemmas(word.replace("\u0301", ""))) {
                out.add(normalize(lemma));
            }
        }
        return Set.copyOf(out);
    }
}
