package app.tandem.align;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence offers as lexical evidence for alignment: its numbers (normalised so that
 * "1917–1922" and "1917-1922" or "1 000" and "1,000" agree), Latin-script tokens, proper names
 * (Russian ones transliterated, so "Обамы" meets "Obama") and word stems for the lexicon.
 */
final class SentenceFeatures {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[ ,.]\\d{3})*(?:[.,]\\d+)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final ThreadLocal<Transliterator> TRANSLIT =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII"));

    final int length;
    final Set<String> numbers = new HashSet<>();
    final Set<String> names = new HashSet<>();
    final List<String> stems = new ArrayList<>();
    /** Phonetic keys of longer words: loanwords such as "президент"/"president" or "система"/"system" meet here. */
    final Set<String> cognates = new HashSet<>();

    SentenceFeatures(String sentence, boolean russian) {
        this.length = sentence.length();
        Matcher n = NUMBER.matcher(sentence);
        while (n.find()) {
            String digits = n.group().replaceAll("[ ,.](?=\\d{3}\\b)", "").replace(',', '.');
            if (digits.endsWith(".0")) {
                digits = digits.substring(0, digits.length() - 2);
            }
            numbers.add(digits);
        }
        Matcher w = WORD.matcher(sentence);
        boolean first = true;
        while (w.find()) {
            String word = w.group();
            boolean latin = word.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
            if (Character.isUpperCase(word.charAt(0)) && word.length() > 2 && !(first && !latin && !russian)) {
                String key = russian && !latin ? TRANSLIT.get().transliterate(word) : word;
                names.add(nameKey(key));
            } else if (russian && latin && word.length() > 1) {
                names.add(nameKey(word));
            }
            stems.add(stem(word));
            if (word.length() >= 5) {
                boolean latinWord = word.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
                String key = russian && !latinWord ? TRANSLIT.get().transliterate(word) : word;
                String k = cognateKey(key);
                if (k.length() >= 4) {
                    cognates.add(k);
                }
            }
            first = false;
        }
    }

    /** Rough phonetic key: ASCII letters, lower case, common transliteration variants folded, first 4 letters. */
    static String nameKey(String word) {
        String s = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                .replace("kh", "h").replace("ts", "c").replace("zh", "j").replace('y', 'i').replace('k', 'c')
                .replace("'", "").replace('w', 'v').replace("ph", "f").replace('x', 'c');
        return s.length() > 4 ? s.substring(0, 4) : s;
    }

    static String cognateKey(String word) {
        String s = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                .replace("kh", "h").replace("ts", "c").replace("zh", "j").replace("ph", "f").replace("th", "t")
                .replace('y', 'i').replace('k', 'c').replace('w', 'v').replace('x', 'c').replace('z', 's').replace('q', 'c');
        return s.length() > 5 ? s.substring(0, 5) : s;
    }

    static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return lower.length() > 5 ? lower.substring(0, 5) : lower;
    }
}
