package app.tandem.tm;

import app.tandem.document.SegmentEvents;
import app.tandem.document.SegmentRow;
import app.tandem.memory.FuzzyMatcher;
import app.tandem.user.CurrentUser;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A project's translation memory for look-ups: every unit of the project (imported from TMX or
 * written when a segment was confirmed), indexed on first use and then kept current unit by
 * unit, so a sentence confirmed a moment ago is offered for the next similar one.
 */
@Service
public class TranslationMemoryService {
    public static final int MIN_SCORE = 60;
    private final MemoryRepository units;
    private final Map<Long, FuzzyMatcher> byProject = new ConcurrentHashMap<>();

    public TranslationMemoryService(MemoryRepository units, SegmentEvents events) {
        this.units = units;
        events.onAnyChange((document, segment) -> segmentChanged(segment));
    }

    /** Up to {@code limit} matches of at least {@link #MIN_SCORE} for a segment; the segment itself is left out. */
    public List<FuzzyMatcher.Match> matches(SegmentRow s, long projectId, int limit) {
        return find(projectId, s.sourceText(), limit, s.id());
    }

    public List<FuzzyMatcher.Match> find(long projectId, String source, int limit, Long excludeSegmentId) {
        return find(projectId, source, MIN_SCORE, limit, excludeSegmentId);
    }

    public List<FuzzyMatcher.Match> find(long projectId, String source, int minScore, int limit, Long excludeSegmentId) {
        CurrentUser.requireIfSignedIn("look up the memory", app.tandem.user.Role.values());
        return memory(projectId).find(source, Math.max(1, minScore), limit, excludeSegmentId == null ? 0 : excludeSegmentId);
    }

    /** Units were imported or removed in bulk: the index is built again on next use. */
    public void unitsImported(long projectId) {
        byProject.remove(projectId);
    }

    /** One unit was added or edited. */
    public void unitChanged(MemoryRepository.Unit unit) {
        FuzzyMatcher m = byProject.get(unit.projectId());
        if (m != null) {
            m.put(toMatcher(unit));
        }
    }

    public void unitRemoved(MemoryRepository.Unit unit) {
        FuzzyMatcher m = byProject.get(unit.projectId());
        if (m != null) {
            m.remove(unit.id());
        }
    }

    private FuzzyMatcher memory(long projectId) {
        return byProject.computeIfAbsent(projectId, this::load);
    }

    /**
     * Ids of up to {@code limit} units whose source (target) has a word starting with each of
     * {@code prefixes}: the index's part of a concordance search.
     */
    public List<Long> containingPrefixes(long projectId, List<String> prefixes, boolean inTarget, int limit) {
        return memory(projectId).containingPrefixes(prefixes, inTarget, limit);
    }

    /** The index keeps word numbers only; the texts of the few units a look-up returns are read from the database. */
    private FuzzyMatcher load(long projectId) {
        FuzzyMatcher m = new FuzzyMatcher(ids -> {
            java.util.Map<Long, FuzzyMatcher.Unit> out = new java.util.HashMap<>();
            units.findByIds(ids).forEach(u -> out.put(u.id(), toMatcher(u)));
            return out;
        });
        units.forEachIndexed(projectId, m::put);
        return m;
    }

    static FuzzyMatcher.Unit toMatcher(MemoryRepository.Unit u) {
        return new FuzzyMatcher.Unit(u.id(), u.segmentId() == null ? 0 : u.segmentId(), u.source(), u.target(), u.provenance());
    }

    /** The segment's own unit was written (or deleted) with the segment; the index follows. */
    private void segmentChanged(long segmentId) {
        if (byProject.isEmpty()) {
            return;
        }
        units.findBySegment(segmentId).ifPresentOrElse(this::unitChanged, () -> forgetSegment(segmentId));
    }

    /** The segment's unit was deleted with it (it is no longer confirmed): its id is gone too, so it is found by owner. */
    private void forgetSegment(long segmentId) {
        byProject.values().forEach(m -> m.removeOwnedBy(segmentId));
    }
}
