package app.tandem.document;

import java.time.LocalDateTime;

/**
 * One segment as stored. {@code coveredBy} is set when an aligned English sentence spans this and
 * the previous segment; {@code matchScore} and {@code matchOrigin} tell which memory match (or
 * repetition) the target was filled from; {@code repetitions} counts the other segments of the
 * document with the same source.
 */
public record SegmentRow(long id, long documentId, long blockId, int position, String blockKind, String sourceText,
                         String targetText, SegmentStatus status, TargetOrigin origin, Double alignConfidence,
                         boolean alignFlagged, Long coveredBy, String lastEditor, LocalDateTime updatedAt,
                         int version, int openComments, int qaErrors, int qaWarnings,
                         Integer matchScore, String matchOrigin, int repetitions, String previousSource) {
    /** As stored before sources could be replaced (tests and callers that have no previous source). */
    public SegmentRow(long id, long documentId, long blockId, int position, String blockKind, String sourceText,
                      String targetText, SegmentStatus status, TargetOrigin origin, Double alignConfidence,
                      boolean alignFlagged, Long coveredBy, String lastEditor, LocalDateTime updatedAt,
                      int version, int openComments, int qaErrors, int qaWarnings,
                      Integer matchScore, String matchOrigin, int repetitions) {
        this(id, documentId, blockId, position, blockKind, sourceText, targetText, status, origin, alignConfidence, alignFlagged,
                coveredBy, lastEditor, updatedAt, version, openComments, qaErrors, qaWarnings, matchScore, matchOrigin, repetitions, null);
    }

    /** The same segment with another English (QA of a target still being typed). */
    public SegmentRow withTarget(String target) {
        return new SegmentRow(id, documentId, blockId, position, blockKind, sourceText, target, status, origin, alignConfidence,
                alignFlagged, coveredBy, lastEditor, updatedAt, version, openComments, qaErrors, qaWarnings,
                matchScore, matchOrigin, repetitions, previousSource);
    }

    /**
     * A segment is the same segment in every version: the editor's list compares rows with equals
     * to find the row being edited and to refresh one row after a save, and a refreshed row carries
     * a new version, text and counts.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentRow other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
