package app.tandem.review;

import app.tandem.document.DocumentRepository;
import app.tandem.document.SegmentEvents;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentStatus;
import app.tandem.document.TargetOrigin;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reviewers approve, reject (with a reason the translator sees) and reopen segments; only REVIEWER or ADMIN, checked here. */
@Service
public class ReviewService {
    private final DocumentRepository documents;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApprovalGate gate;
    private final SegmentEvents events;

    public ReviewService(DocumentRepository documents, JdbcClient jdbc, PlatformTransactionManager txManager, ApprovalGate gate,
                         SegmentEvents events) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        this.gate = gate;
        this.events = events;
    }

    public void approve(long segmentId) {
        CurrentUser.Actor actor = CurrentUser.require("approve segments", Role.REVIEWER, Role.ADMIN);
        SegmentRow s = documents.findSegment(segmentId).orElseThrow();
        if (s.targetText() == null || s.targetText().isBlank()) {
            throw new IllegalArgumentException("segment " + (s.position() + 1) + " has no translation to approve");
        }
        String blocked = gate.blockingReason(segmentId);
        if (blocked != null) {
            throw new IllegalArgumentException("segment " + (s.position() + 1) + " cannot be approved: " + blocked);
        }
        change(s, SegmentStatus.APPROVED, actor.username(), "approved");
    }

    public void reject(long segmentId, String reason) {
        CurrentUser.Actor actor = CurrentUser.require("reject segments", Role.REVIEWER, Role.ADMIN);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason for the translator");
        }
        app.tandem.document.WriteLimits.requireNote("the reason", reason.strip());
        SegmentRow s = documents.findSegment(segmentId).orElseThrow();
        tx.executeWithoutResult(status -> {
            change(s, SegmentStatus.REJECTED, actor.username(), "rejected: " + reason.strip());
            documents.addComment(segmentId, actor.username(), "Rejected: " + reason.strip());
        });
    }

    public void reopen(long segmentId) {
        CurrentUser.Actor actor = CurrentUser.require("reopen approved segments", Role.REVIEWER, Role.ADMIN);
        SegmentRow s = documents.findSegment(segmentId).orElseThrow();
        if (s.status() != SegmentStatus.APPROVED) {
            throw new IllegalArgumentException("segment " + (s.position() + 1) + " is not approved");
        }
        change(s, SegmentStatus.TRANSLATED, actor.username(), "reopened");
    }

    public record BulkResult(int approved, int skipped) {
    }

    /** Approves every confirmed (TRANSLATED) segment of a document the gate allows; says how many it skipped. */
    public BulkResult approveAllConfirmed(long documentId) {
        CurrentUser.Actor actor = CurrentUser.require("approve segments", Role.REVIEWER, Role.ADMIN);
        return tx.execute(status -> {
            int approved = 0;
            int skipped = 0;
            for (SegmentRow s : documents.findAllSegments(documentId)) {
                if (s.status() != SegmentStatus.TRANSLATED) {
                    continue;
                }
                if (gate.blockingReason(s.id()) != null) {
                    skipped++;
                    continue;
                }
                if (documents.updateTarget(s.id(), s.version(), s.targetText(), SegmentStatus.APPROVED, s.origin(), actor.username(), "approved (bulk)")) {
                    approved++;
                    events.changed(documentId, s.id());
                } else {
                    skipped++;
                }
            }
            return new BulkResult(approved, skipped);
        });
    }

    /** Counts by status, and by last editor, for the review progress view. */
    public Map<String, Map<String, Integer>> progress(long documentId) {
        CurrentUser.get();
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT COALESCE(last_editor, '(import)') AS who, status, COUNT(*) AS n FROM segment WHERE document_id = ? AND covered_by IS NULL GROUP BY last_editor, status ORDER BY 1, 2")
                .param(documentId).query(rs -> {
                    out.computeIfAbsent(rs.getString("who"), k -> new LinkedHashMap<>()).put(rs.getString("status"), rs.getInt("n"));
                });
        return out;
    }

    private void change(SegmentRow s, SegmentStatus to, String user, String note) {
        if (!documents.updateTarget(s.id(), s.version(), s.targetText(), to, s.origin() == TargetOrigin.NONE ? TargetOrigin.MANUAL : s.origin(), user, note)) {
            throw new IllegalArgumentException("segment " + (s.position() + 1) + " was changed meanwhile; look again and retry");
        }
        events.changed(s.documentId(), s.id());
    }

    /** Reviewers only: used by the UI to show review actions, while the methods above enforce it anyway. */
    public static boolean canReview() {
        try {
            CurrentUser.require("review", Role.REVIEWER, Role.ADMIN);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    public List<SegmentRow> segments(long documentId) {
        return documents.findAllSegments(documentId);
    }
}
