package app.tandem.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts agree with their number by each language's plural rules; numbers are written as the language writes them. */
class TandemI18nProviderTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private final TandemI18nProvider i18n = new TandemI18nProvider();

    @Test
    void russianCountsTakeTheFormTheirNumberNeeds() {
        String terms = ProjectsView.TERMS;
        assertThat(i18n.getTranslation(terms, RU, 1)).isEqualTo("1 термин");
        assertThat(i18n.getTranslation(terms, RU, 2)).isEqualTo("2 термина");
        assertThat(i18n.getTranslation(terms, RU, 5)).isEqualTo("5 терминов");
        assertThat(i18n.getTranslation(terms, RU, 11)).isEqualTo("11 терминов");
        assertThat(i18n.getTranslation(terms, RU, 21)).isEqualTo("21 термин");
        assertThat(i18n.getTranslation(terms, RU, 0)).isEqualTo("0 терминов");
        assertThat(i18n.getTranslation("repeated {0} more times in the document", RU, 3)).isEqualTo("повторяется в документе ещё 3 раза");
        assertThat(i18n.getTranslation("repeated {0} more times in the document", RU, 5)).isEqualTo("повторяется в документе ещё 5 раз");
        assertThat(i18n.getTranslation("{0} translated · {1} approved · {2} segments", RU, "3", "0", 42))
                .isEqualTo("3 переведено · 0 утверждено · 42 сегмента");
    }

    @Test
    void englishCountsToo() {
        assertThat(i18n.getTranslation(ProjectsView.TERMS, Locale.ENGLISH, 1)).isEqualTo("1 term");
        assertThat(i18n.getTranslation(ProjectsView.TERMS, Locale.ENGLISH, 54)).isEqualTo("54 terms");
        assertThat(i18n.getTranslation("{0,plural,one{# term} other{# terms}} imported", Locale.ENGLISH, 1)).isEqualTo("1 term imported");
        assertThat(i18n.getTranslation("repeated {0} more times in the document", Locale.ENGLISH, 2)).isEqualTo("repeated 2 more times in the document");
    }

    @Test
    void numbersAsTheLanguageWritesThem() {
        assertThat(i18n.getTranslation("{0,number,#0.00}", RU, 99.85)).isEqualTo("99,85");
        assertThat(i18n.getTranslation("{0,number,#0.00}", Locale.ENGLISH, 99.85)).isEqualTo("99.85");
        // names and other text pass through untouched, apostrophes included
        assertThat(i18n.getTranslation("Segment {0}", Locale.ENGLISH, "O'Brien's")).isEqualTo("Segment O'Brien's");
    }
}
