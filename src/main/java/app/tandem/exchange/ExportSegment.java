package app.tandem.exchange;

/** What exports need of a segment. {@code covered} segments have their translation on the previous segment's target. */
public record ExportSegment(long id, int number, String source, String target, String status, boolean covered,
                            int version, String comments) {
    public boolean translated() {
        return target != null && !target.isBlank();
    }
}
