package app.tandem.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordCounterTest {
    @Test
    void wordsAreRunsOfLettersOrDigitsAndAHyphenatedWordCountsOnce() {
        assertThat(WordCounter.count("В 1920-х гг. северо-западный край [8, с. 10] — и т.д.")).isEqualTo(11);
        assertThat(WordCounter.count("Ibid., pp. 12–14.")).isEqualTo(4);
        assertThat(WordCounter.count("  — … ")).isZero();
        assertThat(WordCounter.count(null)).isZero();
    }

    @Test
    void footnoteMarkersAndFormattingCodesAreNoWords() {
        assertThat(WordCounter.count("сами бедны»31.")).isEqualTo(2);
        assertThat(WordCounter.count("на западе1.")).isEqualTo(2);
        assertThat(WordCounter.count("журнал ⟨i⟩Вопросы истории⟨/i⟩ писал²")).isEqualTo(4);
    }

    @Test
    void bandsFollowTheScoreAndTheTableEndsWithItsTotal() {
        assertThat(MatchBand.ofFuzzy(99)).isEqualTo(MatchBand.FUZZY_95);
        assertThat(MatchBand.ofFuzzy(85)).isEqualTo(MatchBand.FUZZY_85);
        assertThat(MatchBand.ofFuzzy(84)).isEqualTo(MatchBand.FUZZY_75);
        assertThat(MatchBand.ofFuzzy(50)).isEqualTo(MatchBand.FUZZY_50);
        assertThat(MatchBand.ofFuzzy(49)).isEqualTo(MatchBand.NEW);
        Analysis a = new Analysis();
        a.add("Один два три.", "k1", new Analysis.MemoryMatch(false, true, 100));
        a.add("Один два три.", "k1", Analysis.MemoryMatch.NONE);
        a.add("Четыре пять.", "k2", new Analysis.MemoryMatch(false, false, 80));
        assertThat(a.toTsv()).isEqualTo("context\t0\t0\n100\t1\t3\nrepetitions\t1\t3\n95-99\t0\t0\n85-94\t0\t0\n75-84\t1\t2\n"
                + "50-74\t0\t0\nnew\t0\t0\ntotal\t3\t8\n");
        assertThat(a.toCsv()).startsWith("band,segments,words\r\ncontext,0,0\r\n");
    }
}
