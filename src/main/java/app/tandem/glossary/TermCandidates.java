package app.tandem.glossary;

import app.tandem.text.Lang;
import app.tandem.text.LanguageToolDictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests glossary terms: nouns and adjective + noun phrases, counted by lemma so that every
 * inflected form adds to the same candidate, ranked by frequency, leaving out what the glossary
 * already has. Each candidate is shown in its most frequent written form.
 */
public final class TermCandidates {
    public record Candidate(String lemmaKey, String example, int count) {
    }

    private final LanguageToolDictionary dictionary = LanguageToolDictionary.of(Lang.RU);
    private final Lemmatizer lemmatizer = Lemmatizer.of(Lang.RU);

    public List<Candidate> suggest(List<String> sentences, TermMatcher existing, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (String sentence : sentences) {
            List<Token> tokens = Lemmatizer.tokenize(sentence);
            boolean[] covered = new boolean[sentence.length() + 1];
            if (existing != null) {
                for (TermMatch m : existing.find(sentence)) {
                    for (int i = m.start(); i < m.end(); i++) {
                        covered[i] = true;
                    }
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (covered[t.start()] || !isNoun(t.text())) {
                    continue;
                }
                String noun = firstLemma(t.text());
                if (t.text().length() >= 5) {
                    count(counts, forms, noun, t.text());
                }
                if (i > 0 && isAdjective(tokens.get(i - 1).text()) && !covered[tokens.get(i - 1).start()]) {
                    Token a = tokens.get(i - 1);
                    count(counts, forms, firstLemma(a.text()) + " " + noun, sentence.substring(a.start(), t.end()));
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n >= 2) {
                String example = forms.get(k).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                if (!k.contains(" ")) {
                    // a single noun is suggested in its citation form, capitalised as it is written
                    example = Character.isUpperCase(example.charAt(0)) ? Character.toUpperCase(k.charAt(0)) + k.substring(1) : k;
                }
                out.add(new Candidate(k, example, n));
            }
        });
        // phrases are what terminologists look for first: a two-word phrase weighs twice its count
        out.sort(Comparator.comparingInt((Candidate c) -> c.count() * c.lemmaKey().split(" ").length).reversed()
                .thenComparing(Candidate::lemmaKey));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static void count(Map<String, Integer> counts, Map<String, Map<String, Integer>> forms, String key, String form) {
        counts.merge(key, 1, Integer::sum);
        forms.computeIfAbsent(key, k -> new HashMap<>()).merge(form, 1, Integer::sum);
    }

    private String firstLemma(String word) {
        Set<String> lemmas = lemmatizer.lemmas(word);
        String norm = Lemmatizer.normalize(word);
        return lemmas.stream().filter(l -> !l.equals(norm)).findFirst().orElse(norm);
    }

    private boolean isNoun(String word) {
        return Character.isLetter(word.charAt(0)) && dictionary.tags(word).stream().anyMatch(t -> t.startsWith("NN:"))
                && dictionary.tags(word).stream().noneMatch(t -> t.startsWith("VB") || t.startsWith("ADV") || t.startsWith("ADJ"));
    }

    private boolean isAdjective(String word) {
        return dictionary.tags(word).stream().anyMatch(t -> t.startsWith("ADJ:") && !t.startsWith("ADJ:Short"));
    }
}
