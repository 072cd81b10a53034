package app.tandem.cite;

import app.tandem.translit.Transliterator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Citations and references in English; running text keeps everything but its bracketed references. */
class CitationTranslatorTest {
    private final CitationTranslator cite = new CitationTranslator(Transliterator.of("wikipedia"));

    @Test
    void bracketedReferences() {
        assertThat(cite.translateLine("[1, с. 384]")).isEqualTo("[1, p. 384]");
        assertThat(cite.translateLine("[2, с. 317-318; 3, с. 113]")).isEqualTo("[2, pp. 317-318; 3, p. 113]");
        assertThat(cite.translateLine("[3, т. 1, с. 22]")).isEqualTo("[3, vol. 1, p. 22]");
        assertThat(cite.translateLine("[4, с. 5, 7]")).isEqualTo("[4, pp. 5, 7]");
        assertThat(cite.translateLine("[1; 4]")).isEqualTo("[1; 4]");
    }

    @Test
    void runningTextKeepsItsWordsAndTranslatesOnlyItsCitations() {
        String line = "По словам Г.В. Чичерина, Англия хотела «выкачать от нас все» [5, с. 645].";
        assertThat(cite.translateLine(line)).isEqualTo("По словам Г.В. Чичерина, Англия хотела «выкачать от нас все» [5, p. 645].");
    }

    @Test
    void aSentenceEndingWithItsSourceInParenthesesIsRunningText() {
        String line = "Этот договор должен дополнить договор, заключенный в Москве 16 марта 1921 г. (Нота НКИД. Д. 5. Л. 3).";
        assertThat(CitationTranslator.isReference(line)).isFalse();
        assertThat(cite.translateLine(line)).as("only the reference in parentheses changes")
                .isEqualTo("Этот договор должен дополнить договор, заключенный в Москве 16 марта 1921 г. (Nota NKID. D. 5. L. 3).");
        assertThat(cite.translateLine("Позиция изменилась (см. выше), как и ожидалось.")).isEqualTo("Позиция изменилась (см. выше), как и ожидалось.");
        assertThat(CitationTranslator.isReference("РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15.")).isTrue();
    }

    @Test
    void wholeReferences() {
        assertThat(cite.translateLine("Там же. С. 45.")).isEqualTo("Ibid. P. 45.");
        assertThat(cite.translateLine("Там же, с. 12–14.")).isEqualTo("Ibid., pp. 12–14.");
        assertThat(cite.translateLine("Указ. соч. С. 101.")).isEqualTo("Op. cit. P. 101.");
        assertThat(cite.translateLine("РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15 об.")).isEqualTo("RGASPI. F. 5. Op. 1. D. 2138. L. 15 verso.");
        assertThat(cite.translateLine("ГАРФ. Ф. Р-130. Оп. 4. Д. 12. Л. 3–5.")).isEqualTo("GARF. F. R-130. Op. 4. D. 12. L. 3–5.");
        assertThat(cite.translateLine("М.: Наука, 1990. 448 с.")).isEqualTo("Moscow: Nauka, 1990. 448 p.");
        assertThat(cite.translateLine("Л., 1930. 256 с.")).isEqualTo("Leningrad, 1930. 256 p.");
        assertThat(cite.translateLine("Вопросы истории. 2015. № 2. С. 60–71.")).isEqualTo("Voprosy istorii. 2015. No. 2. Pp. 60–71.");
        assertThat(cite.translateLine("Цит. по: Известия. 1922. 18 апреля.")).isEqualTo("Cited in: Izvestiya. 1922. 18 April.");
        assertThat(cite.translateLine("См. рис. 3 и табл. 2.")).isEqualTo("See fig. 3 i table 2.");
        assertThat(cite.translateLine("Т. А. Смирнова. М., 2001. Т. 2. С. 7.")).as("initials are no volume")
                .isEqualTo("T. A. Smirnova. Moscow, 2001. Vol. 2. P. 7.");
    }
}
