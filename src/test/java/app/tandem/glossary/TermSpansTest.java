package app.tandem.glossary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermSpansTest {
    @Test
    void longestOfOverlappingTermsIsMarkedAndTheTextIsKeptWhole() {
        String s = "Заслуженный деятель науки и внешняя политика.";
        List<TermMatch> matches = List.of(
                new TermMatch(0, "деятель", 12, 19),
                new TermMatch(1, "заслуженный деятель", 0, 19),
                new TermMatch(2, "внешняя политика", 28, 44));
        List<TermSpans.Piece> pieces = TermSpans.split(s, matches);
        assertThat(pieces).extracting(TermSpans.Piece::text)
                .containsExactly("Заслуженный деятель", " науки и ", "внешняя политика", ".");
        assertThat(pieces).extracting(TermSpans.Piece::isTerm).containsExactly(true, false, true, false);
        assertThat(pieces.get(0).match().term()).isEqualTo("заслуженный деятель");
        assertThat(String.join("", pieces.stream().map(TermSpans.Piece::text).toList())).isEqualTo(s);
    }

    @Test
    void noTermsLeavesOnePlainPiece() {
        assertThat(TermSpans.split("Текст.", List.of())).containsExactly(new TermSpans.Piece("Текст.", null));
        assertThat(TermSpans.split("", List.of())).isEmpty();
    }
}
