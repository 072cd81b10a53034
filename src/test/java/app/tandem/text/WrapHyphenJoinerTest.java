package app.tandem.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each case is a line-final hyphen from the seed articles, decided with LanguageTool's real dictionaries. */
class WrapHyphenJoinerTest {
    private final WrapHyphenJoiner ru = new WrapHyphenJoiner(Lang.RU, LanguageToolDictionary.of(Lang.RU));
    private final WrapHyphenJoiner en = new WrapHyphenJoiner(Lang.EN, LanguageToolDictionary.of(Lang.EN));

    @Test
    void lineBreakHyphenInsideAWordIsRemoved() {
        assertThat(ru.join("отноше", "нии").word()).isEqualTo("отношении"); // 000 line 2
        assertThat(ru.join("Зарождающа", "яся").word()).isEqualTo("Зарождающаяся"); // 000, across a page break
        assertThat(ru.join("соз", "дания").word()).isEqualTo("создания"); // 002, across a page break
        assertThat(ru.join("Закав", "казьем").word()).isEqualTo("Закавказьем");
    }

    @Test
    void compoundHyphenIsKept() {
        assertThat(ru.join("национально", "освободительному").word()).isEqualTo("национально-освободительному"); // 002
        assertThat(ru.join("воен", "но-политическом").word()).isEqualTo("военно-политическом"); // 000
        assertThat(ru.join("дер", "жава-победительница").word()).isEqualTo("держава-победительница"); // 000
        assertThat(ru.join("советско", "германская").word()).isEqualTo("советско-германская"); // 003
        assertThat(ru.join("торгово", "экономических").word()).isEqualTo("торгово-экономических"); // 004
        assertThat(ru.join("по", "прежнему").word()).isEqualTo("по-прежнему");
    }

    @Test
    void aQualitativeStemBeforeAnAdjectiveIsWrittenSolidWhereTheDictionaryListsTheWord() {
        assertThat(ru.join("тихо", "океанского").word()).isEqualTo("тихоокеанского");
        assertThat(ru.join("древне", "русской").word()).isEqualTo("древнерусской");
        assertThat(ru.join("средне", "азиатских").word()).isEqualTo("среднеазиатских");
        // a relative stem keeps the hyphen even so, and a stem the dictionary has no solid word for too
        assertThat(ru.join("финансово", "экономический").word()).isEqualTo("финансово-экономический");
        assertThat(ru.join("научно", "технического").word()).isEqualTo("научно-технического");
        // two nouns side by side keep theirs; a compound whose first part the document writes in another compound too
        assertThat(ru.join("ученые", "историки").word()).isEqualTo("ученые-историки");
        assertThat(ru.join("ноябре", "декабре").word()).isEqualTo("ноябре-декабре");
        assertThat(ru.join("Ойл", "компании", java.util.Set.of("ойл-трейдинг", "ойл", "трейдинг")).word()).isEqualTo("Ойл-компании");
    }

    @Test
    void capitalisedSecondPartIsACompoundName() {
        assertThat(ru.join("Брест", "Литовского").word()).isEqualTo("Брест-Литовского");
    }

    @Test
    void englishCompoundOfTwoWordsKeepsItsHyphen() {
        assertThat(en.join("post", "war").word()).isEqualTo("post-war"); // 004 "post- / war"
        assertThat(en.join("con", "sidered").word()).isEqualTo("considered");
    }

    @Test
    void everyDecisionCarriesAReason() {
        assertThat(ru.join("Перси", "ей").reason()).isNotBlank();
    }

    @Test
    void theDocumentsOwnSpellingDecidesWhereTheDictionaryCannot() {
        // a name the dictionary lacks, used alone elsewhere in the document: the hyphen joins two words
        assertThat(ru.join("Исмаил", "бея", java.util.Set.of("исмаил", "бей")).word()).isEqualTo("Исмаил-бея");
        assertThat(ru.join("Исмаил", "бея").word()).isEqualTo("Исмаилбея");
        // the author writes the word whole, or hyphenated, elsewhere
        assertThat(ru.join("контр", "адмирал", java.util.Set.of("контр-адмирал")).word()).isEqualTo("контр-адмирал");
        assertThat(ru.join("Наркомин", "дел", java.util.Set.of("наркоминдел")).word()).isEqualTo("Наркоминдел");
        // an abbreviation in capitals split at a line end is one word when the document writes it so
        assertThat(ru.join("ЦГА", "НХ", java.util.Set.of("цганх")).word()).isEqualTo("ЦГАНХ");
    }

    @Test
    void aNounCompoundWithALinkingVowelIsOneWordButCompassPointsKeepTheHyphen() {
        assertThat(ru.join("одно", "партийцы").word()).isEqualTo("однопартийцы");
        assertThat(ru.join("северо", "запад").word()).isEqualTo("северо-запад");
        assertThat(ru.join("военно", "морской").word()).isEqualTo("военно-морской");
    }

    @Test
    void hyphenatedWordsTheDictionaryListsWholeKeepTheirHyphen() {
        assertThat(ru.join("из", "за").word()).isEqualTo("из-за");
        assertThat(ru.join("из", "под").word()).isEqualTo("из-под");
    }
}
