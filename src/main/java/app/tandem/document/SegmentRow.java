package app.tandem.document;

import java.time.LocalDateTime;

/** One segment as stored. {@code coveredBy} is set when an aligned English sentence spans this and the previous segment. */
public record SegmentRow(long id, long documentId, long blockId, int position, String blockKind, String sourceText,
                         String targetText, SegmentStatus status, TargetOrigin origin, Double alignConfidence,
                         boolean alignFlagged, Long coveredBy, String lastEditor, LocalDateTime updatedAt,
                         int version, int openComments, int qaErrors, int qaWarnings) {
}
