package app.tandem.memory;

import app.tandem.glossary.Lemmatizer;
import app.tandem.glossary.TermMatch;
import app.tandem.glossary.TermMatcher;
import app.tandem.glossary.Token;
import app.tandem.text.Lang;

import java.util.ArrayList;
import java.util.List;

/**
 * A word or phrase to look for in a memory: Russian in any inflected form ("внешняя политика"
 * finds "внешней политики"), English by word form ("policy" finds "policies"), the words in the
 * order given. A database cannot compare lemmas, so the query also gives the stems every hit must
 * contain: the part of each word its forms share, as a cheap first sieve.
 */
public final class ConcordanceQuery {
    private final String text;
    private final Lang lang;
    private final TermMatcher matcher;
    private final List<String> fragments = new ArrayList<>();

    public ConcordanceQuery(String text) {
        this.text = text == null ? "" : text.strip();
        this.lang = this.text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) ? Lang.RU : Lang.EN;
        Lemmatizer lemmatizer = Lemmatizer.of(lang);
        this.matcher = new TermMatcher(List.of(this.text), lemmatizer);
        for (Token t : Lemmatizer.tokenize(this.text)) {
            String stem = stem(t.text(), lemmatizer);
            if (stem != null) {
                fragments.add(stem);
            }
        }
    }

    public boolean isEmpty() {
        return Lemmatizer.tokenize(text).isEmpty();
    }

    public String text() {
        return text;
    }

    /** Russian queries search sources; English ones search targets. */
    public boolean searchesTarget() {
        return lang == Lang.EN;
    }

    /** Lower-case pieces (ё as е) that every hit contains. */
    public List<String> fragments() {
        return fragments;
    }

    /** Where the phrase occurs in {@code sentence}, as [start, end) pairs; empty if it does not. */
    public List<int[]> find(String sentence) {
        List<int[]> out = new ArrayList<>();
        if (sentence == null) {
            return out;
        }
        for (TermMatch m : matcher.find(sentence)) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /**
     * The beginning every form of the word shares with its dictionary forms, less the last two
     * letters of a word that is its own lemma (so that "политика" also finds "политике"); short
     * or irregular words give no stem and are checked only by lemma.
     */
    static String stem(String word, Lemmatizer lemmatizer) {
        String norm = Lemmatizer.normalize(word);
        String prefix = norm;
        for (String lemma : lemmatizer.lemmas(word)) {
            int i = 0;
            while (i < prefix.length() && i < lemma.length() && prefix.charAt(i) == lemma.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        int cut = Math.max(3, norm.length() - 2);
        if (prefix.length() > cut) {
            prefix = prefix.substring(0, cut);
        }
        return prefix.length() >= 3 ? prefix : null;
    }
}
