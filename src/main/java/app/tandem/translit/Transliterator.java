package app.tandem.translit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Romanises text by a {@link TransliterationScheme}, word by word (a word is a run of letters or
 * digits): a word longer than two letters whose ending the scheme names takes that ending's
 * Latin; every other letter takes the Latin the scheme gives it after the letter before it, else
 * before the letter after it, else on its own; what the scheme does not name stays as it is. An
 * upper-case letter gives capitalised Latin ("Щ" is "Shch"), so a capitalised name stays one.
 */
public final class Transliterator {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private final TransliterationScheme scheme;

    public Transliterator(TransliterationScheme scheme) {
        this.scheme = scheme;
    }

    public static Transliterator of(String schemeName) {
        return new Transliterator(TransliterationScheme.named(schemeName)
                .orElseThrow(() -> new IllegalArgumentException("unknown transliteration scheme '" + schemeName + "'")));
    }

    public TransliterationScheme scheme() {
        return scheme;
    }

    public String apply(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int pos = 0;
        while (m.find()) {
            sb.append(text, pos, m.start()).append(word(m.group()));
            pos = m.end();
        }
        return sb.append(text, pos, text.length()).toString();
    }

    private String word(String word) {
        String stem = word;
        String ending = "";
        String endingLatin = null;
        if (word.length() > 2) {
            String last = word.substring(word.length() - 2);
            endingLatin = scheme.endings().get(last.toLowerCase(java.util.Locale.ROOT));
            if (endingLatin != null) {
                stem = word.substring(0, word.length() - 2);
                ending = last;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < stem.length(); i++) {
            String prev = i > 0 ? stem.substring(i - 1, i) : "";
            String next = i + 1 < stem.length() ? stem.substring(i + 1, i + 2) : ending.isEmpty() ? "" : ending.substring(0, 1);
            sb.append(letter(prev, stem.charAt(i), next));
        }
        if (endingLatin != null) {
            sb.append(cased(ending, endingLatin));
        }
        return sb.toString();
    }

    private String letter(String prev, char current, String next) {
        String c = String.valueOf(current).toLowerCase(java.util.Locale.ROOT);
        String latin = scheme.afterLetter().get(prev.toLowerCase(java.util.Locale.ROOT) + c);
        if (latin == null) {
            latin = scheme.beforeLetter().get(c + next.toLowerCase(java.util.Locale.ROOT));
        }
        if (latin == null) {
            latin = scheme.letters().get(c);
        }
        if (latin == null) {
            return String.valueOf(current);
        }
        return Character.isUpperCase(current) ? capitalised(latin) : latin;
    }

    /** An ending in capitals is Latin in capitals; a capitalised one capitalised. */
    private static String cased(String ending, String latin) {
        if (ending.chars().allMatch(Character::isUpperCase)) {
            return latin.toUpperCase(java.util.Locale.ROOT);
        }
        return Character.isUpperCase(ending.charAt(0)) ? capitalised(latin) : latin;
    }

    private static String capitalised(String latin) {
        return latin.isEmpty() ? latin : latin.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + latin.substring(1);
    }
}
