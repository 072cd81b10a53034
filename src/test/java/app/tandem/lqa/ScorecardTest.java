package app.tandem.lqa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardTest {
    @Test
    void threeErrorsOfEachSeverityCostThirtyOnePointsAndTheScoreFollowsTheFormula() {
        Scorecard s = Scorecard.of(1000, List.of(new Scorecard.Mark(MqmCategory.GRAMMAR, Severity.MINOR),
                new Scorecard.Mark(MqmCategory.OMISSION, Severity.MAJOR), new Scorecard.Mark(MqmCategory.TERMINOLOGY, Severity.CRITICAL)), 99.0);
        assertThat(s.penalty()).isEqualTo(31);
        assertThat(s.score()).isEqualTo(100 * (1 - 31 / 1000.0));
        assertThat(s.passed()).isFalse();
        assertThat(s.byCategoryCode()).containsEntry("fluency/grammar", 1).containsEntry("accuracy/omission", 1)
                .containsEntry("terminology", 1).containsEntry("style", 0).hasSize(9);
        assertThat(Scorecard.of(4000, List.of(new Scorecard.Mark(MqmCategory.STYLE, Severity.MAJOR)), 99.0).passed()).isTrue();
        assertThat(s.toCsv()).contains("penalty,31", "score,96.90", "passed,false");
    }

    @Test
    void nothingEvaluatedGivesNoScoreNotAHundred() {
        Scorecard none = Scorecard.of(2400, 0, List.of(), 99.0);
        assertThat(none.score()).isNull();
        assertThat(none.scored()).isFalse();
        assertThat(none.passed()).isFalse();
        assertThat(none.scoreText()).isEqualTo("none");
        assertThat(none.toCsv()).contains("words,2400", "evaluated words,0", "score,none");
    }

    @Test
    void thePenaltyIsWeighedAgainstTheWordsEvaluatedNotTheWholeDocument() {
        // the case: 7 of 177 segments reviewed (about 90 of 3,300 words), one major error
        Scorecard s = Scorecard.of(3300, 90, List.of(new Scorecard.Mark(MqmCategory.MISTRANSLATION, Severity.MAJOR)), 99.0);
        assertThat(s.score()).isCloseTo(100 * (1 - 5 / 90.0), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.passed()).isFalse();
        assertThat(s.words()).isEqualTo(3300);
        assertThat(s.evaluatedWords()).isEqualTo(90);
    }
}
