package app.tandem.tm;

import app.tandem.memory.SourceKey;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The units of each project's translation memory, with where each came from. */
@Repository
public class MemoryRepository {
    /**
     * One unit. {@code segmentId} and {@code documentName} are set for a translation confirmed in
     * Tandem, {@code importFile} for one read from a TMX file; {@code prevKey}/{@code nextKey} are
     * the keys of the sentences around it, for context matches.
     */
    public record Unit(long id, long projectId, String source, String target, String origin, String sourceKey, String prevKey,
                       String nextKey, Long segmentId, String documentName, String createdBy, String importFile,
                       LocalDateTime createdAt, LocalDateTime changedAt) {
        /** Where it came from, in a few words. */
        public String provenance() {
            return importFile != null && segmentId == null ? "TMX " + importFile : origin;
        }
    }

    /** A file units were imported from, and how many of them are left. */
    public record ImportedFile(String name, int units) {
    }

    private static final String COLUMNS = """
            id, project_id, source_text, target_text, origin, source_key, prev_key, next_key, segment_id, document_name,
            created_by, import_file, created_at, changed_at""";
    private static final RowMapper<Unit> UNIT = (rs, n) -> {
        long seg = rs.getLong("segment_id");
        Long segmentId = rs.wasNull() ? null : seg;
        return new Unit(rs.getLong("id"), rs.getLong("project_id"), rs.getString("source_text"), rs.getString("target_text"),
                rs.getString("origin"), rs.getString("source_key"), rs.getString("prev_key"), rs.getString("next_key"), segmentId,
                rs.getString("document_name"), rs.getString("created_by"), rs.getString("import_file"),
                time(rs.getTimestamp("created_at")), time(rs.getTimestamp("changed_at")));
    };

    private final JdbcClient jdbc;

