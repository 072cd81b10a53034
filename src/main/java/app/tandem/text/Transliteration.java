package app.tandem.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a Latin word and a Russian word can be the same name. Names reach English by many
 * schemes ({@code Чичерин}: Chicherin, Tchitcherine; {@code Доэрти} from Daugherty), so both words
 * are reduced to a rough sound key — Russian through a plain transliteration, English through
 * its common spellings of the same sounds — and the keys are compared with a little tolerance.
 * Russian case endings are allowed on the Russian side ({@code Чичерину}).
 */
public final class Transliteration {
    private static final String[] RUSSIAN = {
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z", "и", "i", "й", "y",
            "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f",
            "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya"};
    /** Endings Russian adds to a name in its cases, longest first. */
    private static final String[] CASE_ENDINGS = {"skaya", "skogo", "skomu", "skikh", "skimi", "skuyu", "skoy", "skiy", "skie",
            "skom", "skim", "sky", "ski", "ami", "akh", "ykh", "ikh", "ogo", "ego", "aya", "yaya", "uyu", "om", "oy", "ey", "em",
            "am", "ym", "im", "ov", "ev", "a", "u", "e", "y", "i", "o", "ya", "yu"};

    private Transliteration() {
    }

    /** A plain Latin transliteration of Russian text (letters outside Cyrillic are kept). */
    public static String latin(String russian) {
        StringBuilder sb = new StringBuilder();
        for (char c : russian.toLowerCase(Locale.ROOT).toCharArray()) {
            int i = indexOf(c);
            sb.append(i < 0 ? String.valueOf(c) : RUSSIAN[i + 1]);
        }
        return sb.toString();
    }

    private static int indexOf(char c) {
        for (int i = 0; i < RUSSIAN.length; i += 2) {
            if (RUSSIAN[i].charAt(0) == c) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code latinWord} reads as a spelling of {@code russianWord}, in any case form. */
    public static boolean sameName(String latinWord, String russianWord) {
        return sameNameAs(latinWord).test(russianWord);
    }

    /**
     * The test of {@link #sameName} with the English word's keys worked out once, for checking
     * one word against every word of a sentence.
     */
    public static java.util.function.Predicate<String> sameNameAs(String latinWord) {
        List<String> englishKeys = englishKeys(latinWord).stream().filter(k -> k.length() >= 3).toList();
        if (englishKeys.isEmpty()) {
            return russianWord -> false;
        }
        return russianWord -> {
            String ruLatin = latin(russianWord);
            List<String> ruKeys = new ArrayList<>();
            ruKeys.add(soundKey(ruLatin));
            for (String ending : CASE_ENDINGS) {
                if (ruLatin.length() > ending.length() + 2 && ruLatin.endsWith(ending)) {
                    ruKeys.add(soundKey(ruLatin.substring(0, ruLatin.length() - ending.length())));
                }
            }
            return englishKeys.stream().anyMatch(en -> ruKeys.stream().anyMatch(r -> close(en, r)));
        };
    }

    /** English adjective and plural endings a name takes ({@code Messenian}: {@code Мессенской}). */
    private static final String[] ENGLISH_ENDINGS = {"ians", "ian", "ans", "an", "ese", "ic", "s"};

    /**
     * Keys of the English word read the ways names borrowed from other languages are: German
     * {@code ch} as Russian х (Reichenbach: Райхенбах), French {@code ge}/{@code gi} as ж
     * (Germaine: Жермен), with or without an adjective or plural ending.
     */
    private static List<String> englishKeys(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> forms = new ArrayList<>(List.of(w));
        for (String ending : ENGLISH_ENDINGS) {
            if (w.length() > ending.length() + 3 && w.endsWith(ending)) {
                forms.add(w.substring(0, w.length() - ending.length()));
            }
        }
        List<String> keys = new ArrayList<>();
        for (String f : forms) {
            keys.add(soundKey(f));
            if (f.contains("ch")) {
                keys.add(soundKey(f.replace("ch", "h")));
            }
            if (f.matches(".*g[eiy].*")) {
                keys.add(soundKey(f.replaceAll("g(?=[eiy])", "zh")));
            }
        }
        return keys;
    }

    private static boolean close(String a, String b) {
        String ca = consonants(a);
        if (ca.length() >= 3 && ca.equals(consonants(b))) {
            return true;
        }
        int allowed = Math.max(a.length(), b.length()) >= 8 ? 2 : 1;
        return Math.abs(a.length() - b.length()) <= allowed && EditDistance.of(a, b) <= allowed;
    }

    /**
     * Sounds spelled alike in both languages collapse to one letter, vowels to three classes
     * (a/o, e/i/y, u), as transliteration moves vowels most ({@code Daugherty} / {@code Доэрти}).
     */
    static String soundKey(String word) {
        String s = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z]", "");
        s = s.replaceAll("^kn", "n").replaceAll("^wr", "r").replaceAll("^ps", "s").replaceAll("(?:ow|eaux?|eault|ault)$", "o")
                .replace("shch", "S").replace("sch", "S").replace("tch", "C").replace("ch", "C").replace("sh", "S")
                .replace("dzh", "J").replace("dj", "J").replace("j", "J").replace("zh", "Z").replace("kh", "h").replace("gh", "")
                .replace("ph", "f").replace("th", "t").replace("ck", "k").replace("ts", "Q").replace("tz", "Q")
                .replace("qu", "kv").replace("x", "ks").replace("w", "v").replace("q", "k")
                // the softening y of я, ю after a consonant (Шляйн: shlyayn) is not written in English
                .replaceAll("(?<=[b-df-hj-np-tv-zCSZJ])y(?=[aeiou])", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char k = switch (c) {
                case 'a', 'o' -> 'a';
                case 'e', 'i', 'y' -> 'i';
                case 'c' -> i + 1 < s.length() && "eiy".indexOf(s.charAt(i + 1)) >= 0 ? 's' : 'k';
                // English s between vowels is often Russian з (Barroso: Баррозу)
                case 'z' -> 's';
                case 'h' -> '-';
                default -> c;
            };
            if (k == '-') {
                continue;
            }
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != k) {
                sb.append(k);
            }
        }
        return sb.toString();
    }

    /** The key without its vowels: English and Russian spell a name's vowels most differently (Packham, Пэкхем). */
    private static String consonants(String key) {
        return key.replaceAll("[aiu]", "");
    }

}
