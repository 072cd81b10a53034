package app.tandem.qa.checks;

import app.tandem.names.NameSpellings;
import app.tandem.names.PersonNameFinder;
import app.tandem.qa.Finding;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One person written two ways in a document's English, and a name written otherwise than its approved English. */
class NameConsistencyCheckTest {
    private static final String[][] DOCUMENT = {
            {"Копп сообщил Г.В. Чичерину о переговорах.", "Kopp told G.V. Chicherin about the talks."},
            {"Г.В. Чичерин ответил сразу.", "G.V. Chicherin answered at once."},
            {"Позиция Г.В. Чичерина была твёрдой.", "G.V. Chicherin's position was firm."},
            {"Л.Д. Троцкий возражал.", "L.D. Trotsky objected."}};
    private final NameConsistencyCheck check = new NameConsistencyCheck();

    private List<Finding> run(Map<String, String> approved, String source, String target) {
        NameSpellings spellings = new NameSpellings(new PersonNameFinder(), approved);
        for (int i = 0; i < DOCUMENT.length; i++) {
            spellings.put(i, DOCUMENT[i][0], DOCUMENT[i][1]);
        }
        spellings.put(99, source, target);
        return check.check(new SegmentPair(source, target), QaContext.empty().withNameSpellings(spellings));
    }

    @Test
    void aPersonWrittenAnotherWayThanInTheRestOfTheDocument() {
        assertThat(run(Map.of(), "Г.В. Чичерин уехал в Геную.", "G.V. Tchitcherine left for Genoa."))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("\"Chicherin\" elsewhere").contains("Tchitcherine"));
        assertThat(run(Map.of(), "Г.В. Чичерин уехал в Геную.", "G.V. Chicherin left for Genoa.")).isEmpty();
        assertThat(run(Map.of(), "Л.Д. Троцкий уехал.", "L.D. Trotsky left.")).isEmpty();
    }

    @Test
    void aNameWrittenOtherwiseThanItsApprovedEnglish() {
        Map<String, String> approved = Map.of("г.в.|чичерин", "G.V. Chicherin");
        assertThat(run(approved, "Г.В. Чичерин уехал.", "G.V. Chicherine left.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("names list"));
        assertThat(run(approved, "Г.В. Чичерин уехал.", "G.V. Chicherin left.")).isEmpty();
    }
}
