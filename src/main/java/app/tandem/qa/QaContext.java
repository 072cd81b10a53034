package app.tandem.qa;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What checks know beyond the segment itself: the glossary, the project dictionary of words
 * spelling must accept, the project's other segments (for consistency) and the length ratio
 * learned from its translated segments.
 */
public final class QaContext {
    private final Glossary glossary;
    private final Set<String> projectWords;
    private final Map<String, Set<String>> targetsBySource;
    private final Map<String, Set<String>> sourcesByTarget;
    private LengthModel lengths;

    public QaContext(Glossary glossary, Collection<String> projectWords, List<SegmentPair> project) {
        this.glossary = glossary == null ? Glossary.empty() : glossary;
        this.projectWords = new HashSet<>();
        projectWords.forEach(w -> this.projectWords.add(w.toLowerCase(Locale.ROOT)));
        this.glossary.englishWords().forEach(w -> this.projectWords.add(w.toLowerCase(Locale.ROOT)));
        this.targetsBySource = new java.util.HashMap<>();
        this.sourcesByTarget = new java.util.HashMap<>();
        for (SegmentPair p : project) {
            if (p.hasTarget()) {
                targetsBySource.computeIfAbsent(key(p.source()), k -> new HashSet<>()).add(key(p.target()));
                sourcesByTarget.computeIfAbsent(key(p.target()), k -> new HashSet<>()).add(key(p.source()));
            }
        }
        this.lengths = LengthModel.learn(project);
    }

    /** The same context with a length model learned elsewhere (e.g. cached for the whole project). */
    public QaContext withLengths(LengthModel model) {
        this.lengths = model;
        return this;
    }

    public static QaContext empty() {
        return new QaContext(Glossary.empty(), List.of(), List.of());
    }

    static String key(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    public Glossary glossary() {
        return glossary;
    }

    public boolean isProjectWord(String word) {
        return projectWords.contains(word.toLowerCase(Locale.ROOT));
    }

    public Set<String> targetsOf(String source) {
        return targetsBySource.getOrDefault(key(source), Set.of());
    }

    public Set<String> sourcesOf(String target) {
        return sourcesByTarget.getOrDefault(key(target), Set.of());
    }

    public LengthModel lengths() {
        return lengths;
    }
}
