package app.tandem.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Service messages with counts and names, in Russian through the interface's own bundle. */
class NumberedMessagesTest {
    private final TandemI18nProvider i18n = new TandemI18nProvider();

    private String ru(String message) {
        return NumberedMessages.translate(message, (key, params) -> i18n.getTranslation(key, Locale.forLanguageTag("ru"), params));
    }

    private String en(String message) {
        return NumberedMessages.translate(message, (key, params) -> i18n.getTranslation(key, Locale.ENGLISH, params));
    }

    @Test
    void countsAndQuotedNamesBecomeParametersOfOneTranslation() {
        assertThat(ru("12 citations and reference entries drafted in English"))
                .isEqualTo("ссылок и записей списка литературы переведено черновиками: 12");
        assertThat(ru("the reviewer 'tina' has no reviewer role")).isEqualTo("У пользователя «tina» нет роли рецензента");
        assertThat(ru("40 pre-translated from memory (0 context, 40 exact matches)"))
                .isEqualTo("из памяти заполнено 40 (в контексте — 0, точных — 40)");
    }

    @Test
    void aMessageWithoutTranslationAndEveryEnglishOneStayAsWritten() {
        assertThat(ru("something no bundle knows, 3 times")).isEqualTo("something no bundle knows, 3 times");
        assertThat(en("the reviewer 'tina' has no reviewer role")).isEqualTo("the reviewer 'tina' has no reviewer role");
        assertThat(en("it's 5 o'clock")).isEqualTo("it's 5 o'clock");
    }
}
