package app.tandem.document;

import app.tandem.memory.SourceKey;
import app.tandem.text.HyphenDecision;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@Repository
public class DocumentRepository {
    private static final String SUMMARY_SELECT = """
            SELECT d.id, d.project_id, d.title, d.file_name, d.imported_at, d.encoding_note,
                   COUNT(s.id) AS total,
                   COALESCE(SUM(CASE WHEN s.status IN ('TRANSLATED','APPROVED') THEN 1 ELSE 0 END), 0) AS translated,
                   COALESCE(SUM(CASE WHEN s.status = 'APPROVED' THEN 1 ELSE 0 END), 0) AS approved
            FROM document d LEFT JOIN segment s ON s.document_id = d.id AND s.covered_by IS NULL
            """;
    private static final String SUMMARY_GROUP = " GROUP BY d.id, d.project_id, d.title, d.file_name, d.imported_at, d.encoding_note";
    private static final RowMapper<DocumentSummary> SUMMARY = (rs, n) -> new DocumentSummary(
            rs.getLong("id"), rs.getLong("project_id"), rs.getString("title"), rs.getString("file_name"),
            rs.getTimestamp("imported_at").toLocalDateTime(), rs.getString("encoding_note"),
            rs.getInt("total"), rs.getInt("translated"), rs.getInt("approved"));
    private static final String SEGMENT_SELECT = """
            SELECT s.*, b.kind AS block_kind, b.mark AS block_mark,
                   (SELECT COUNT(*) FROM segment_comment c WHERE c.segment_id = s.id AND c.resolved = FALSE) AS open_comments,
                   (SELECT COUNT(*) FROM qa_finding q WHERE q.segment_id = s.id AND q.dismissed_at IS NULL AND q.severity = 'ERROR') AS qa_errors,
                   (SELECT COUNT(*) FROM qa_finding q WHERE q.segment_id = s.id AND q.dismissed_at IS NULL AND q.severity = 'WARNING') AS qa_warnings,
                   CASE WHEN s.source_key IS NULL THEN 0 ELSE
                   (SELECT COUNT(*) FROM segment r WHERE r.document_id = s.document_id AND r.source_key = s.source_key AND r.id <> s.id) END AS repetitions
            FROM segment s JOIN block b ON b.id = s.block_id
            """;
    private static final RowMapper<SegmentRow> SEGMENT = (rs, n) -> {
        Timestamp updated = rs.getTimestamp("updated_at");
        double conf = rs.getDouble("align_confidence");
        Double confidence = rs.wasNull() ? null : conf;
        long covered = rs.getLong("covered_by");
        Long coveredBy = rs.wasNull() ? null : covered;
        int score = rs.getInt("match_score");
        Integer matchScore = rs.wasNull() ? null : score;
        return new SegmentRow(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("block_id"),
                rs.getInt("position"), blockKind(rs.getString("block_kind"), rs.getString("block_mark")), rs.getString("source_text"),
                rs.getString("target_text"), SegmentStatus.valueOf(rs.getString("status")),
                TargetOrigin.valueOf(rs.getString("target_origin")), confidence, rs.getBoolean("align_flagged"),
                coveredBy, rs.getString("last_editor"), updated == null ? null : updated.toLocalDateTime(),
                rs.getInt("version"), rs.getInt("open_comments"), rs.getInt("qa_errors"), rs.getInt("qa_warnings"),
                matchScore, rs.getString("match_origin"), rs.getInt("repetitions"), rs.getString("previous_source"));
    };

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;

