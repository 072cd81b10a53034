package app.tandem.document;

import app.tandem.user.CurrentUser;
import app.tandem.user.ProjectAccess;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Deleting a document puts it in its project's trash: nothing of it is removed (segments, targets,
 * history, comments, QA and LQA marks, the assignment), it only stops being listed, found and
 * opened, so a restore brings all of it back. Only an admin's "delete forever" removes the rows;
 * the memory units the document gave stay in the memory either way.
 */
@Service
public class DocumentTrash {
    /** A document in the trash, as the project page and the API list it. */
    public record Entry(long id, long projectId, String name, String title, int translated, String deletedBy, LocalDateTime deletedAt) {
    }

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final TransactionTemplate tx;

    public DocumentTrash(JdbcClient jdbc, ProjectAccess access, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.access = access;
        this.tx = new TransactionTemplate(txManager);
    }

    /** Reviewers and admins; the document must be one the user sees and not deleted already. */
    public void delete(long documentId) {
        CurrentUser.Actor actor = CurrentUser.require("delete documents", Role.REVIEWER, Role.ADMIN);
        Long project = visibleProject(documentId, false);
        int n = jdbc.sql("UPDATE document SET deleted_at = ?, deleted_by = ? WHERE id = ? AND project_id = ? AND deleted_at IS NULL")
                .params(Timestamp.valueOf(LocalDateTime.now()), actor.username(), documentId, project).update();
        if (n == 0) {
            throw new IllegalArgumentException("document " + documentId + " is in the trash already");
        }
    }

    /** Brings a deleted document back as it was. */
    public void restore(long documentId) {
        CurrentUser.require("restore documents", Role.REVIEWER, Role.ADMIN);
        visibleProject(documentId, true);
        jdbc.sql("UPDATE document SET deleted_at = NULL, deleted_by = NULL WHERE id = ? AND deleted_at IS NOT NULL").param(documentId).update();
    }

    /** Admins only, from the trash: the document and everything of it go; its memory units stay as plain units. */
    public void deleteForever(long documentId) {
        CurrentUser.require("delete documents forever", Role.ADMIN);
        visibleProject(documentId, true);
        tx.executeWithoutResult(s -> {
            jdbc.sql("UPDATE tm_unit SET segment_id = NULL WHERE segment_id IN (SELECT id FROM segment WHERE document_id = ?)")
                    .param(documentId).update();
            jdbc.sql("DELETE FROM document WHERE id = ? AND deleted_at IS NOT NULL").param(documentId).update();
        });
    }

    /** The project's trash, the last deleted first. */
    public List<Entry> trash(long projectId) {
        if (!access.canSee(projectId)) {
            throw new AccessDeniedException("project " + projectId + " is not shared with you");
        }
        return jdbc.sql("""
                SELECT d.id, d.project_id, d.file_name, d.title, d.deleted_by, d.deleted_at,
                       (SELECT COUNT(*) FROM segment s WHERE s.document_id = d.id AND s.covered_by IS NULL
                        AND s.status IN ('TRANSLATED', 'APPROVED')) AS translated
                FROM document d WHERE d.project_id = ? AND d.deleted_at IS NOT NULL ORDER BY d.deleted_at DESC, d.id DESC""")
                .param(projectId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getLong("project_id"), DocumentSummary.nameOf(rs.getString("file_name")),
                        rs.getString("title"), rs.getInt("translated"), rs.getString("deleted_by"),
                        rs.getTimestamp("deleted_at").toLocalDateTime())).list();
    }

    /** A document in the trash that the user may see. */
    public Optional<Entry> findDeleted(long documentId) {
        Optional<Long> project = jdbc.sql("SELECT project_id FROM document WHERE id = ? AND deleted_at IS NOT NULL").param(documentId)
                .query(Long.class).optional();
        return project.filter(access::canSee).flatMap(p -> trash(p).stream().filter(e -> e.id() == documentId).findFirst());
    }

    private Long visibleProject(long documentId, boolean deleted) {
        return jdbc.sql("SELECT project_id FROM document WHERE id = ? AND deleted_at IS " + (deleted ? "NOT NULL" : "NULL"))
                .param(documentId).query(Long.class).optional().filter(access::canSee)
                .orElseThrow(() -> new IllegalArgumentException(deleted ? "document " + documentId + " is not in a trash you can see"
                        : "document " + documentId + " does not exist or is not shared with you"));
    }
}
