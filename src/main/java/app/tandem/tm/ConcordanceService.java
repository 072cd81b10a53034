package app.tandem.tm;

import app.tandem.memory.ConcordanceQuery;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Concordance: a word or phrase searched in a project's memory and in all its documents, Russian
 * in any inflected form, English by word, each hit with both sides, the searched words' places
 * and where it comes from. A memory unit that is a document's own confirmed segment is shown once.
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

    public ConcordanceService(JdbcClient jdbc, MemoryRepository units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public List<Hit> search(long projectId, String text, int limit) {
        CurrentUser.requireIfSignedIn("search the memory", Role.values());
        ConcordanceQuery q = new ConcordanceQuery(text);
        if (q.isEmpty()) {
            return List.of();
        }
        boolean inTarget = q.searchesTarget();
        List<Hit> hits = new ArrayList<>();
        Set<String> pairsShown = new HashSet<>();
        for (Hit h : segments(projectId, q, inTarget)) {
            if (hits.size() >= limit) {
                return hits;
            }
            hits.add(h);
            pairsShown.add(h.source() + '\u0000' + h.target());
        }
        for (MemoryRepository.Unit u : units.containingAll(projectId, q.fragments(), inTarget, CANDIDATES)) {
            if (hits.size() >= limit) {
                break;
            }
            List<int[]> spans = q.find(inTarget ? u.target() : u.source());
            // a unit with both sides of a segment already shown is that segment's own unit
            if (spans.isEmpty() || !pairsShown.add(u.source() + '\u0000' + u.target())) {
                continue;
            }
            hits.add(new Hit(u.source(), u.target(), "memory: " + u.provenance(), inTarget, spans, null, null));
        }
        return hits;
    }

    private List<Hit> segments(long projectId, ConcordanceQuery q, boolean inTarget) {
        String column = inTarget ? "s.target_text" : "s.source_text";
        StringBuilder sql = new StringBuilder("""
                SELECT s.document_id, s.position, s.source_text, s.target_text, d.file_name FROM segment s
                JOIN document d ON d.id = s.document_id WHERE d.project_id = ?""");
        List<Object> params = new ArrayList<>(List.of(projectId));
        if (inTarget) {
            sql.append(" AND s.target_text IS NOT NULL");
        }
        for (String f : q.fragments()) {
            sql.append(" AND REPLACE(LOWER(").append(column).append("), 'ё', 'е') LIKE ? ESCAPE '\\'");
            params.add("%" + MemoryRepository.escapeLike(f) + "%");
        }
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