    /** Without a data source (tests), bulk changes go statement by statement. */
    public DocumentRepository(JdbcClient jdbc) {
        this(jdbc, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public DocumentRepository(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** "FOOTNOTE 3": a footnote's kind with its number, the link to its marker. */
    private static String blockKind(String kind, String mark) {
        return mark == null ? kind : kind + " " + mark;
    }

    public long insertDocument(long projectId, String title, String fileName, String encodingNote, String original) {
        return insertDocument(projectId, title, fileName, encodingNote, original, null, null);
    }

    /** As above, keeping the file a PDF or DOCX document was read from ({@code sourceFormat} names it). */
    public long insertDocument(long projectId, String title, String fileName, String encodingNote, String original,
                               String sourceFormat, byte[] sourceFile) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document(project_id, title, file_name, source_lang, target_lang, imported_at, encoding_note, original_text,
                                     source_format, source_file)
                VALUES (?, ?, ?, 'ru', 'en', ?, ?, ?, ?, ?)""")
                .params(projectId, title, fileName, LocalDateTime.now(), encodingNote, original, sourceFormat, sourceFile)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The PDF or DOCX a document was imported from, if it came from one. */
    public java.util.Optional<byte[]> sourceFile(long documentId) {
        return jdbc.sql("SELECT source_file FROM document WHERE id = ? AND source_file IS NOT NULL").param(documentId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The format of the kept source file ("PDF", "DOCX"), if there is one. */
    public java.util.Optional<String> sourceFormat(long documentId) {
        return jdbc.sql("SELECT source_format FROM document WHERE id = ? AND source_file IS NOT NULL").param(documentId)
                .query(String.class).optional();
    }

    public long insertBlock(long documentId, int position, String kind, String lang, String text) {
        return insertBlock(documentId, position, kind, lang, text, null);
    }

    /** {@code mark}: a footnote's number, the link to its marker in the text (null for other blocks). */
    public long insertBlock(long documentId, int position, String kind, String lang, String text, String mark) {
        return insertBlock(documentId, position, kind, lang, text, mark, null);
    }

    /** {@code sourceRef}: the block's place in the kept source file, where the edition writes its English back. */
    public long insertBlock(long documentId, int position, String kind, String lang, String text, String mark, String sourceRef) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO block(document_id, position, kind, lang, text, mark, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(documentId, position, kind, lang, text, mark, sourceRef).update(keys, "id");
        return keys.getKey().longValue();
    }

    public long insertSegment(long documentId, long blockId, int position, int positionInBlock, String source,
                              String target, SegmentStatus status, TargetOrigin origin, Double confidence,
                              boolean flagged) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO segment(document_id, block_id, position, position_in_block, source_text, source_key, target_text, target_key,
                                    status, target_origin, align_confidence, align_flagged, updated_at, version, qa_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(documentId, blockId, position, positionInBlock, source, SourceKey.of(source), target, SourceKey.of(target),
                        status.name(), origin.name(),
                        confidence, flagged, LocalDateTime.now(),
                        // a segment without a target has nothing to check; one with a target waits for QA
                        target == null ? Integer.valueOf(0) : null)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A pairing a person fixed: covered by the segment given (or by none), no longer flagged as doubtful. */
    public void setPairing(long segmentId, Long coveringSegmentId) {
        jdbc.sql("UPDATE segment SET covered_by = ?, align_flagged = FALSE WHERE id = ?").params(coveringSegmentId, segmentId).update();
    }

    public void markCovered(long segmentId, long coveringSegmentId) {
        jdbc.sql("UPDATE segment SET covered_by = ? WHERE id = ?").params(coveringSegmentId, segmentId).update();
    }

    public void insertHyphenDecision(long documentId, HyphenDecision h) {
        jdbc.sql("INSERT INTO hyphen_decision(document_id, line_no, left_part, right_part, result, reason) VALUES (?, ?, ?, ?, ?, ?)")
                .params(documentId, h.lineNo(), h.left(), h.right(), h.result(), h.reason()).update();
    }

    public List<DocumentSummary> findByProject(long projectId) {
        return jdbc.sql(SUMMARY_SELECT + " WHERE d.project_id = ? AND d.deleted_at IS NULL" + SUMMARY_GROUP + " ORDER BY d.file_name")
                .param(projectId).query(SUMMARY).list();
    }

    public Optional<DocumentSummary> findSummary(long documentId) {
        return jdbc.sql(SUMMARY_SELECT + " WHERE d.id = ? AND d.deleted_at IS NULL" + SUMMARY_GROUP).param(documentId).query(SUMMARY).optional();
    }

    /** A live document of the project with exactly this text, whatever its name. */
    public Optional<DocumentSummary> findSameText(long projectId, String originalText) {
        return jdbc.sql("SELECT id FROM document WHERE project_id = ? AND deleted_at IS NULL AND original_text = ? ORDER BY id")
                .params(projectId, originalText).query(Long.class).list().stream().findFirst().flatMap(this::findSummary);
    }

    public List<DocumentSummary> findByName(String name) {
        return jdbc.sql(SUMMARY_SELECT + " WHERE (d.file_name = ? OR d.file_name LIKE ?) AND d.deleted_at IS NULL" + SUMMARY_GROUP + " ORDER BY d.id")
                .params(name, name + ".%").query(SUMMARY).list()
                .stream().filter(d -> d.name().equals(name) || d.fileName().equals(name)).toList();
    }

    public long countDocuments() {
        return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
    }

    public int countSegments(long documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM segment WHERE document_id = ?").param(documentId).query(Integer.class).single();
    }

    /** One page of a document's segments in order; the grid asks for pages as the user scrolls. */
    public List<SegmentRow> findSegments(long documentId, int offset, int limit) {
        // positions run 0, 1, 2… without gaps (merge and split renumber), so a page is a range of
        // positions: read through the index, where OFFSET would walk every row before the page
        return jdbc.sql(SEGMENT_SELECT + " WHERE s.document_id = ? AND s.position >= ? AND s.position < ? ORDER BY s.position")
                .params(documentId, offset, (long) offset + limit).query(SEGMENT).list();
    }

    /** Streams a document's segments in order without holding them all in memory. */
    public void forEachSegment(long documentId, java.util.function.Consumer<SegmentRow> consumer) {
        jdbc.sql(SEGMENT_SELECT + " WHERE s.document_id = ? ORDER BY s.position").param(documentId)
                .query(rs -> {
                    consumer.accept(SEGMENT.mapRow(rs, 0));
                });
    }

    /** What the editor's filter bar asks for; null or empty parts do not filter. */
    public record SegmentFilter(SegmentStatus status, String text, boolean caseSensitive, boolean wholeWord,
                                boolean inSource, boolean inTarget, boolean withOpenComments) {
        public static SegmentFilter none() {
            return new SegmentFilter(null, null, false, false, true, true, false);
        }

        public boolean isEmpty() {
            return status == null && (text == null || text.isBlank()) && !withOpenComments;
        }
    }

    private record Where(String sql, List<Object> params) {
    }

    private Where where(long documentId, SegmentFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE s.document_id = ?");
        List<Object> params = new java.util.ArrayList<>(List.of(documentId));
        if (f.status() != null) {
            sql.append(" AND s.status = ?");
            params.add(f.status().name());
        }
        if (f.withOpenComments()) {
            sql.append(" AND EXISTS (SELECT 1 FROM segment_comment c WHERE c.segment_id = s.id AND c.resolved = FALSE)");
        }
        if (f.text() != null && !f.text().isBlank()) {
            // a regular expression covers case and whole-word options in one portable function (H2, PostgreSQL 15+)
            String regex = (isH2() ? "(?U)" : "") + (f.wholeWord() ? "(^|\\W)" : "") + escapeRegex(f.text().strip()) + (f.wholeWord() ? "(\\W|$)" : "");
            String flags = f.caseSensitive() ? "c" : "i";
            List<String> parts = new java.util.ArrayList<>();
            if (f.inSource()) {
                parts.add("REGEXP_LIKE(s.source_text, ?, ?)");
                params.add(regex);
                params.add(flags);
            }
            if (f.inTarget()) {
                parts.add("REGEXP_LIKE(COALESCE(s.target_text, ''), ?, ?)");
                params.add(regex);
                params.add(flags);
            }
            if (!parts.isEmpty()) {
                sql.append(" AND (").append(String.join(" OR ", parts)).append(")");
            }
        }
        return new Where(sql.toString(), params);
    }

    private Boolean h2;

    private boolean isH2() {
        if (h2 == null) {
            h2 = app.tandem.cluster.DatabaseKind.isH2(jdbc);
        }
        return h2;
    }

    private static String escapeRegex(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public List<SegmentRow> findSegments(long documentId, SegmentFilter filter, int offset, int limit) {
        if (filter.isEmpty()) {
            return findSegments(documentId, offset, limit);
        }
        Where w = where(documentId, filter);
        List<Object> params = new java.util.ArrayList<>(w.params());
        params.add(limit);
        params.add(offset);
        // ids first for the same reason as nextUnconfirmed: the counting subqueries only for the page's rows
        List<Long> ids = jdbc.sql("SELECT s.id FROM segment s" + w.sql() + " ORDER BY s.position LIMIT ? OFFSET ?")
                .params(params).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SEGMENT_SELECT + " WHERE s.id IN (:ids) ORDER BY s.position").param("ids", ids).query(SEGMENT).list();
    }

    public int countSegments(long documentId, SegmentFilter filter) {
        Where w = where(documentId, filter);
        return jdbc.sql("SELECT COUNT(*) FROM segment s" + w.sql()).params(w.params()).query(Integer.class).single();
    }

    /** Where the segment at {@code position} stands in the filtered list (how many rows come before it). */
    public int indexInFilter(long documentId, SegmentFilter filter, int position) {
        Where w = where(documentId, filter);
        List<Object> params = new java.util.ArrayList<>(w.params());
        params.add(position);
        return jdbc.sql("SELECT COUNT(*) FROM segment s" + w.sql() + " AND s.position < ?").params(params).query(Integer.class).single();
    }

    /** The first segment after {@code position} that is not yet confirmed or approved. */
    /**
     * The id first, by the (document, position) index alone, then the row: with the counting
     * subqueries in the same statement H2 worked them out for every later row before the LIMIT
     * (50 ms per Ctrl+Enter in a 10,000-segment document instead of 1).
     */
    public Optional<SegmentRow> nextUnconfirmed(long documentId, int position) {
        return jdbc.sql("SELECT id FROM segment WHERE document_id = ? AND position > ? AND covered_by IS NULL"
                        + " AND status NOT IN ('TRANSLATED', 'APPROVED') ORDER BY position LIMIT 1")
                .params(documentId, position).query(Long.class).optional().flatMap(this::findSegment);
    }

    public Optional<SegmentRow> atPosition(long documentId, int position) {
        return jdbc.sql(SEGMENT_SELECT + " WHERE s.document_id = ? AND s.position = ?").params(documentId, position).query(SEGMENT).optional();
    }

    public List<SegmentRow> findAllSegments(long documentId) {
        return jdbc.sql(SEGMENT_SELECT + " WHERE s.document_id = ? ORDER BY s.position").param(documentId).query(SEGMENT).list();
    }

    public String originalText(long documentId) {
        return jdbc.sql("SELECT original_text FROM document WHERE id = ?").param(documentId).query(String.class).single();
    }

    public List<BlockRow> findBlocks(long documentId) {
        return jdbc.sql("SELECT id, position, kind, lang, text, mark, source_ref FROM block WHERE document_id = ? ORDER BY position")
                .param(documentId)
                .query((rs, n) -> new BlockRow(rs.getLong("id"), rs.getInt("position"), rs.getString("kind"),
                        rs.getString("lang"), rs.getString("text"), rs.getString("mark"), rs.getString("source_ref"))).list();
    }

    /**
     * Sets target and status if the segment still has {@code expectedVersion}; records history.
     * @return false when someone else changed the segment first (optimistic locking)
     */
    public boolean updateTarget(long segmentId, int expectedVersion, String target, SegmentStatus status,
                                TargetOrigin origin, String editor, String note) {
        LocalDateTime now = LocalDateTime.now();
        // a target changed by hand is no longer the match it came from; a status change keeps the provenance
        int n = jdbc.sql("""
                UPDATE segment SET target_text = ?, target_key = ?, status = ?, target_origin = ?, last_editor = ?, updated_at = ?,
                       match_score = CASE WHEN target_origin = ? THEN match_score ELSE NULL END,
                       match_origin = CASE WHEN target_origin = ? THEN match_origin ELSE NULL END,
                       version = version + 1
                WHERE id = ? AND version = ?""")
                .params(target, SourceKey.of(target), status.name(), origin.name(), editor, now, origin.name(), origin.name(), segmentId,
                        expectedVersion).update();
        if (n == 1) {
            jdbc.sql("INSERT INTO segment_history(segment_id, target_text, status, editor, changed_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(segmentId, target, status.name(), editor, now, note).update();
            syncMemoryUnit(segmentId);
        }
        return n == 1;
    }

    /** A draft from a match, only where the segment has no target yet (and is not covered by its neighbour's). */
    private static final String FILL_FROM_MATCH = """
            UPDATE segment SET target_text = ?, target_key = ?, status = 'DRAFT', target_origin = ?, match_score = ?, match_origin = ?,
                   last_editor = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND (target_text IS NULL OR target_text = '') AND covered_by IS NULL""";

    /**
     * Fills an untranslated segment from a match (memory, fuzzy memory, a repetition) as a draft,
     * recording the score and where the match came from; a segment with a target is left alone.
     */
    public boolean fillFromMatch(long segmentId, String target, TargetOrigin origin, int score, String matchOrigin, String editor) {
        LocalDateTime now = LocalDateTime.now();
        int n = jdbc.sql(FILL_FROM_MATCH)
                .params(target, SourceKey.of(target), origin.name(), score, matchOrigin, editor, now, segmentId).update();
        if (n == 1) {
            jdbc.sql("INSERT INTO segment_history(segment_id, target_text, status, editor, changed_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(segmentId, target, "DRAFT", editor, now, matchOrigin).update();
        }
        return n == 1;
    }

    /** One target filled from a match, for {@link #fillFromMatches}. */
    public record Fill(long segmentId, String target, TargetOrigin origin, int score, String matchOrigin) {
    }

    /**
     * {@link #fillFromMatch} for many segments at once, in two batched statements (pre-translating
     * a long document); returns the ids of the segments filled (those still without a target).
     */
    public List<Long> fillFromMatches(List<Fill> fills, String editor) {
        if (fills.isEmpty()) {
            return List.of();
        }
        if (dataSource == null) {
            return fills.stream().filter(f -> fillFromMatch(f.segmentId(), f.target(), f.origin(), f.score(), f.matchOrigin(), editor))
                    .map(Fill::segmentId).toList();
        }
        LocalDateTime now = LocalDateTime.now();
        Timestamp at = Timestamp.valueOf(now);
        org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        int[] updated = template.batchUpdate(FILL_FROM_MATCH,
                fills.stream().map(f -> new Object[] {f.target(), SourceKey.of(f.target()), f.origin().name(), f.score(), f.matchOrigin(),
                        editor, at, f.segmentId()}).toList());
        List<Fill> done = new java.util.ArrayList<>();
        for (int i = 0; i < fills.size(); i++) {
            if (updated[i] != 0) {
                done.add(fills.get(i));
            }
        }
        template.batchUpdate("INSERT INTO segment_history(segment_id, target_text, status, editor, changed_at, note) VALUES (?, ?, 'DRAFT', ?, ?, ?)",
                done.stream().map(f -> new Object[] {f.segmentId(), f.target(), editor, at, f.matchOrigin()}).toList());
        return done.stream().map(Fill::segmentId).toList();
    }

    /** A segment's source changed (merge, split): its key for repetitions and exact matches follows. */
    public void updateSource(long segmentId, String source) {
        jdbc.sql("UPDATE segment SET source_text = ?, source_key = ? WHERE id = ?").params(source, SourceKey.of(source), segmentId).update();
    }

    /**
     * Keeps the project's memory in step with one segment, in the caller's transaction: a
     * confirmed or approved translation (or the article's own English) is a memory unit, with the
     * keys of its neighbours for context matches; anything else is not.
     */
    public void syncMemoryUnit(long segmentId) {
        record Current(String source, String sourceKey, String target, String status, String origin, int position,
                       long documentId, long projectId, String fileName, String editor) {
        }
        Current c = jdbc.sql("""
                SELECT s.source_text, s.source_key, s.target_text, s.status, s.target_origin, s.position, s.document_id,
                       d.project_id, d.file_name, s.last_editor
                FROM segment s JOIN document d ON d.id = s.document_id WHERE s.id = ?""").param(segmentId)
                .query((rs, n) -> new Current(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getString(10))).optional().orElse(null);
        if (c == null) {
            return;
        }
        boolean usable = c.target() != null && !c.target().isBlank()
                && (c.status().equals("TRANSLATED") || c.status().equals("APPROVED") || c.origin().equals(TargetOrigin.EXISTING_TRANSLATION.name()));
        if (!usable) {
            jdbc.sql("DELETE FROM tm_unit WHERE segment_id = ?").param(segmentId).update();
            return;
        }
        String prev = neighbourKey(c.documentId(), c.position() - 1);
        String next = neighbourKey(c.documentId(), c.position() + 1);
        LocalDateTime now = LocalDateTime.now();
        String origin = c.fileName() + " #" + (c.position() + 1);
        int n = jdbc.sql("""
                UPDATE tm_unit SET source_text = ?, target_text = ?, source_key = ?, prev_key = ?, next_key = ?, origin = ?,
                       changed_at = ?, created_by = ? WHERE segment_id = ?""")
                .params(c.source(), c.target(), c.sourceKey(), prev, next, origin, now, c.editor(), segmentId).update();
        if (n == 0) {
            jdbc.sql("""
                    INSERT INTO tm_unit(project_id, source_lang, target_lang, source_text, target_text, origin, created_at, changed_at,
                                        imported_at, source_key, prev_key, next_key, segment_id, document_name, created_by)
                    VALUES (?, 'ru', 'en', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.projectId(), c.source(), c.target(), origin, now, now, now, c.sourceKey(), prev, next, segmentId,
                            c.fileName(), c.editor()).update();
        }
    }

    private String neighbourKey(long documentId, int position) {
        return jdbc.sql("SELECT source_key FROM segment WHERE document_id = ? AND position = ?").params(documentId, position)
                .query(String.class).optional().orElse(null);
    }

    /**
     * How many segments of a document share their source with another one. It changes only when
     * segments are merged or split, so the editor reads it on opening, not after every save.
     */
    public int countRepeated(long documentId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM segment WHERE document_id = ? AND source_key IS NOT NULL
                GROUP BY source_key HAVING COUNT(*) > 1) repeated""").param(documentId).query(Integer.class).single();
    }

    /** The other segments of a document with the same source (after whitespace and quote normalisation), in order. */
    public List<SegmentRow> repetitionsOf(SegmentRow s) {
        return jdbc.sql(SEGMENT_SELECT + " WHERE s.document_id = ? AND s.source_key = ? AND s.id <> ? ORDER BY s.position")
                .params(s.documentId(), SourceKey.of(s.sourceText()), s.id()).query(SEGMENT).list();
    }

    public void addComment(long segmentId, String author, String body) {
        jdbc.sql("INSERT INTO segment_comment(segment_id, author, body, created_at) VALUES (?, ?, ?, ?)")
                .params(segmentId, author, body, LocalDateTime.now()).update();
    }

    public record CommentRow(long id, Long parentId, String author, String body, LocalDateTime createdAt, boolean resolved) {
    }

    public List<CommentRow> commentRows(long segmentId) {
        return jdbc.sql("SELECT * FROM segment_comment WHERE segment_id = ? ORDER BY created_at, id").param(segmentId)
                .query((rs, n) -> {
                    long parent = rs.getLong("parent_id");
                    Long parentId = rs.wasNull() ? null : parent;
                    return new CommentRow(rs.getLong("id"), parentId, rs.getString("author"), rs.getString("body"),
                            rs.getTimestamp("created_at").toLocalDateTime(), rs.getBoolean("resolved"));
                }).list();
    }

    public void addReply(long segmentId, long parentId, String author, String body) {
        jdbc.sql("INSERT INTO segment_comment(segment_id, parent_id, author, body, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(segmentId, parentId, author, body, LocalDateTime.now()).update();
    }

    /** Resolving a comment resolves its whole thread. */
    public void resolveThread(long commentId) {
        jdbc.sql("UPDATE segment_comment SET resolved = TRUE WHERE id = ? OR parent_id = ?").params(commentId, commentId).update();
    }

    /** Every comment of a document's segments, "author: text", by segment, in order (one query for an export). */
    public java.util.Map<Long, List<String>> commentsByDocument(long documentId) {
        java.util.Map<Long, List<String>> out = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT c.segment_id, c.author, c.body FROM segment_comment c JOIN segment s ON s.id = c.segment_id
                WHERE s.document_id = ? ORDER BY c.created_at, c.id""").param(documentId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2) + ": " + rs.getString(3));
                });
        return out;
    }

    public List<String> comments(long segmentId) {
        return jdbc.sql("SELECT author, body FROM segment_comment WHERE segment_id = ? ORDER BY created_at, id")
                .param(segmentId).query((rs, n) -> rs.getString("author") + ": " + rs.getString("body")).list();
    }

    public Optional<SegmentRow> findSegment(long segmentId) {
        return jdbc.sql(SEGMENT_SELECT + " WHERE s.id = ?").param(segmentId).query(SEGMENT).optional();
    }

    public record HistoryRow(String target, String status, String editor, LocalDateTime changedAt, String note) {
    }

    public List<HistoryRow> history(long segmentId) {
        return jdbc.sql("SELECT target_text, status, editor, changed_at, note FROM segment_history WHERE segment_id = ? ORDER BY changed_at, id")
                .param(segmentId).query((rs, n) -> new HistoryRow(rs.getString("target_text"), rs.getString("status"),
                        rs.getString("editor"), rs.getTimestamp("changed_at").toLocalDateTime(), rs.getString("note"))).list();
    }

    /** First and last change of each segment of a document, for TMX dates. */
    public java.util.Map<Long, LocalDateTime[]> historySpan(long documentId) {
        java.util.Map<Long, LocalDateTime[]> out = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT h.segment_id, MIN(h.changed_at) AS first_at, MAX(h.changed_at) AS last_at
                FROM segment_history h JOIN segment s ON s.id = h.segment_id WHERE s.document_id = ? GROUP BY h.segment_id""")
                .param(documentId).query(rs -> {
                    out.put(rs.getLong("segment_id"), new LocalDateTime[]{rs.getTimestamp("first_at").toLocalDateTime(),
                            rs.getTimestamp("last_at").toLocalDateTime()});
                });
        return out;
    }

    public List<app.tandem.text.HyphenDecision> hyphenDecisions(long documentId) {
        return jdbc.sql("SELECT line_no, left_part, right_part, result, reason FROM hyphen_decision WHERE document_id = ? ORDER BY line_no, id")
                .param(documentId).query((rs, n) -> new app.tandem.text.HyphenDecision(rs.getInt(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    public record BlockRow(long id, int position, String kind, String lang, String text, String mark, String sourceRef) {
    }
}
