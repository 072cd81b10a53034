package app.tandem.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** QA findings in Russian: one translation per message, its particulars as parameters. */
class FindingTextsTest {
    private final TandemI18nProvider i18n = new TandemI18nProvider();

    private String ru(String message) {
        return app.tandem.i18n.FindingWords.translate(message, (key, params) -> i18n.getTranslation(key, Locale.forLanguageTag("ru"), params));
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
        assertThat(app.tandem.i18n.FindingWords.languageToolKind("Spelling of \"recieve\": Possible spelling mistake found. [MORFOLOGIK_RULE_EN_US]")).isEqualTo("Spelling");
        assertThat(app.tandem.i18n.FindingWords.languageToolKind("Put a space after the comma. [COMMA_PARENTHESIS_WHITESPACE]")).isEqualTo("Punctuation");
        assertThat(app.tandem.i18n.FindingWords.languageToolKind("Did you mean \"independent of\"? [INDEPENDENTLY_FROM_OF]")).isEqualTo("Grammar");
        assertThat(app.tandem.i18n.FindingWords.languageToolKind("This phrase is redundant. [REDUNDANCY_PHRASE]")).isEqualTo("Style");
        assertThat(app.tandem.i18n.FindingWords.isLanguageTool("languagetool-en")).isTrue();
    }

    /**
     * Every check but LanguageTool, on sentences that make each of them speak, in the contexts they
     * need (a glossary, the project's other sentences, the document's names): each message has its
     * Russian, and every check has a Russian name.
     */
    @Test
    void everyCheckSpeaksRussian() {
        java.util.List<app.tandem.qa.SegmentPair> project = new java.util.ArrayList<>(java.util.List.of(
                new app.tandem.qa.SegmentPair("Россия имеет глубокие связи с Закавказьем.", "Russia has deep ties with Transcaucasia."),
                new app.tandem.qa.SegmentPair("Россия имеет глубокие связи с Закавказьем.", "Russia is deeply tied to Transcaucasia."),
                new app.tandem.qa.SegmentPair("Совсем другое предложение о другом.", "Russia has deep ties with Transcaucasia.")));
        for (int i = 0; i < 20; i++) {
            project.add(new app.tandem.qa.SegmentPair("Это предложение средней длины номер " + i + ".", "This is a sentence of medium length number " + i + "."));
        }
        app.tandem.qa.Glossary glossary = new app.tandem.qa.Glossary(java.util.List.of(
                new app.tandem.qa.Glossary.Entry("Закавказье", java.util.List.of("Transcaucasia"), java.util.List.of("South Caucasus"))));
        app.tandem.names.NameSpellings names = new app.tandem.names.NameSpellings(new app.tandem.names.PersonNameFinder(),
                java.util.Map.of("л.д.|троцкий", "L.D. Trotsky"));
        names.put(1, "Г.В. Чичерин ответил сразу.", "G.V. Chicherin answered at once.");
        names.put(2, "Позиция Г.В. Чичерина была твёрдой.", "G.V. Chicherin's position was firm.");
        String[][] pairs = {
                {"Россия имеет глубокие связи с Закавказьем.", "Russia has deep ties with Transcaucasia."},
                {"Договор (1921) подписан.", "The treaty (1921 was signed."},
                {"Он сказал «да».", "He said «yes»."},
                {"Он сказал \"да\".", "He said \"yes."},
                {"Договор подписан.", ""},
                {"Договор подписан.", "Договор подписан."},
                {"Договор подписан.", "The treaty was signed"},
                {"Договор подписан", "The treaty was signed."},
                {"Договор подписан?", "The treaty was signed."},
                {"В 1921 г. договор подписан.", "In 1922 the treaty was signed."},
                {"Договор подписан [8, с. 10].", "The treaty was signed [9, p. 10]."},
                {"Договор подписан.¹", "The treaty was signed."},
                {"Договор¹ подписан.²", "The treaty² was signed.¹"},
                {"⟨b⟩Договор⟨/b⟩ подписан.", "The treaty was signed."},
                {"⟨b⟩Договор⟨/b⟩ подписан.", "⟨/b⟩The treaty⟨b⟩ was signed."},
                {"Договор подписан.", "the the treaty was signed."},
                {"Договор подписан.", "The treaty  was signed ."},
                {"Договор подписан. Он вступил в силу.", "The treaty was signed.It came into force."},
                {"Договор подписан.", "The trеaty was signed in Москве."},
                {"Это предложение средней длины номер 5.", "Yes."},
                {"в Закавказье", "in the South Caucasus"},
                {"политика в отношении Закавказья", "the policy towards the region"},
                {"Г.В. Чичерин уехал в Геную.", "G.V. Tchitcherine left for Genoa."},
                {"Л.Д. Троцкий уехал.", "L.D. Trotskii left."},
        };
        java.util.Set<String> untranslated = new java.util.TreeSet<>();
        java.util.Set<String> checks = new java.util.TreeSet<>();
        for (app.tandem.qa.QaCheck check : new app.tandem.qa.QaEngine("en-US", false, true).checks()) {
            for (String[] p : pairs) {
                names.put(99, p[0], p[1]);
                app.tandem.qa.QaContext ctx = new app.tandem.qa.QaContext(glossary, java.util.List.of(), project).withNameSpellings(names);
                for (app.tandem.qa.Finding f : check.check(new app.tandem.qa.SegmentPair(p[0], p[1]), ctx)) {
                    checks.add(f.checkId());
                    if (ru(f.message()).equals(f.message())) {
                        untranslated.add(f.checkId() + ": " + f.message());
                    }
                }
            }
        }
        assertThat(checks).as("checks that spoke").contains("unbalanced", "russian-quotes", "empty-target", "target-equals-source",
                "cyrillic-in-target", "final-punctuation", "number-mismatch", "inline-element", "format-codes", "repeated-word",
                "initial-capital", "spacing", "missing-space", "mixed-script", "length-ratio", "glossary", "consistency", "name-consistency");
        assertThat(untranslated).as("messages without a Russian translation").isEmpty();
        for (String id : checks) {
            assertThat(app.tandem.i18n.FindingWords.checkName(id)).as("the name of " + id).isNotEqualTo(id);
            assertThat(i18n.getTranslation(app.tandem.i18n.FindingWords.checkName(id), Locale.forLanguageTag("ru"))).as("the Russian name of " + id)
                    .isNotEqualTo(app.tandem.i18n.FindingWords.checkName(id));
        }
    }
}
