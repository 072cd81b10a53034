package app.tandem.document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.LocalDateTime;
import java.util.Optional;

/** Where each user last worked in each document, so that opening it again resumes there. */
@Repository
public class WorkPositions {
    private final JdbcClient jdbc;
    private final DocumentRepository documents;
    private final TransactionTemplate tx;

    public WorkPositions(JdbcClient jdbc, DocumentRepository documents, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.tx = new TransactionTemplate(txManager);
    }

    public void remember(String username, long documentId, long segmentId) {
        // UPDATE, then INSERT when there was nothing to update: portable between H2 and PostgreSQL
        tx.executeWithoutResult(status -> {
            int updated = jdbc.sql("UPDATE work_position SET segment_id = ?, updated_at = ? WHERE username = ? AND document_id = ?")
                    .params(segmentId, LocalDateTime.now(), username, documentId).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO work_position(username, document_id, segment_id, updated_at) VALUES (?, ?, ?, ?)")
                        .params(username, documentId, segmentId, LocalDateTime.now()).update();
            }
        });
    }

    /** The segment this user last worked on in the document, if it still exists there (a merge may have removed it). */
    public Optional<SegmentRow> last(String username, long documentId) {
        return jdbc.sql("SELECT segment_id FROM work_position WHERE username = ? AND document_id = ?").params(username, documentId)
                .query(Long.class).optional().flatMap(documents::findSegment).filter(s -> s.documentId() == documentId);
    }

    /**
     * Where the editor opens: where this user last worked, otherwise the first segment that is not
     * yet confirmed, otherwise (all done) the first segment.
     */
    public Optional<SegmentRow> resumePoint(String username, long documentId) {
        return last(username, documentId).or(() -> documents.nextUnconfirmed(documentId, -1)).or(() -> documents.atPosition(documentId, 0));
    }
}
