package app.tandem.analysis;

import java.util.Optional;

/** The rows of an analysis, best first, as CAT tools quote them. */
public enum MatchBand {
    CONTEXT("context"),
    EXACT("100"),
    REPETITIONS("repetitions"),
    FUZZY_95("95-99"),
    FUZZY_85("85-94"),
    FUZZY_75("75-84"),
    FUZZY_50("50-74"),
    NEW("new");

    /** The lowest memory score that still counts as a fuzzy match. */
    public static final int MIN_FUZZY = 50;

    private final String label;

    MatchBand(String label) {
        this.label = label;
    }

    /** The band's name in reports, the CSV and the command's output. */
    public String label() {
        return label;
    }

    /** The band of a fuzzy match's score; a score of 100 that is no exact match (case, spacing, quotes) is 95-99. */
    public static MatchBand ofFuzzy(int score) {
        if (score >= 95) {
            return FUZZY_95;
        }
        if (score >= 85) {
            return FUZZY_85;
        }
        if (score >= 75) {
            return FUZZY_75;
        }
        return score >= MIN_FUZZY ? FUZZY_50 : NEW;
    }

    public static Optional<MatchBand> byLabel(String label) {
        for (MatchBand b : values()) {
            if (b.label.equals(label)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
