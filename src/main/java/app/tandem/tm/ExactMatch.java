package app.tandem.tm;

import app.tandem.memory.SourceKey;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The best exact match among the units sharing a segment's key: one in context (the sentences
 * before and after match too, and it was confirmed in a document) ranks above a plain one, a newer
 * above an older. Pre-translation fills from it and the analysis counts by it, so both agree.
 */
record ExactMatch(MemoryRepository.Unit unit, boolean inContext) {
    static Optional<ExactMatch> best(Collection<MemoryRepository.Unit> candidates, String source, String prevKey, String nextKey,
                                     long segmentId) {
        MemoryRepository.Unit best = null;
        boolean inContext = false;
        for (MemoryRepository.Unit u : candidates) {
            if (!SourceKey.same(u.source(), source) || Objects.equals(u.segmentId(), segmentId)) {
                continue;
            }
            boolean c = Objects.equals(u.prevKey(), prevKey) && Objects.equals(u.nextKey(), nextKey) && u.segmentId() != null;
            if (best == null || (c && !inContext) || (c == inContext && newer(u, best))) {
                best = u;
                inContext = c;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new ExactMatch(best, inContext));
    }

    private static boolean newer(MemoryRepository.Unit a, MemoryRepository.Unit b) {
        Comparator<LocalDateTime> c = Comparator.nullsFirst(Comparator.naturalOrder());
        return c.compare(a.changedAt(), b.changedAt()) > 0;
    }
}
