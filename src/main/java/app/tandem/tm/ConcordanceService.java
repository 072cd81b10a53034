package app.tandem.tm;

import app.tandem.memory.ConcordanceQuery;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

/**
 * Concordance: a word or phrase searched in a project's memory and in all its documents, Russian
 * in any inflected form, English by word, each hit with both sides, the searched words' places
 * and where it comes from: memory units first, then the documents' sentences. A memory unit that is
 * a document's own confirmed segment is shown once, as the segment.
 */
@Service
public class ConcordanceService {
    /** Rows read per source before word forms are checked; enough for any phrase worth searching. */
    private static final int CANDIDATES = 5000;

    /**
     * One hit. {@code spans} are [start, end) pairs in the searched side (source for Russian,
     * target for English); {@code documentId}/{@code position} are set for a document's segment.
     */
    public record Hit(String source, String target, String origin, boolean inTarget, List<int[]> spans, Long documentId, Integer position) {
    }

    private final JdbcClient jdbc;
    private final MemoryRepository units;
    private final TranslationMemoryService memory;

    public ConcordanceService(JdbcClient jdbc, MemoryRepository units, TranslationMemoryService memory) {
        this.jdbc = jdbc;
        this.units = units;
        this.memory = memory;
    }

    public List<Hit> search(long projectId, String text, int limit) {
        CurrentUser.requireIfSignedIn("search the memory", Role.values());
        ConcordanceQuery q = new ConcordanceQuery(text);
        if (q.isEmpty()) {
            return List.of();
        }
        boolean inTarget = q.searchesTarget();
        List<Hit> hits = new ArrayList<>();
        List<Hit> inDocuments = segments(projectId, q, inTarget);
        Set<String> pairsShown = new HashSet<>();
        inDocuments.forEach(h -> pairsShown.add(h.source() + '\u0000' + h.target()));
        searchMemory(projectId, q, inTarget, hits, pairsShown, limit);
        // then the documents' own sentences, translated or not
        for (Hit h : inDocuments) {
            if (hits.size() >= limit) {
                break;
            }
            hits.add(h);
        }
        return hits;
    }

    /** Memory units first (those that are not a listed segment's own unit): what was translated before. */
    private void searchMemory(long projectId, ConcordanceQuery q, boolean inTarget, List<Hit> hits, Set<String> pairsShown, int limit) {
        // the memory's own index narrows a million units to those with every word's stem, read and
        // checked a few hundred at a time until enough are found; words too short for a stem leave
        // the database to look
        if (q.fragments().isEmpty()) {
            addUnitHits(units.containingAll(projectId, q.fragments(), inTarget, CANDIDATES), q, inTarget, hits, pairsShown, limit);
            return;
        }
        List<Long> ids = memory.containingPrefixes(projectId, q.fragments(), inTarget, CANDIDATES);
        for (int from = 0; from < ids.size() && hits.size() < limit; from += 200) {
            List<MemoryRepository.Unit> batch = new ArrayList<>(units.findByIds(ids.subList(from, Math.min(ids.size(), from + 200))));
            batch.sort(java.util.Comparator.comparingLong(MemoryRepository.Unit::id));
            addUnitHits(batch, q, inTarget, hits, pairsShown, limit);
        }
    }

    private static void addUnitHits(List<MemoryRepository.Unit> candidates, ConcordanceQuery q, boolean inTarget, List<Hit> hits,
                                    Set<String> pairsShown, int limit) {
        for (MemoryRepository.Unit u : candidates) {
            if (hits.size() >= limit) {
                return;
            }
            List<int[]> spans = q.find(inTarget ? u.target() : u.source());
            // a unit with both sides of a segment already shown is that segment's own unit
            if (spans.isEmpty() || !pairsShown.add(u.source() + '\u0000' + u.target())) {
                continue;
            }
            hits.add(new Hit(u.source(), u.target(), "memory: " + u.provenance(), inTarget, spans, null, null));
        }
    }

    private List<Hit> segments(long projectId, ConcordanceQuery q, boolean inTarget) {
        String column = inTarget ? "s.target_text" : "s.source_text";
        StringBuilder sql = new StringBuilder("""
                SELECT s.document_id, s.position, s.source_text, s.target_text, d.file_name FROM segment s
                JOIN document d ON d.id = s.document_id WHERE d.project_id = ? AND d.deleted_at IS NULL""");
        List<Object> params = new ArrayList<>(List.of(projectId));
        if (inTarget) {
            sql.append(" AND s.target_text IS NOT NULL");
        }
        MemoryRepository.containingAll(column, q.fragments(), sql, params);
        sql.append(" ORDER BY d.file_name, s.position LIMIT ").append(CANDIDATES);
        List<Hit> out = new ArrayList<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            String source = rs.getString(3);
            String target = rs.getString(4);
            List<int[]> spans = q.find(inTarget ? target : source);
            if (!spans.isEmpty()) {
                out.add(new Hit(source, target == null ? "" : target, "document: " + rs.getString(5) + " #" + (rs.getInt(2) + 1),
                        inTarget, spans, rs.getLong(1), rs.getInt(2)));
            }
        });
        return out;
    }
}
