package app.tandem.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** QA findings in Russian: one translation per message, its particulars as parameters. */
class FindingTextsTest {
    private final TandemI18nProvider i18n = new TandemI18nProvider();

    private String ru(String message) {
        return FindingTexts.translate(message, (key, params) -> i18n.getTranslation(key, Locale.forLanguageTag("ru"), params));
    }

    @Test
    void numbersQuotedWordsCitationsCodesAndMarkersAreParameters() {
        assertThat(ru("Number 1920 of the source is missing from the target")).isEqualTo("Числа 1920 из оригинала нет в переводе");
        assertThat(ru("Term \"революция\" should be translated as \"revolution\"")).isEqualTo("Термин «революция» переводится как «revolution»");
        assertThat(ru("\"upheaval\" is a forbidden translation of \"переворот\"; use \"coup\""))
                .isEqualTo("«upheaval» — запрещённый перевод «переворот»; используйте «coup»");
        assertThat(ru("The target lacks the final \".\" of the source")).isEqualTo("В переводе нет конечного знака «.», который есть в оригинале");
        assertThat(ru("Citation [8, с. 10] is missing from the target")).isEqualTo("Ссылки [8, с. 10] нет в переводе");
        assertThat(ru("Formatting code ⟨i⟩ is missing from the target")).isEqualTo("Кода форматирования ⟨i⟩ нет в переводе");
        assertThat(ru("Footnote marker ¹ is missing from the target")).isEqualTo("Знака сноски ¹ нет в переводе");
        assertThat(ru("Footnote markers are in another order than in the source (¹ ² ³)"))
                .isEqualTo("Знаки сносок стоят не в том порядке, что в оригинале (¹ ² ³)");
        assertThat(ru("Russian word left in the English target: слово")).isEqualTo("В английском переводе осталось русское слово: слово");
        assertThat(ru("Word mixes Latin and Cyrillic letters: Тimes")).isEqualTo("В слове смешаны латинские и кириллические буквы: Тimes");
        assertThat(ru("The same translation is used for 2 different sources")).isEqualTo("Тот же перевод стоит у разных оригиналов: 2");
        assertThat(ru("Repeated word \"the\"")).isEqualTo("Слово «the» повторено дважды");
    }

    @Test
    void aMessageWithoutTranslationStaysAsWritten() {
        assertThat(ru("Something no bundle knows about 3 things")).isEqualTo("Something no bundle knows about 3 things");
    }

    @Test
    void languageToolFindingsAreNamedByTheirKind() {
        assertThat(FindingTexts.languageToolKind("Spelling of \"recieve\": Possible spelling mistake found. [MORFOLOGIK_RULE_EN_US]")).isEqualTo("Spelling");
        assertThat(FindingTexts.languageToolKind("Put a space after the comma. [COMMA_PARENTHESIS_WHITESPACE]")).isEqualTo("Punctuation");
        assertThat(FindingTexts.languageToolKind("Did you mean \"independent of\"? [INDEPENDENTLY_FROM_OF]")).isEqualTo("Grammar");
        assertThat(FindingTexts.languageToolKind("This phrase is redundant. [REDUNDANCY_PHRASE]")).isEqualTo("Style");
        assertThat(FindingTexts.isLanguageTool("languagetool-en")).isTrue();
    }
}