    public MemoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertImported(long projectId, String source, String target, String origin, String importFile, String createdBy,
                               LocalDateTime created, LocalDateTime changed) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO tm_unit(project_id, source_lang, target_lang, source_text, target_text, origin, created_at, changed_at,
                                    imported_at, source_key, import_file, created_by)
                VALUES (?, 'ru', 'en', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(projectId, source, target, origin, created, changed, LocalDateTime.now(), SourceKey.of(source), importFile, createdBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Unit> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tm_unit WHERE id = ?").param(id).query(UNIT).optional();
    }

    public Optional<Unit> findBySegment(long segmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tm_unit WHERE segment_id = ?").param(segmentId).query(UNIT).optional();
    }

    /** Streams a project's units, for building its look-up index. */
    public void forEach(long projectId, Consumer<Unit> consumer) {
        jdbc.sql("SELECT " + COLUMNS + " FROM tm_unit WHERE project_id = ?").param(projectId).query(rs -> {
            consumer.accept(UNIT.mapRow(rs, 0));
        });
    }

    /** The units with the given ids (those that still exist). */
    public List<Unit> findByIds(java.util.Collection<Long> unitIds) {
        return inChunks(unitIds, List.of(), "SELECT " + COLUMNS + " FROM tm_unit WHERE id IN (%s)");
    }

    /**
     * Runs {@code sqlWithIn} (its {@code %s} the IN list) for 500 values at a time, the values
     * first and then {@code after}: databases cap the parameters of one statement.
     */
    private List<Unit> inChunks(Collection<?> values, List<Object> after, String sqlWithIn) {
        List<Unit> out = new ArrayList<>();
        List<?> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += 500) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + 500));
            List<Object> params = new ArrayList<>(chunk);
            params.addAll(after);
            out.addAll(jdbc.sql(String.format(sqlWithIn, String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))))
                    .params(params).query(UNIT).list());
        }
        return out;
    }

    /**
     * Streams a project's units for its look-up index with only what the index keeps (id, owner,
     * the two texts); reading a million units this way stays within a small heap.
     */
    public void forEachIndexed(long projectId, Consumer<app.tandem.memory.FuzzyMatcher.Unit> consumer) {
        jdbc.sql("SELECT id, segment_id, source_text, target_text FROM tm_unit WHERE project_id = ?").param(projectId)
                .query(rs -> {
                    consumer.accept(new app.tandem.memory.FuzzyMatcher.Unit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), null));
                });
    }

    /** Units whose source has one of the given keys (exact matches; the caller compares the texts). */
    public List<Unit> withKeys(long projectId, Collection<String> keys) {
        // the key alone is indexed: databases look an IN list up in a one-column index
        return inChunks(keys, List.of(projectId), "SELECT " + COLUMNS + " FROM tm_unit WHERE source_key IN (%s) AND project_id = ?");
    }

    /** One page of the memory page's list; {@code text} (if any) is looked for in source and target. */
    public List<Unit> page(long projectId, String text, String importFile, int offset, int limit) {
        Where w = where(projectId, text, importFile);
        List<Object> params = new ArrayList<>(w.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM tm_unit WHERE " + w.sql() + " ORDER BY id LIMIT ? OFFSET ?").params(params).query(UNIT).list();
    }

    public int count(long projectId, String text, String importFile) {
        Where w = where(projectId, text, importFile);
        return jdbc.sql("SELECT COUNT(*) FROM tm_unit WHERE " + w.sql()).params(w.params()).query(Integer.class).single();
    }

    public int count(long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM tm_unit WHERE project_id = ?").param(projectId).query(Integer.class).single();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(long projectId, String text, String importFile) {
        StringBuilder sql = new StringBuilder("project_id = ?");
        List<Object> params = new ArrayList<>(List.of(projectId));
        if (text != null && !text.isBlank()) {
            String like = "%" + escapeLike(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
            sql.append(" AND (LOWER(source_text) LIKE ? ESCAPE '\\' OR LOWER(target_text) LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
        }
        if (importFile != null) {
            sql.append(" AND import_file = ? AND segment_id IS NULL");
            params.add(importFile);
        }
        return new Where(sql.toString(), params);
    }

    public void update(long id, String source, String target, String editor) {
        jdbc.sql("UPDATE tm_unit SET source_text = ?, target_text = ?, source_key = ?, changed_at = ?, created_by = ? WHERE id = ?")
                .params(source, target, SourceKey.of(source), LocalDateTime.now(), editor, id).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM tm_unit WHERE id = ?").param(id).update();
    }

    public int deleteImported(long projectId, String importFile) {
        return jdbc.sql("DELETE FROM tm_unit WHERE project_id = ? AND import_file = ? AND segment_id IS NULL")
                .params(projectId, importFile).update();
    }

    public List<ImportedFile> importedFiles(long projectId) {
        return jdbc.sql("""
                SELECT import_file, COUNT(*) FROM tm_unit WHERE project_id = ? AND import_file IS NOT NULL AND segment_id IS NULL
                GROUP BY import_file ORDER BY import_file""").param(projectId)
                .query((rs, n) -> new ImportedFile(rs.getString(1), rs.getInt(2))).list();
    }

    /**
     * Units whose source (or target) contains every one of {@code fragments}, lower case with ё as е:
     * the cheap first sieve of a concordance search, which then checks word forms properly.
     */
    public List<Unit> containingAll(long projectId, List<String> fragments, boolean inTarget, int limit) {
        String column = inTarget ? "target_text" : "source_text";
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM tm_unit WHERE project_id = ?");
        List<Object> params = new ArrayList<>(List.of(projectId));
        containingAll(column, fragments, sql, params);
        sql.append(" ORDER BY id LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(UNIT).list();
    }

    /** Fills in the keys of units stored before keys existed (or by an older version); returns how many. */
    public int fillMissingKeys() {
        record Missing(long id, String source) {
        }
        List<Missing> segments = jdbc.sql("SELECT id, source_text FROM segment WHERE source_key IS NULL")
                .query((rs, n) -> new Missing(rs.getLong(1), rs.getString(2))).list();
        for (Missing m : segments) {
            jdbc.sql("UPDATE segment SET source_key = ? WHERE id = ?").params(SourceKey.of(m.source()), m.id()).update();
        }
        List<Missing> targets = jdbc.sql("SELECT id, target_text FROM segment WHERE target_key IS NULL AND target_text IS NOT NULL")
                .query((rs, n) -> new Missing(rs.getLong(1), rs.getString(2))).list();
        for (Missing m : targets) {
            jdbc.sql("UPDATE segment SET target_key = ? WHERE id = ?").params(SourceKey.of(m.source()), m.id()).update();
        }
        List<Missing> missing = jdbc.sql("SELECT id, source_text FROM tm_unit WHERE source_key IS NULL")
                .query((rs, n) -> new Missing(rs.getLong(1), rs.getString(2))).list();
        for (Missing m : missing) {
            jdbc.sql("UPDATE tm_unit SET source_key = ? WHERE id = ?").params(SourceKey.of(m.source()), m.id()).update();
        }
        if (!missing.isEmpty()) {
            // units of confirmed segments take their neighbours' keys, for context matches
            for (String side : List.of("prev_key|-", "next_key|+")) {
                String column = side.substring(0, 8);
                String sign = side.substring(9);
                jdbc.sql("UPDATE tm_unit SET " + column + " = (SELECT p.source_key FROM segment s JOIN segment p ON p.document_id = s.document_id"
                        + " AND p.position = s.position " + sign + " 1 WHERE s.id = tm_unit.segment_id)"
                        + " WHERE segment_id IS NOT NULL AND " + column + " IS NULL").update();
            }
        }
        return missing.size() + segments.size() + targets.size();
    }

    /** Appends "AND column contains every fragment" (lower case, ё as е) to a query and its parameters. */
    static void containingAll(String column, List<String> fragments, StringBuilder sql, List<Object> params) {
        for (String f : fragments) {
            sql.append(" AND REPLACE(LOWER(").append(column).append("), 'ё', 'е') LIKE ? ESCAPE '\\'");
            params.add("%" + escapeLike(f) + "%");
        }
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
