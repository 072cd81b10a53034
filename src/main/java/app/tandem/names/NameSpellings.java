package app.tandem.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a document's English writes each person: for every segment, the people its source names
 * and the spelling its target gives each; kept per segment so that one saved segment updates its
 * share without reading the document again. The names list's approved English goes alongside.
 */
public final class NameSpellings {
    /** One person in one target: who (the key of {@link PersonName}) and as written ("Chicherin"). */
    public record Spelling(String person, String written) {
    }

    private final PersonNameFinder finder;
    private final Map<Long, List<Spelling>> bySegment = new ConcurrentHashMap<>();
    private final Map<String, String> approved;

    /** @param approved a person's key to the names list's approved English ("G.V. Chicherin") */
    public NameSpellings(PersonNameFinder finder, Map<String, String> approved) {
        this.finder = finder;
        this.approved = Map.copyOf(approved);
    }

    public static NameSpellings none() {
        return new NameSpellings(null, Map.of());
    }

    /** Reads (again) what one segment contributes. */
    public void put(long segmentId, String source, String target) {
        if (finder == null) {
            return;
        }
        if (target == null || target.isBlank()) {
            bySegment.remove(segmentId);
            return;
        }
        bySegment.put(segmentId, spellings(source, target));
    }

    public List<Spelling> spellings(String source, String target) {
        if (finder == null) {
            return List.of();
        }
        return finder.find(source).stream()
                .flatMap(p -> PersonNameEnglish.writtenIn(target, p, approved.get(p.key())).map(w -> new Spelling(p.key(), w)).stream())
                .toList();
    }

    /** How often the document's targets write the person each way. */
    public Map<String, Integer> spellingsOf(String person) {
        Map<String, Integer> out = new HashMap<>();
        for (List<Spelling> list : bySegment.values()) {
            for (Spelling s : list) {
                if (s.person().equals(person)) {
                    out.merge(s.written(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    public Optional<String> approvedEnglish(String person) {
        return Optional.ofNullable(approved.get(person));
    }

    public List<PersonName> people(String source) {
        return finder == null ? List.of() : finder.find(source);
    }
}
