package app.tandem.qa;

import app.tandem.glossary.Lemmatizer;
import app.tandem.glossary.TermMatch;
import app.tandem.glossary.TermMatcher;
import app.tandem.glossary.Token;
import app.tandem.text.Lang;

import java.util.ArrayList;
import java.util.List;

/** Glossary entries as QA needs them: Russian term, preferred and accepted English equivalents, forbidden variants. */
public final class Glossary {
    public record Entry(String russian, List<String> english, List<String> forbidden) {
    }

    private final List<Entry> entries;
    private final TermMatcher russian;
    private final List<TermMatcher> englishByEntry = new ArrayList<>();
    private final List<TermMatcher> forbiddenByEntry = new ArrayList<>();

    public Glossary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.russian = new TermMatcher(entries.stream().map(Entry::russian).toList(), Lemmatizer.of(Lang.RU));
        for (Entry e : entries) {
            englishByEntry.add(new TermMatcher(e.english(), Lemmatizer.of(Lang.EN)));
            forbiddenByEntry.add(new TermMatcher(e.forbidden(), Lemmatizer.of(Lang.EN)));
        }
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    public TermMatcher sourceMatcher() {
        return russian;
    }

    public List<TermMatch> findInSource(String source) {
        return russian.find(source);
    }

    public boolean targetHasEquivalent(int entry, String target) {
        return !englishByEntry.get(entry).find(target).isEmpty();
    }

    public List<TermMatch> forbiddenInTarget(int entry, String target) {
        return forbiddenByEntry.get(entry).find(target);
    }

    List<String> englishWords() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            for (String en : e.english()) {
                for (Token t : Lemmatizer.tokenize(en)) {
                    out.add(t.text());
                }
            }
        }
        return out;
    }
}
