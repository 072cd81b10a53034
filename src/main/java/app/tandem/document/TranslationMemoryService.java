package app.tandem.document;

import app.tandem.memory.FuzzyMatcher;
import app.tandem.user.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A project's translation memory: the units imported from TMX plus every segment of the project
 * whose translation was confirmed or approved, or came with the article. Built on first use, then
 * kept current segment by segment, so a sentence confirmed a moment ago is offered for the next
 * similar one.
 */
@Service
public class TranslationMemoryService {
    public static final int MIN_SCORE = 60;
    private final JdbcClient jdbc;
    private final Map<Long, FuzzyMatcher> byProject = new ConcurrentHashMap<>();

    public TranslationMemoryService(JdbcClient jdbc, SegmentEvents events) {
        this.jdbc = jdbc;
        events.onAnyChange((document, segment) -> segmentChanged(segment));
    }

    /** Up to {@code limit} matches of at least {@link #MIN_SCORE} for a segment; the segment itself is left out. */
    public List<FuzzyMatcher.Match> matches(SegmentRow s, long projectId, int limit) {
        return find(projectId, s.sourceText(), limit, s.id());
    }

    public List<FuzzyMatcher.Match> find(long projectId, String source, int limit, Long excludeSegmentId) {
        CurrentUser.get();
        return memory(projectId).find(source, MIN_SCORE, limit, excludeSegmentId == null ? null : segmentKey(excludeSegmentId));
    }

    /** Units were imported: the memory is rebuilt on next use. */
    public void unitsImported(long projectId) {
        byProject.remove(projectId);
    }

    private FuzzyMatcher memory(long projectId) {
        return byProject.computeIfAbsent(projectId, this::load);
    }

    private FuzzyMatcher load(long projectId) {
        FuzzyMatcher m = new FuzzyMatcher();
        jdbc.sql("SELECT id, source_text, target_text, origin FROM tm_unit WHERE project_id = ?").param(projectId)
                .query(rs -> {
                    m.put(new FuzzyMatcher.Unit("tm:" + rs.getLong("id"), rs.getString("source_text"), rs.getString("target_text"),
                            "TMX " + (rs.getString("origin") == null ? "" : rs.getString("origin"))));
                });
        jdbc.sql("""
                SELECT s.id, s.source_text, s.target_text, s.status, s.target_origin, s.position, d.file_name FROM segment s
                JOIN document d ON d.id = s.document_id WHERE d.project_id = ? AND s.target_text IS NOT NULL""").param(projectId)
                .query(rs -> {
                    if (usable(rs.getString("target_text"), rs.getString("status"), rs.getString("target_origin"))) {
                        m.put(new FuzzyMatcher.Unit(segmentKey(rs.getLong("id")), rs.getString("source_text"), rs.getString("target_text"),
                                origin(rs.getString("file_name"), rs.getInt("position"))));
                    }
                });
        return m;
    }

    private void segmentChanged(long segmentId) {
        if (byProject.isEmpty()) {
            return;
        }
        boolean found = !jdbc.sql("""
                SELECT s.source_text, s.target_text, s.status, s.target_origin, s.position, d.file_name, d.project_id FROM segment s
                JOIN document d ON d.id = s.document_id WHERE s.id = ?""").param(segmentId)
                .query((rs, n) -> {
                    FuzzyMatcher m = byProject.get(rs.getLong("project_id"));
                    if (m != null) {
                        if (usable(rs.getString("target_text"), rs.getString("status"), rs.getString("target_origin"))) {
                            m.put(new FuzzyMatcher.Unit(segmentKey(segmentId), rs.getString("source_text"), rs.getString("target_text"),
                                    origin(rs.getString("file_name"), rs.getInt("position"))));
                        } else {
                            m.remove(segmentKey(segmentId));
                        }
                    }
                    return true;
                }).list().isEmpty();
        if (!found) {
            // merged into its neighbour: the segment is gone
            byProject.values().forEach(m -> m.remove(segmentKey(segmentId)));
        }
    }

    /** Drafts are work in progress and stay out; confirmed, approved and the article's own English go in. */
    private static boolean usable(String target, String status, String origin) {
        return target != null && !target.isBlank()
                && (status.equals("TRANSLATED") || status.equals("APPROVED") || origin.equals(TargetOrigin.EXISTING_TRANSLATION.name()));
    }

    private static String origin(String fileName, int position) {
        return fileName + " #" + (position + 1);
    }

    private static String segmentKey(long id) {
        return "seg:" + id;
    }
}
