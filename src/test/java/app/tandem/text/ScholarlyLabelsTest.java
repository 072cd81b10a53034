package app.tandem.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScholarlyLabelsTest {
    @Test
    void aSegmentThatIsOnlyALabelGetsItsEnglishWithItsPunctuationAndCase() {
        assertThat(ScholarlyLabels.english("Аннотация:")).contains("Abstract:");
        assertThat(ScholarlyLabels.english("  Ключевые   слова: ")).contains("Keywords:");
        assertThat(ScholarlyLabels.english("Список литературы")).contains("References");
        assertThat(ScholarlyLabels.english("ВВЕДЕНИЕ")).contains("INTRODUCTION");
        assertThat(ScholarlyLabels.english("Заключение.")).contains("Conclusion.");
        assertThat(ScholarlyLabels.english("Примечания")).contains("Notes");
        assertThat(ScholarlyLabels.english("Сведения об авторе")).contains("About the author");
    }

    @Test
    void labelsInsideSentencesAndOtherShortSegmentsAreLeftAlone() {
        assertThat(ScholarlyLabels.english("Ключевые слова: внешняя политика, Турция")).isEmpty();
        assertThat(ScholarlyLabels.english("Введение в проблему")).isEmpty();
        assertThat(ScholarlyLabels.english("Литература по теме обширна.")).isEmpty();
        assertThat(ScholarlyLabels.english("1920 г.")).isEmpty();
        assertThat(ScholarlyLabels.english("")).isEmpty();
    }
}
