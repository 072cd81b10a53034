package app.tandem.text;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.en.EnglishTagger;
import org.languagetool.tagging.ru.RussianTagger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * LanguageTool's morfologik dictionaries (the Russian one is built from a full morphological
 * lexicon), used as the single source of truth for "is this a word" and "what is its lemma".
 * The taggers only read memory-mapped dictionaries, so one instance serves all threads.
 */
public final class LanguageToolDictionary implements WordLookup {
    private static final LanguageToolDictionary RUSSIAN = new LanguageToolDictionary(Lang.RU);
    private static final LanguageToolDictionary ENGLISH = new LanguageToolDictionary(Lang.EN);

    private final Lang lang;
    private volatile Tagger tagger;

    private LanguageToolDictionary(Lang lang) {
        this.lang = lang;
    }

    public static LanguageToolDictionary of(Lang lang) {
        return lang == Lang.RU ? RUSSIAN : ENGLISH;
    }

    private Tagger tagger() {
        Tagger t = tagger;
        if (t == null) {
            synchronized (this) {
                if (tagger == null) {
                    tagger = lang == Lang.RU ? new RussianTagger() : new EnglishTagger();
                }
                t = tagger;
            }
        }
        return t;
    }

    private List<AnalyzedTokenReadings> tag(String word) {
        try {
            return tagger().tag(List.of(word));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isKnown(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String w = lang == Lang.RU ? word.replace('ё', 'е').replace('Ё', 'Е') : word;
        if (tagged(w)) {
            return true;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return !lower.equals(w) && tagged(lower);
    }

    /** Known in exactly this spelling (case included), e.g. to tell "москва" (unknown) from "Москва". */
    public boolean isKnownExactly(String word) {
        return tagged(word.replace('ё', 'е').replace('Ё', 'Е'));
    }

    private boolean tagged(String w) {
        for (AnalyzedTokenReadings r : tag(w)) {
            if (r.isTagged()) {
                return true;
            }
        }
        return false;
    }

    /** All lemmas the dictionary gives for a word form, lower-cased with ё folded to е; the form itself when unknown. */
    public Set<String> lemmas(String word) {
        Set<String> out = new LinkedHashSet<>();
        String w = word.replace('ё', 'е').replace('Ё', 'Е');
        collectLemmas(w, out);
        String lower = w.toLowerCase(Locale.ROOT);
        if (!lower.equals(w)) {
            collectLemmas(lower, out);
        }
        if (out.isEmpty()) {
            out.add(lower);
        }
        return out;
    }

    private void collectLemmas(String w, Set<String> out) {
        for (AnalyzedTokenReadings r : tag(w)) {
            if (!r.isTagged()) {
                continue;
            }
            for (AnalyzedToken t : r.getReadings()) {
                if (t.getLemma() != null) {
                    out.add(t.getLemma().toLowerCase(Locale.ROOT).replace('ё', 'е'));
                }
            }
        }
    }

    /** POS tags for a word form (empty when unknown). */
    @Override
    public Set<String> tags(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (AnalyzedTokenReadings r : tag(word.replace('ё', 'е'))) {
            for (AnalyzedToken t : r.getReadings()) {
                if (t.getPOSTag() != null) {
                    out.add(t.getPOSTag());
                }
            }
        }
        return out;
    }
}
