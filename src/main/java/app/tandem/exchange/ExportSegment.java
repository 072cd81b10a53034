package app.tandem.exchange;

/**
 * What exports need of a segment. {@code covered} segments have their translation on the previous
 * segment's target; {@code note} is the number of the footnote the segment belongs to, if it does.
 */
public record ExportSegment(long id, int number, String source, String target, String status, boolean covered,
                            int version, String comments, String note) {
    public ExportSegment(long id, int number, String source, String target, String status, boolean covered, int version, String comments) {
        this(id, number, source, target, status, covered, version, comments, null);
    }

    public boolean translated() {
        return target != null && !target.isBlank();
    }
}
