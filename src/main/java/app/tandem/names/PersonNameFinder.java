package app.tandem.names;

import app.tandem.text.Lang;
import app.tandem.text.LanguageToolDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names in a Russian sentence as scholarly texts write them — initials and a surname, with
 * or without a space after the initials ("Г.В. Чичерина", "И.Сталина", "Л. Д. Троцким"), or the
 * surname first in a reference ("Чичерин Г.В.") — each with its surname in the nominative: from
 * LanguageTool's Russian dictionary where it knows the name, else by the declension of Russian
 * surnames (-ов/-ев/-ин/-ын, -ский/-цкий, indeclinable ones as they are).
 */
public final class PersonNameFinder {
    private static final String INITIALS = "((?:[А-ЯЁ]\\.\\s?){1,2})";
    private static final String SURNAME = "([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)";
    private static final Pattern INITIALS_FIRST = Pattern.compile("(?<![\\p{L}.])" + INITIALS + "\\s?" + SURNAME + "(?![\\p{L}])");
    private static final Pattern SURNAME_FIRST = Pattern.compile("(?<![\\p{L}.])" + SURNAME + "\\s" + INITIALS + "(?=[\\s,;:)]|$)");
    /** Case endings of -ов/-ев/-ин/-ын surnames (the masculine declension), longest first. */
    private static final String[][] POSSESSIVE = {{"ыми", ""}, {"ым", ""}, {"ого", ""}, {"ому", ""}, {"ой", "а"}, {"ых", ""},
            {"ам", ""}, {"ах", ""}, {"у", ""}, {"а", ""}, {"е", ""}, {"ы", ""}};
    /** Case endings of adjectival surnames (-ский, -цкий, -ой), masculine. */
    private static final String[][] ADJECTIVAL = {{"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"ском", "ский"},
            {"цкого", "цкий"}, {"цкому", "цкий"}, {"цким", "цкий"}, {"цком", "цкий"}};
    private static final Set<String> POSSESSIVE_STEMS = Set.of("ов", "ев", "ёв", "ин", "ын");

    private final LanguageToolDictionary dictionary = LanguageToolDictionary.of(Lang.RU);

    public List<PersonName> find(String text) {
        List<PersonName> out = new ArrayList<>();
        // surname first is how references list authors: at an entry's start, after its number, or after another author
        Matcher r = SURNAME_FIRST.matcher(text);
        while (r.find()) {
            String before = text.substring(0, r.start()).stripTrailing();
            boolean listed = before.isEmpty() || before.endsWith(",") || before.endsWith(";")
                    || before.matches("(?s)(.*\\s)?\\d{1,3}[.)]|(.*\\s)?\\[\\d{1,3}]");
            if (listed && couldBeSurname(r.group(1))) {
                out.add(new PersonName(r.start(), r.end(), r.group(), initials(r.group(2)), nominative(r.group(1))));
            }
        }
        Matcher m = INITIALS_FIRST.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (out.stream().noneMatch(p -> start < p.end() && end > p.start()) && couldBeSurname(m.group(2))) {
                out.add(new PersonName(start, end, m.group(), initials(m.group(1)), nominative(m.group(2))));
            }
        }
        out.sort(java.util.Comparator.comparingInt(PersonName::start));
        return out;
    }

    /**
     * A word the dictionary knows only as an adverb, conjunction, preposition, particle and the like
     * is no surname: a sentence opening "Поэтому Г. В. Чичерин…" names Чичерин, not "Поэтому Г. В.".
     * Unknown words, nouns and adjectives (Белый, Троцкий) may be.
     */
    boolean couldBeSurname(String word) {
        Set<String> tags = dictionary.tags(word);
        return tags.isEmpty() || tags.stream().anyMatch(t -> t.startsWith("NN") || t.startsWith("ADJ"));
    }

    /** "Г. В." and "Г.В." alike: "Г.В.". */
    static String initials(String written) {
        return written.replaceAll("\\s+", "");
    }

    /** The surname in the nominative, masculine where the form does not tell (Иванова: Иванов's genitive or Иванова herself). */
    String nominative(String surname) {
        for (String lemma : dictionary.lemmas(surname)) {
            String l = lemma.isEmpty() ? lemma : Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
            if (!l.equalsIgnoreCase(surname) && l.length() >= 3 && surname.toLowerCase(java.util.Locale.ROOT).startsWith(
                    l.toLowerCase(java.util.Locale.ROOT).substring(0, Math.min(l.length(), surname.length()) - 1))) {
                return l;
            }
        }
        for (String[] e : ADJECTIVAL) {
            if (surname.endsWith(e[0])) {
                return surname.substring(0, surname.length() - e[0].length()) + e[1];
            }
        }
        for (String[] e : POSSESSIVE) {
            if (surname.endsWith(e[0])) {
                String stem = surname.substring(0, surname.length() - e[0].length());
                if (stem.length() >= 4 && POSSESSIVE_STEMS.contains(stem.substring(stem.length() - 2))) {
                    return stem;
                }
            }
        }
        return surname;
    }
}
