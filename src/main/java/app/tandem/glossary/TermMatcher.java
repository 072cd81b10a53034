package app.tandem.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds glossary terms in sentences by lemma, so that "внешняя политика" is found in "внешней
 * политики" and "внешнюю политику". Terms are indexed by the lemmas of their first word; each
 * sentence word looks up only the terms that can start with it, then the following words are
 * checked against the term's remaining words. A word matches a term word when their lemma sets
 * share a member (ambiguous forms match if any reading fits). Overlapping and nested terms are
 * all reported ("деятель" inside "заслуженный деятель").
 */
public final class TermMatcher {
    private final List<String> terms;
    private final List<List<Set<String>>> termLemmas = new ArrayList<>();
    private final Map<String, List<Integer>> byFirstLemma = new HashMap<>();
    private final Lemmatizer lemmatizer;

    public TermMatcher(List<String> terms, Lemmatizer lemmatizer) {
        this.terms = List.copyOf(terms);
        this.lemmatizer = lemmatizer;
        for (int i = 0; i < terms.size(); i++) {
            List<Set<String>> words = new ArrayList<>();
            for (Token t : Lemmatizer.tokenize(terms.get(i))) {
                words.add(lemmatizer.lemmas(t.text()));
            }
            termLemmas.add(words);
            if (words.isEmpty()) {
                continue;
            }
            for (String lemma : words.get(0)) {
                byFirstLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(i);
            }
        }
    }

    public List<String> terms() {
        return terms;
    }

    public List<TermMatch> find(String sentence) {
        List<Token> tokens = Lemmatizer.tokenize(sentence);
        List<Set<String>> lemmas = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            lemmas.add(lemmatizer.lemmas(t.text()));
        }
        List<TermMatch> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Set<Integer> candidates = new HashSet<>();
            for (String lemma : lemmas.get(i)) {
                List<Integer> list = byFirstLemma.get(lemma);
                if (list != null) {
                    candidates.addAll(list);
                }
            }
            for (int term : candidates.stream().sorted().toList()) {
                List<Set<String>> words = termLemmas.get(term);
                if (i + words.size() > tokens.size()) {
                    continue;
                }
                boolean all = true;
                for (int k = 1; k < words.size() && all; k++) {
                    all = intersects(words.get(k), lemmas.get(i + k));
                }
                if (all) {
                    out.add(new TermMatch(term, terms.get(term), tokens.get(i).start(), tokens.get(i + words.size() - 1).end()));
                }
            }
        }
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
