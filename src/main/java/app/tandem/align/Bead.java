package app.tandem.align;

import java.util.List;

/** One alignment unit: 0-based sentence indices on each side (either may be empty) and a confidence in [0,1]. */
public record Bead(List<Integer> ru, List<Integer> en, double confidence) {
    public static final double LOW_CONFIDENCE = 0.5;

    public boolean lowConfidence() {
        return confidence < LOW_CONFIDENCE;
    }
}
