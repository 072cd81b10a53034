package app.tandem.names;

import app.tandem.translit.TransliterationScheme;
import app.tandem.translit.Transliterator;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's English: "Г.В. Чичерин" romanised by a scheme as "G.V. Chicherin", and how a target
 * wrote a person — the Latin word in it closest to any of the surname's romanisations (any
 * scheme, the names list's English), so that "Tchitcherine" and "Čičerin" are told as the same
 * person written otherwise.
 */
public final class PersonNameEnglish {
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");
    private static final List<Transliterator> ALL = TransliterationScheme.NAMES.stream().map(Transliterator::of).toList();

    private PersonNameEnglish() {
    }

    /** "G.V. Chicherin". */
    public static String of(PersonName name, Transliterator scheme) {
        String surname = scheme.apply(name.surname());
        return name.initials().isEmpty() ? surname : scheme.apply(name.initials()) + " " + surname;
    }

    /** The surname as every scheme writes it, plain letters, lower case: what a target's spelling is compared with. */
    public static Set<String> surnameForms(PersonName name, String... known) {
        Set<String> out = new LinkedHashSet<>();
        for (Transliterator t : ALL) {
            out.add(plain(t.apply(name.surname())));
        }
        for (String k : known) {
            if (k != null && !k.isBlank()) {
                String[] words = k.strip().split("\\s+");
                out.add(plain(words[words.length - 1]));
            }
        }
        return out;
    }

    /**
     * The word of {@code target} that writes this person's surname — equal to one of its forms, or
     * near one (a third of its letters or fewer differ) — as written; empty when the target does not name them.
     */
    public static Optional<String> writtenIn(String target, PersonName name, String... known) {
        Set<String> forms = surnameForms(name, known);
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        Matcher m = LATIN_WORD.matcher(target);
        while (m.find()) {
            String word = m.group().replaceAll("['’]s$", "");
            String p = plain(word);
            for (String f : forms) {
                double d = (double) app.tandem.text.EditDistance.of(p, f) / Math.max(p.length(), f.length());
                if (d < bestDistance && (d <= 0.34 || p.startsWith(f) && p.length() - f.length() <= 2)) {
                    bestDistance = d;
                    best = word;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Without diacritics, apostrophes or case: "Čičerin" and "cicerin" alike. */
    static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("['’ʹʼ·\"”]", "")
                .toLowerCase(Locale.ROOT);
    }
}
