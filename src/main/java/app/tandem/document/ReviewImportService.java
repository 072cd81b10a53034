package app.tandem.document;

import app.tandem.exchange.ExchangeException;
import app.tandem.exchange.ReviewDocxReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies a reviewer's edited review DOCX: changed targets become the reviewer's changes (with
 * history), new text in the comments column becomes comments. A segment changed in Tandem since
 * the export is not touched and reported as a conflict. All or nothing: one transaction.
 */
@Service
public class ReviewImportService {
    private final DocumentRepository documents;
    private final TransactionTemplate tx;

    public ReviewImportService(DocumentRepository documents, PlatformTransactionManager txManager) {
        this.documents = documents;
        this.tx = new TransactionTemplate(txManager);
    }

    public record Conflict(long segmentId, int number, String tandemTarget, String reviewTarget) {
    }

    public record Report(int targetsUpdated, int commentsAdded, List<Conflict> conflicts, int unchanged) {
        public String describe() {
            return targetsUpdated + " targets updated, " + commentsAdded + " comments added, " + conflicts.size()
                    + " conflicts" + (conflicts.isEmpty() ? "" : " (segments " + conflicts.stream()
                    .map(c -> String.valueOf(c.number())).reduce((a, b) -> a + ", " + b).orElse("") + " changed in Tandem since the export)");
        }
    }

    public Report apply(long documentId, String fileName, byte[] bytes, String reviewer) {
        app.tandem.user.CurrentUser.requireIfSignedIn("import a review", app.tandem.user.Role.REVIEWER, app.tandem.user.Role.ADMIN);
        ReviewDocxReader.Review review = new ReviewDocxReader().read(fileName, bytes);
        if (review.documentId() != documentId) {
            String other = documents.findSummary(review.documentId()).map(DocumentSummary::name).orElse("#" + review.documentId());
            throw new ExchangeException(fileName + ": this review document belongs to document " + other + ", not to the one it is imported into");
        }
        return tx.execute(status -> {
            int updated = 0;
            int unchanged = 0;
            int comments = 0;
            List<Conflict> conflicts = new ArrayList<>();
            for (ReviewDocxReader.Row row : review.rows()) {
                SegmentRow current = documents.findSegment(row.segmentId()).orElseThrow(() ->
                        new ExchangeException(fileName + ": segment " + row.segmentId() + " no longer exists in Tandem"));
                if (current.documentId() != documentId) {
                    throw new ExchangeException(fileName + ": segment " + row.segmentId() + " belongs to another document");
                }
                String exportedTarget = current.targetText() == null ? "" : current.targetText();
                String reviewTarget = row.target().strip();
                WriteLimits.requireTarget(fileName + ", segment " + (current.position() + 1), current.sourceText(), reviewTarget);
                int exportedVersion = review.exportedVersions().get(row.segmentId());
                if (current.coveredBy() == null && !Objects.equals(normalize(reviewTarget), normalize(exportedTarget))) {
                    if (current.version() != exportedVersion) {
                        conflicts.add(new Conflict(current.id(), current.position() + 1, current.targetText(), reviewTarget));
                    } else {
                        SegmentStatus next = reviewTarget.isEmpty() ? SegmentStatus.NEW
                                : current.status() == SegmentStatus.APPROVED ? SegmentStatus.TRANSLATED : current.status() == SegmentStatus.NEW
                                ? SegmentStatus.TRANSLATED : current.status();
                        documents.updateTarget(current.id(), current.version(), reviewTarget.isEmpty() ? null : reviewTarget,
                                next, TargetOrigin.MANUAL, reviewer, "review DOCX " + fileName);
                        updated++;
                    }
                } else {
                    unchanged++;
                }
                List<String> existing = documents.comments(current.id());
                for (String line : row.comments().split("\n")) {
                    String c = line.strip();
                    if (!c.isEmpty() && !existing.contains(c)) {
                        WriteLimits.requireComment(c);
                        documents.addComment(current.id(), reviewer, c);
                        comments++;
                    }
                }
            }
            return new Report(updated, comments, conflicts, unchanged);
        });
    }

    /** Resolves a reported conflict by taking the reviewer's target, as a reviewer's change with history. */
    public boolean acceptReviewVersion(Conflict c, String reviewer) {
        app.tandem.user.CurrentUser.require("resolve review conflicts", app.tandem.user.Role.REVIEWER, app.tandem.user.Role.ADMIN);
        return Boolean.TRUE.equals(tx.execute(status -> {
            SegmentRow current = documents.findSegment(c.segmentId()).orElse(null);
            if (current == null) {
                return false;
            }
            return documents.updateTarget(current.id(), current.version(), c.reviewTarget().isBlank() ? null : c.reviewTarget(),
                    c.reviewTarget().isBlank() ? SegmentStatus.NEW : SegmentStatus.TRANSLATED, TargetOrigin.MANUAL, reviewer,
                    "review DOCX conflict resolved in favour of the review");
        }));
    }

    private static String normalize(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
