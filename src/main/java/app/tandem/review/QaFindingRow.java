package app.tandem.review;

import java.time.LocalDateTime;

/** A stored QA finding; dismissed ones carry who marked them "not an error", when and why. */
public record QaFindingRow(long id, long segmentId, int segmentNumber, String checkId, String severity, String message,
                           String side, int start, int end, String dismissedBy, LocalDateTime dismissedAt, String dismissReason) {
    public boolean open() {
        return dismissedAt == null;
    }
}
