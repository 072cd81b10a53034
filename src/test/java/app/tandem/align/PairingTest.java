package app.tandem.align;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PairingTest {
    private static final List<String> RU = List.of("Первое.", "Второе.", "Третье.");

    private static Pairing shifted() {
        // the second Russian sentence's English sits on the first (2:1), the third's on the second
        return Pairing.ofTargets(RU, Arrays.asList("First. Second.", "Third.", null), t -> List.of(t.split("(?<=\\.) ")));
    }

    @Test
    void theTargetsSentencesLinkToTheirRussianSentence() {
        Pairing p = shifted();
        assertThat(p.english()).containsExactly("First.", "Second.", "Third.");
        assertThat(p.englishOf(0)).containsExactly(0, 1);
        assertThat(p.target(2)).isNull();
    }

    @Test
    void movingEachEnglishSentenceToItsNeighbourFixesAShiftedPassage() {
        Pairing fixed = shifted().move(2, +1).move(1, +1);
        assertThat(fixed.target(0)).isEqualTo("First.");
        assertThat(fixed.target(1)).isEqualTo("Second.");
        assertThat(fixed.target(2)).isEqualTo("Third.");
    }

    @Test
    void disconnectKeepsTheSentenceListedAndConnectPutsItAnywhere() {
        Pairing p = shifted().disconnect(1);
        assertThat(p.free()).containsExactly(1);
        assertThat(p.target(0)).isEqualTo("First.");
        assertThat(p.connect(1, 2).target(2)).isEqualTo("Second.");
        // a free sentence moved up goes to the last Russian sentence, down to the first
        assertThat(p.move(1, -1).target(2)).isEqualTo("Second.");
        assertThat(p.move(1, +1).target(0)).isEqualTo("First. Second.");
    }

    @Test
    void mergeJoinsTheNextSentenceIntoTheSameTargetInOrder() {
        Pairing p = shifted().move(1, +1).mergeWithNext(1);
        assertThat(p.target(1)).isEqualTo("Second. Third.");
        assertThat(p.target(0)).isEqualTo("First.");
        assertThat(p.target(2)).isNull();
    }

    @Test
    void movesStopAtThePassagesEnds() {
        Pairing p = shifted();
        assertThat(p.move(0, -1)).isEqualTo(p);
        assertThat(p.move(2, +1).move(2, +1).target(2)).isEqualTo("Third.");
    }
}
