package app.tandem.review;

import app.tandem.analysis.WordCounter;
import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.SegmentRow;
import app.tandem.document.WriteLimits;
import app.tandem.lqa.MqmCategory;
import app.tandem.lqa.Scorecard;
import app.tandem.lqa.Severity;
import app.tandem.user.CurrentUser;
import app.tandem.user.ProjectAccess;
import app.tandem.user.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Language quality assessment: reviewers mark errors on segments by MQM category and severity,
 * and a document's scorecard weighs their penalty against its words. Only reviewers and admins
 * mark or remove errors; everyone on the project sees the scorecard.
 */
@Service
public class LqaService implements app.tandem.document.QualityScores {
    public static final double DEFAULT_THRESHOLD = 99.0;

    /** One marked error; {@code segmentNumber} counts from 1 as the workbench shows it. */
    public record Issue(long id, long documentId, long segmentId, int segmentNumber, MqmCategory category, Severity severity,
                        String note, String createdBy, LocalDateTime createdAt) {
    }

    private static final RowMapper<Issue> ISSUE = (rs, n) -> new Issue(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("segment_id"),
            rs.getInt("position") + 1, MqmCategory.byCode(rs.getString("category")).orElse(MqmCategory.STYLE),
            Severity.byCode(rs.getString("severity")).orElse(Severity.MINOR), rs.getString("note"), rs.getString("created_by"),
            rs.getTimestamp("created_at").toLocalDateTime());
    private static final String SELECT = """
            SELECT i.id, i.document_id, i.segment_id, s.position, i.category, i.severity, i.note, i.created_by, i.created_at
            FROM lqa_issue i JOIN segment s ON s.id = i.segment_id""";

    private final JdbcClient jdbc;
    private final DocumentRepository documents;
    private final ProjectAccess access;

    public LqaService(JdbcClient jdbc, DocumentRepository documents, ProjectAccess access) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.access = access;
    }

    /** Marks an error on a segment; returns it as stored. */
    public Issue mark(long segmentId, String category, String severity, String note) {
        CurrentUser.Actor actor = CurrentUser.require("mark quality errors", Role.REVIEWER, Role.ADMIN);
        MqmCategory c = MqmCategory.byCode(category == null ? "" : category.strip()).orElseThrow(() -> new IllegalArgumentException(
                "category must be one of " + MqmCategory.codes() + ", not '" + category + "'"));
        Severity s = Severity.byCode(severity == null ? "" : severity.strip()).orElseThrow(() -> new IllegalArgumentException(
                "severity must be one of " + Severity.codes() + ", not '" + severity + "'"));
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null) {
            WriteLimits.requireNote("the note", text);
        }
        SegmentRow segment = documents.findSegment(segmentId).orElseThrow(() -> new IllegalArgumentException("no segment " + segmentId));
        requireVisible(segment.documentId());
        if (segment.coveredBy() != null) {
            throw new IllegalArgumentException("segment " + (segment.position() + 1) + " is merged into another; mark the error there");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lqa_issue(document_id, segment_id, category, severity, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(segment.documentId(), segmentId, c.code(), s.code(), text, actor.username(), LocalDateTime.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return jdbc.sql(SELECT + " WHERE i.id = ?").param(id).query(ISSUE).single();
    }

    public void remove(long issueId) {
        CurrentUser.require("remove quality errors", Role.REVIEWER, Role.ADMIN);
        jdbc.sql(SELECT + " WHERE i.id = ?").param(issueId).query(ISSUE).optional().ifPresent(i -> {
            requireVisible(i.documentId());
            jdbc.sql("DELETE FROM lqa_issue WHERE id = ?").param(issueId).update();
        });
    }

    public List<Issue> issues(long documentId) {
        return jdbc.sql(SELECT + " WHERE i.document_id = ? ORDER BY s.position, i.id").param(documentId).query(ISSUE).list();
    }

    public List<Issue> issuesOfSegment(long segmentId) {
        return jdbc.sql(SELECT + " WHERE i.segment_id = ? ORDER BY i.id").param(segmentId).query(ISSUE).list();
    }

    @Override
    public List<app.tandem.lqa.MarkedError> errors(long documentId) {
        return issues(documentId).stream().map(i -> new app.tandem.lqa.MarkedError(i.segmentNumber(), i.category(), i.severity(), i.note(),
                i.createdBy())).toList();
    }

    @Override
    public Scorecard scorecard(long documentId) {
        DocumentSummary d = documents.findSummary(documentId).orElseThrow(() -> new IllegalArgumentException("no document " + documentId));
        int[] words = new int[2];
        jdbc.sql("""
                SELECT s.source_text, CASE WHEN s.status IN ('APPROVED', 'REJECTED')
                    OR EXISTS (SELECT 1 FROM lqa_issue i WHERE i.segment_id = s.id)
                    OR EXISTS (SELECT 1 FROM segment_history h WHERE h.segment_id = s.id AND h.status IN ('APPROVED', 'REJECTED'))
                    THEN 1 ELSE 0 END AS evaluated
                FROM segment s WHERE s.document_id = ? AND s.covered_by IS NULL""").param(documentId)
                .query(rs -> {
                    int n = WordCounter.count(rs.getString(1));
                    words[0] += n;
                    if (rs.getInt(2) == 1) {
                        words[1] += n;
                    }
                });
        List<Scorecard.Mark> marks = issues(documentId).stream().map(i -> new Scorecard.Mark(i.category(), i.severity())).toList();
        return Scorecard.of(words[0], words[1], marks, threshold(d.projectId()));
    }

    public double threshold(long projectId) {
        return jdbc.sql("SELECT lqa_threshold FROM project WHERE id = ?").param(projectId).query(Double.class).optional().orElse(DEFAULT_THRESHOLD);
    }

    public void setThreshold(long projectId, double threshold) {
        CurrentUser.require("change a project's pass mark", Role.REVIEWER, Role.ADMIN);
        if (!access.canSee(projectId)) {
            throw new AccessDeniedException("not a member of project " + projectId);
        }
        if (!(threshold >= 0 && threshold <= 100)) {
            throw new IllegalArgumentException("the pass mark is a score from 0 to 100, not " + threshold);
        }
        jdbc.sql("UPDATE project SET lqa_threshold = ? WHERE id = ?").params(threshold, projectId).update();
    }

    /** The scorecard, then every error with its segment, as CSV. */
    public String csv(long documentId) {
        StringBuilder sb = new StringBuilder(scorecard(documentId).toCsv()).append("\r\n");
        try (CSVPrinter csv = new CSVPrinter(sb, CSVFormat.DEFAULT.builder()
                .setHeader("segment", "category", "severity", "penalty", "note", "reviewer", "marked").get())) {
            for (Issue i : issues(documentId)) {
                csv.printRecord(i.segmentNumber(), i.category().code(), i.severity().code(), i.severity().penalty(),
                        i.note() == null ? "" : i.note(), i.createdBy(), i.createdAt().withNano(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private void requireVisible(long documentId) {
        long projectId = documents.findSummary(documentId).orElseThrow().projectId();
        if (!access.canSee(projectId)) {
            throw new AccessDeniedException("not a member of project " + projectId);
        }
    }
}
