package app.tandem.qa;

/** A Russian source sentence and its English target (null or empty when untranslated). */
public record SegmentPair(String source, String target) {
    public boolean hasTarget() {
        return target != null && !target.isBlank();
    }
}
