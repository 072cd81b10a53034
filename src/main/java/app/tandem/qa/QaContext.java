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
    private Set<String> recurringSourceWords = Set.of();
    private Set<String> recurringTargetWords = Set.of();
    private app.tandem.names.NameSpellings nameSpellings = app.tandem.names.NameSpellings.none();

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

    /** How the document's targets write the people its sources name (see {@link app.tandem.qa.checks.NameConsistencyCheck}). */
    public QaContext withNameSpellings(app.tandem.names.NameSpellings spellings) {
        this.nameSpellings = spellings;
        return this;
    }

    public app.tandem.names.NameSpellings nameSpellings() {
        return nameSpellings;
    }

    /** The same context with a length model learned elsewhere (e.g. cached for the whole project). */
    public QaContext withLengths(LengthModel model) {
        this.lengths = model;
        return this;
    }

    /**
     * Words (lower case) that occur in more than one segment of the document: a word the
     * speller does not know that the author uses again and again is a name or a term.
     */
    public QaContext withRecurringSourceWords(Set<String> words) {
        this.recurringSourceWords = words;
        return this;
    }

    /**
     * Words (lower case) that occur in more than one target of the document: a capitalised word
     * the English speller does not know, written alike in several sentences, is a name the
     * translator chose, not a slip of the keyboard.
     */
    public QaContext withRecurringTargetWords(Set<String> words) {
        this.recurringTargetWords = words;
        return this;
    }

    public boolean isRecurringTargetName(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && recurringTargetWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The lower-cased words that occur in at least two of the given texts. */
    public static Set<String> recurringWords(Collection<String> sources) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (String source : sources) {
            Set<String> once = new HashSet<>();
            java.util.regex.Matcher m = SOURCE_WORD.matcher(source);
            while (m.find()) {
                once.add(m.group().toLowerCase(Locale.ROOT));
            }
            once.forEach(w -> seen.merge(w, 1, Integer::sum));
        }
        Set<String> out = new HashSet<>();
        seen.forEach((w, n) -> {
            if (n >= 2) {
                out.add(w);
            }
        });
        return out;
    }

    private static final java.util.regex.Pattern SOURCE_WORD = java.util.regex.Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    /**
     * Whether a word of the source the Russian speller does not know is a name or a term rather
     * than a misspelling: capitalised inside a sentence, recurring in the document, or part of a
     * glossary term (in any inflected form).
     */
    public boolean isSourceName(String word, String source, int at) {
        if (word.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(word.codePointAt(0)) && !WordPosition.startsSentence(source, at)) {
            return true;
        }
        if (recurringSourceWords.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return glossary.findInSource(source).stream().anyMatch(t -> t.start() <= at && at < t.end());
    }

    public static QaContext empty() {
        return new QaContext(Glossary.empty(), List.of(), List.of());
    }

    /** Sentences compared as text: footnote markers and formatting codes are codes, no part of what is said. */
    static String key(String s) {
        return app.tandem.text.FormatCodes.strip(app.tandem.text.FootnoteMarks.strip(s)).strip().replaceAll("\\s+", " ");
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
