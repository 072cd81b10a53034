package app.tandem.review;

/**
 * Decides whether a segment may be approved. The QA issue plugs in "no open QA errors" here;
 * until then every confirmed segment may be approved.
 */
public interface ApprovalGate {
    /** Null when the segment may be approved, else the reason it may not. */
    String blockingReason(long segmentId);
}
