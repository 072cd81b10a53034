package app.tandem.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentencePairSplitTest {
    private static final String RU1 = "Точная цель этих мегалитов все еще обсуждается, но они, возможно, представляют собой ханаанское «обрядовое место» середины Бронзового века, приблизительно 1600 г. до н.э.";
    private static final String RU2 = "Ханаанский город был разрушен во время пожара, предположительно в результате нападения египетского фараона Тутмоса III.";

    @Test
    void englishKeptTogetherAtAnAbbreviationIsCutWhereItsHalvesMatchTheRussian() {
        String en = "The exact purpose of these megaliths is still debated, but they may have constituted a Canaanite \"high place\" "
                + "from the Middle Bronze Age, ca. 1600 B.C.E. The Canaanite city was destroyed in a fire, presumably in the wake of a campaign by the Egyptian pharaoh Thutmose III.";
        assertThat(SentencePairSplit.split(en, RU1, RU2)).containsExactly(
                "The exact purpose of these megaliths is still debated, but they may have constituted a Canaanite \"high place\" from the Middle Bronze Age, ca. 1600 B.C.E.",
                "The Canaanite city was destroyed in a fire, presumably in the wake of a campaign by the Egyptian pharaoh Thutmose III.");
    }

    @Test
    void noCutThatFitsLeavesThePairWhole() {
        assertThat(SentencePairSplit.split("A short one. And then a very much longer English sentence that goes on and on for quite a while indeed.", RU1, RU2)).isNull();
        assertThat(SentencePairSplit.split("One sentence without any inner end at all, however long it may be in the end", RU1, RU2)).isNull();
    }

    @Test
    void aLabelInsideARunTogetherParagraphOpensABlockOfItsKind() {
        List<CleanBlock> blocks = DocumentPipeline.labelsInside(List.of(
                new CleanBlock(app.tandem.text.BlockKind.ABSTRACT, app.tandem.text.Lang.EN, "x",
                        List.of("They have one crack at redemption, beating England.", "Keywords: foreign policy, diplomacy, USSR."))));
        assertThat(blocks).extracting(CleanBlock::kind).containsExactly(app.tandem.text.BlockKind.ABSTRACT,
                app.tandem.text.BlockKind.LABEL, app.tandem.text.BlockKind.KEYWORDS);
        assertThat(blocks.get(2).sentences()).containsExactly("foreign policy, diplomacy, USSR.");
    }
}
