package app.tandem.align;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Russian stem → English stems that translate it; the aligner's word-level evidence. */
public final class BilingualLexicon {
    private final Map<String, Set<String>> entries;

    private BilingualLexicon(Map<String, Set<String>> entries) {
        this.entries = entries;
    }

    public static BilingualLexicon empty() {
        return new BilingualLexicon(Map.of());
    }

    /** Word pairs (e.g. glossary terms) turned into stem pairs. */
    public static BilingualLexicon of(Map<String, ? extends Collection<String>> wordPairs) {
        Map<String, Set<String>> m = new HashMap<>();
        wordPairs.forEach((ru, ens) -> {
            for (String ruWord : ru.split("\\s+")) {
                for (String en : ens) {
                    for (String enWord : en.split("\\s+")) {
                        m.computeIfAbsent(SentenceFeatures.stem(ruWord), k -> new HashSet<>()).add(SentenceFeatures.stem(enWord));
                    }
                }
            }
        });
        return new BilingualLexicon(m);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    BilingualLexicon plus(Map<String, Set<String>> more) {
        Map<String, Set<String>> m = new HashMap<>();
        entries.forEach((k, v) -> m.put(k, new HashSet<>(v)));
        more.forEach((k, v) -> m.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        return new BilingualLexicon(m);
    }

    boolean translatesAny(String ruStem, Set<String> enStems) {
        Set<String> t = entries.get(ruStem);
        if (t == null) {
            return false;
        }
        for (String e : t) {
            if (enStems.contains(e)) {
                return true;
            }
        }
        return false;
    }
}
