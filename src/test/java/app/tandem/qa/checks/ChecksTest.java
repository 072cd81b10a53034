package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.Glossary;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.QaEngine;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;
import app.tandem.qa.Side;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every check with a case it must report and a case it must let pass; sentences from the seeds where they have one. */
class ChecksTest {
    private static final QaContext NONE = QaContext.empty();

    private static List<Finding> run(QaCheck check, String ru, String en) {
        return check.check(new SegmentPair(ru, en), NONE);
    }

    private static List<Finding> errors(QaCheck check, String ru, String en, QaContext ctx) {
        return check.check(new SegmentPair(ru, en), ctx).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @Test
    void footnoteMarkersAndCodesAreNoPartOfFinalPunctuationOrConsistency() {
        // issue 34: a source ending "1922 г.¹" has its final mark before the marker
        assertThat(run(new FinalPunctuationCheck(), "Договор был подписан в 1922 г.¹", "The treaty was signed in 1922.")).isEmpty();
        assertThat(run(new FinalPunctuationCheck(), "Договор был подписан в ⟨i⟩1922 г.⟨/i⟩", "The treaty was signed in ⟨i⟩1922.⟨/i⟩")).isEmpty();
        assertThat(run(new FinalPunctuationCheck(), "Договор был подписан в 1922 г.¹", "The treaty was signed in 1922")).hasSize(1);
        // two sources that differ only by a marker are one source, not two given the same English
        List<SegmentPair> project = List.of(new SegmentPair("Договор был подписан в 1922 г.¹", "The treaty was signed in 1922."),
                new SegmentPair("Договор был подписан в 1922 г.", "The treaty was signed in 1922."));
        QaContext ctx = new QaContext(Glossary.empty(), List.of(), project);
        assertThat(new ConsistencyCheck().check(project.get(0), ctx)).isEmpty();
    }

    @Test
    void languageToolReadsTheSentenceWithoutCodesAndMarkersAndPointsIntoTheStoredText() {
        LanguageToolCheck en = LanguageToolCheck.english("en-US");
        assertThat(en.check(new SegmentPair("", "⟨i⟩The⟨/i⟩ treaty² was signed in Moscow.¹"), NONE)).isEmpty();
        String stored = "⟨b⟩The⟨/b⟩ treaty² was signned in Moscow.¹";
        Finding spelling = en.check(new SegmentPair("", stored), NONE).stream().filter(f -> f.message().contains("signned")).findFirst().orElseThrow();
        assertThat(stored.substring(spelling.start(), spelling.end())).isEqualTo("signned");
        // a marker after a question mark or a code is where it should be
        assertThat(run(new InlineElementCheck(), "Кто они?¹", "Who are they?¹")).isEmpty();
        assertThat(run(new InlineElementCheck(), "Это ⟨i⟩договор⟨/i⟩¹.", "It is the ⟨i⟩treaty⟨/i⟩¹.")).isEmpty();
    }

    @Test
    void emptyTarget() {
        assertThat(run(new EmptyTargetCheck(), "Россия имеет глубокие связи.", "")).hasSize(1);
        assertThat(run(new EmptyTargetCheck(), "Россия имеет глубокие связи.", "Russia has deep ties.")).isEmpty();
    }

    @Test
    void targetSameAsSource() {
        assertThat(run(new TargetSameAsSourceCheck(), "Россия имеет связи.", "Россия имеет связи.")).hasSize(1);
        assertThat(run(new TargetSameAsSourceCheck(), "1917–1922", "1917–1922")).isEmpty();
    }

    @Test
    void cyrillicInTarget() {
        List<Finding> f = run(new CyrillicInTargetCheck(), "Наркоминдел", "The Наркоминдел replied.");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).start()).isEqualTo(4);
        assertThat(f.get(0).end()).isEqualTo(15);
        assertThat(run(new CyrillicInTargetCheck(), "Наркоминдел ответил.", "Narkomindel replied.")).isEmpty();
    }

    @Test
    void mixedScriptHomoglyph() {
        // 001: "Тimes" with a Cyrillic Т
        List<Finding> f = run(new MixedScriptCheck(), "английская газета \"\u0422imes\" писала", "the English newspaper \"Times\" wrote");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).side()).isEqualTo(Side.SOURCE);
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(run(new MixedScriptCheck(), "газета", "the newspaper \"T\u0456mes\"")).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(run(new MixedScriptCheck(), "газета \"Times\"", "the newspaper \"Times\"")).isEmpty();
    }

    @Test
    void numbersAllowTheUsualConversions() {
        NumberMismatchCheck c = new NumberMismatchCheck();
        assertThat(errors(c, "в 1917–1922 гг.", "in 1917-1922", NONE)).isEmpty();
        assertThat(errors(c, "16 апреля 1922 г.", "on April 16, 1922", NONE)).isEmpty();
        assertThat(errors(c, "100 млн. руб.", "100 million roubles", NONE)).isEmpty();
        assertThat(errors(c, "30% оборота", "30% of the turnover", NONE)).isEmpty();
        assertThat(errors(c, "3,5 млн. рублей", "3.5 million roubles", NONE)).isEmpty();
        assertThat(errors(c, "в 20-е гг.", "in the 1920s", NONE)).isEmpty();
        assertThat(errors(c, "1 000 человек", "1,000 people", NONE)).isEmpty();
        assertThat(errors(c, "16 апреля 1922 г.", "on April 16, 1921", NONE)).hasSize(1);
        // numbers the Russian writes without digits: Roman centuries, numerals in words, thousands, times of day
        assertThat(c.check(new SegmentPair("В XVI веке", "In the 16th century"), NONE)).isEmpty();
        assertThat(c.check(new SegmentPair("после двухмесячного периода, в восемнадцатилетнем возрасте", "after the 2 month period, at 18"), NONE)).isEmpty();
        assertThat(c.check(new SegmentPair("от 3 до 5 тысяч фунтов", "£3,000-£5,000"), NONE)).isEmpty();
        assertThat(c.check(new SegmentPair("рынок (открыт с 06:30 до 10:00)", "the market (6.30-10am)"), NONE)).isEmpty();
        assertThat(c.check(new SegmentPair("Она выступит в 21:15.", "She will speak at 21.15."), NONE)).isEmpty();
        assertThat(c.check(new SegmentPair("Она выступит в 21:15.", "She will speak at 21.16."), NONE)).isNotEmpty();
        assertThat(c.check(new SegmentPair("В XVI веке", "In the 17th century"), NONE)).hasSize(1);
        assertThat(c.check(new SegmentPair("словно из 1970-х", "as if from the 1970s"), NONE)).isEmpty();
        assertThat(c.check(new SegmentPair("хит из 1960-х", "a 60s hit"), NONE)).isEmpty();
        assertThat(c.check(new SegmentPair("В начале 2000-х гг.", "In the early 2000s"), NONE)).isEmpty();
        assertThat(run(c, "в апреле", "in April 1922")).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void citationsAndFootnotes() {
        InlineElementCheck c = new InlineElementCheck();
        assertThat(run(c, "Термин был продуктом концепции [8, с. 10].", "The term was a product of the concept [8, p. 10].")).isEmpty();
        assertThat(run(c, "Термин был продуктом концепции [8, с. 10].", "The term was a product of the concept.")).hasSize(1);
        assertThat(run(c, "Они начали стягивать силы на западе1.", "They began to gather forces in the west1.")).isEmpty();
        assertThat(run(c, "Они начали стягивать силы на западе1.", "They began to gather forces in the west.")).hasSize(1);
    }

    @Test
    void citationNumbersAndPagesMustMatchTheSource() {
        QaEngine engine = new QaEngine("en-US", false);
        assertThat(run(new InlineElementCheck(), "Как писал он [2, с. 317-318; 3, с. 113].", "As he wrote [2, pp. 317-318; 3, p. 113].")).isEmpty();
        assertThat(run(new InlineElementCheck(), "Как писал он [2, с. 317-318; 3, с. 113].", "As he wrote [2, pp. 317-319; 3, p. 113]."))
                .extracting(Finding::severity).contains(Severity.ERROR);
        assertThat(engine.check(new SegmentPair("Там же. С. 45.", "Ibid. P. 46."), NONE)).extracting(Finding::severity).contains(Severity.ERROR);
        assertThat(engine.check(new SegmentPair("Там же. С. 45.", "Ibid. P. 45."), NONE)).extracting(Finding::severity).doesNotContain(Severity.ERROR);
    }

    @Test
    void formatCodesLostAddedOrBrokenAndMarkersReordered() {
        FormatCodeCheck c = new FormatCodeCheck();
        String ru = "⟨i⟩Генуэзская конференция⟨/i⟩ открылась в ⟨b⟩апреле⟨/b⟩.¹";
        assertThat(run(c, ru, "In ⟨b⟩April⟨/b⟩ the ⟨i⟩Genoa Conference⟨/i⟩ opened.¹")).as("pairs moved with the words").isEmpty();
        assertThat(run(c, ru, "The ⟨i⟩Genoa Conference⟨/i⟩ opened in April.¹")).extracting(Finding::message)
                .containsExactlyInAnyOrder("Formatting code ⟨b⟩ is missing from the target", "Formatting code ⟨/b⟩ is missing from the target");
        assertThat(run(c, ru, "The ⟨i⟩Genoa Conference⟨/i⟩ opened in ⟨b⟩April⟨/b⟩ ⟨u⟩1922⟨/u⟩.¹")).extracting(Finding::message)
                .contains("Formatting code ⟨u⟩ is not in the source");
        assertThat(run(c, ru, "The ⟨/i⟩Genoa Conference⟨i⟩ opened in ⟨b⟩April⟨/b⟩.¹")).extracting(Finding::message)
                .containsExactly("Formatting code ⟨/i⟩ is out of order: the pair it belongs to is broken");
        assertThat(run(c, "Договор¹ подписали в Рапалло².", "The treaty² was signed at Rapallo¹.")).extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
        assertThat(run(c, "Договор¹ подписали.", "The treaty¹ was signed.³")).extracting(Finding::message)
                .containsExactly("Footnote marker ³ is not in the source");
        assertThat(run(c, "Без кодов.", "No codes.")).isEmpty();
    }

    @Test
    void glossaryPreferredEquivalentInAnyInflectionAndForbiddenVariants() {
        Glossary g = new Glossary(List.of(new Glossary.Entry("Закавказье", List.of("Transcaucasia"), List.of("South Caucasus")),
                new Glossary.Entry("занимать", List.of("occupy"), List.of())));
        QaContext ctx = new QaContext(g, List.of(), List.of());
        GlossaryCheck c = new GlossaryCheck();
        assertThat(errors(c, "Закавказье занимает важное положение.", "Transcaucasia occupies an important position.", ctx)).isEmpty();
        assertThat(errors(c, "в Закавказье", "in the South Caucasus", ctx)).hasSize(2);
        assertThat(errors(c, "политика в отношении Закавказья", "the policy towards the region", ctx)).hasSize(1);
    }

    @Test
    void consistencyAcrossTheProject() {
        List<SegmentPair> project = new ArrayList<>(List.of(
                new SegmentPair("Россия имеет глубокие связи с Закавказьем.", "Russia has deep ties with Transcaucasia."),
                new SegmentPair("Россия имеет глубокие связи с Закавказьем.", "Russia is deeply tied to Transcaucasia.")));
        QaContext ctx = new QaContext(Glossary.empty(), List.of(), project);
        assertThat(new ConsistencyCheck().check(project.get(0), ctx)).hasSize(1);
        assertThat(new ConsistencyCheck().check(new SegmentPair("Другое.", "Something else entirely here."), ctx)).isEmpty();
    }

    @Test
    void finalPunctuation() {
        FinalPunctuationCheck c = new FinalPunctuationCheck();
        assertThat(errors(c, "Это было важно.", "This was important", NONE)).hasSize(1);
        assertThat(run(c, "Это правда?", "Is it true?")).isEmpty();
        assertThat(run(c, "Он сказал: «Мы ошиблись».", "He said: “We were wrong.”")).isEmpty();
        assertThat(run(c, "Это было важно [2, с. 13].", "This was important [2, p. 13].")).isEmpty();
        assertThat(run(c, "Это правда?", "It is true.")).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void bracketsAndQuotes() {
        assertThat(run(new BracketBalanceCheck(), "(см. выше", "(see above")).hasSize(1);
        assertThat(run(new BracketBalanceCheck(), "(см. выше)", "(see above) and \"quoted\"")).isEmpty();
        assertThat(run(new RussianQuotesCheck(), "«Декларация»", "the «Declaration»")).hasSize(2);
        assertThat(run(new RussianQuotesCheck(), "«Декларация»", "the “Declaration”")).isEmpty();
    }

    @Test
    void spacing() {
        assertThat(errors(new SpacingCheck(), "Да.", "The  policy.", NONE)).hasSize(1);
        assertThat(run(new SpacingCheck(), "Да.", "The policy , however.")).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(run(new SpacingCheck(), "Да.", "The policy, however.")).isEmpty();
    }

    @Test
    void missingSpaceAfterASentenceEnd() {
        // 000: "foreign policy.Soviet Russia's"
        assertThat(run(new MissingSpaceAfterSentenceCheck(), "", "in Soviet Russia's foreign policy.Soviet Russia's policy")).hasSize(1);
        assertThat(run(new MissingSpaceAfterSentenceCheck(), "", "V.I. Lenin wrote to info@example.Org and www.example.Com")).isEmpty();
    }

    @Test
    void repeatedWordAndInitialCapital() {
        assertThat(run(new RepeatedWordCheck(), "", "the the policy")).hasSize(1);
        assertThat(run(new RepeatedWordCheck(), "", "that that policy had had effects")).hasSize(2)
                .allMatch(f -> f.severity() == Severity.INFO);
        assertThat(run(new RepeatedWordCheck(), "", "It is is true that he didn't didn't see the well-known well-known case of 1921 1921."))
                .extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.WARNING);
        assertThat(run(new RepeatedWordCheck(), "Песня «Bye Bye»", "The song \"Bye Bye\"")).isEmpty();
        assertThat(run(new RepeatedWordCheck(), "", "the theory of the thesis, is it")).isEmpty();
        assertThat(run(new InitialCapitalCheck(), "Россия ответила.", "russia replied.")).hasSize(1);
        assertThat(run(new InitialCapitalCheck(), "Россия ответила.", "Russia replied.")).isEmpty();
    }

    @Test
    void lengthRatioLearnedFromTheProject() {
        List<SegmentPair> project = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            project.add(new SegmentPair("Это предложение средней длины номер " + i + ".", "This is a sentence of medium length number " + i + "."));
        }
        QaContext ctx = new QaContext(Glossary.empty(), List.of(), project);
        LengthRatioCheck c = new LengthRatioCheck();
        assertThat(c.check(new SegmentPair("Это предложение средней длины номер 5.", "Yes."), ctx)).hasSize(1);
        assertThat(c.check(new SegmentPair("Это предложение средней длины номер 5.", "This is a sentence of medium length number 5."), ctx)).isEmpty();
        assertThat(c.check(new SegmentPair("Это предложение средней длины номер 5.", "Yes."), NONE)).isEmpty();
    }

    @Test
    void languageToolOnTargetAndSourceWithProjectDictionary() {
        LanguageToolCheck en = LanguageToolCheck.english("en-US");
        assertThat(en.check(new SegmentPair("", "He go to the Narkomindel yesterday."), NONE)).isNotEmpty()
                .allMatch(f -> f.severity() == Severity.WARNING);
        QaContext dictionary = new QaContext(Glossary.empty(), List.of("Narkomindel"), List.of());
        assertThat(en.check(new SegmentPair("", "The Narkomindel replied."), dictionary)).isEmpty();
        // 001: the source typo "непроправимый" is reported, as information only
        List<Finding> ru = LanguageToolCheck.russian().check(new SegmentPair("Это был непроправимый шаг.", "x"), NONE);
        assertThat(ru).isNotEmpty().allMatch(f -> f.severity() == Severity.INFO && f.side() == Side.SOURCE);
    }

    @Test
    void namesAreNotSpellingMistakes() {
        LanguageToolCheck en = LanguageToolCheck.english("en-US");
        // transliterated from the source, or written the same there
        assertThat(en.check(new SegmentPair("Телеграмма Чичерину из Мемминген.", "A telegram to Chicherin from Memmingen."), NONE)).isEmpty();
        assertThat(en.check(new SegmentPair("Оператор SaskTel сообщил.", "SaskTel reported."), NONE)).isEmpty();
        // a misspelling stays one, and so does a British spelling under en-US
        assertThat(en.check(new SegmentPair("Телеграмма Чичерину.", "A telegam to Chicherin."), NONE)).hasSize(1);
        // a capitalised word no dictionary word is near is a foreign name; one near a known word is a slip
        assertThat(en.check(new SegmentPair("Руины города.", "The ruins of Uaxactun."), NONE)).isEmpty();
        assertThat(en.check(new SegmentPair("Решение правительства.", "A decision of the Goverment."), NONE)).hasSize(1);
        assertThat(en.check(new SegmentPair("Решение Кремля.", "A decision of the Kremiln."), NONE)).hasSize(1);
        // a name one keystroke from another name (Steedman) is still a name, at a sentence's start too;
        // a slip of a common word is reported there, and so are a known name's capitals written wrong
        assertThat(en.check(new SegmentPair("Раскопки вёл Стэдман.", "The excavation was led by Steadman."), NONE)).isEmpty();
        assertThat(en.check(new SegmentPair("Стэдман вёл раскопки.", "Steadman led the excavation."), NONE)).isEmpty();
        assertThat(en.check(new SegmentPair("Правительство решило.", "Goverment decided."), NONE)).hasSize(1);
        assertThat(en.check(new SegmentPair("Речь губернатора.", "A speech by the governor, Mcmanus."), NONE)).hasSize(1);
        // a lower-case borrowing transliterated from the source passes; a slip that looks like one does not
        assertThat(en.check(new SegmentPair("Камни, известные как массебот.", "Stones known as massebot."), NONE)).isEmpty();
        assertThat(en.check(new SegmentPair("Политическая система страны.", "The political sistem of the country."), NONE)).hasSize(1);
        assertThat(en.check(new SegmentPair("Опухоль Тумура.", "The tumour of Tumur."), NONE)).hasSize(1);
        // a capitalised word the translator writes alike in several sentences is a name they chose
        QaContext targets = QaContext.empty().withRecurringTargetWords(QaContext.recurringWords(
                List.of("The Bogd Khaan ruled.", "The Bogd Khaan died.")));
        assertThat(en.check(new SegmentPair("Богдо-гэгэн правил.", "The Bogd Khaan ruled."), targets)).isEmpty();
        assertThat(en.check(new SegmentPair("Богдо-гэгэн правил.", "The Bogd Khaan ruled."), NONE)).isNotEmpty();

        LanguageToolCheck ru = LanguageToolCheck.russian();
        // capitalised inside a sentence, recurring in the document, or a glossary term: not reported
        assertThat(ru.check(new SegmentPair("Вчера Кемаль написал Чичерину.", "x"), NONE)).isEmpty();
        QaContext recurring = QaContext.empty().withRecurringSourceWords(QaContext.recurringWords(
                List.of("Кемалисты победили.", "Кемалисты отступили.")));
        assertThat(ru.check(new SegmentPair("Кемалисты победили.", "x"), recurring)).isEmpty();
        assertThat(ru.check(new SegmentPair("Кемалисты победили.", "x"), NONE)).hasSize(1);
        QaContext glossary = new QaContext(new Glossary(List.of(new Glossary.Entry("наркоминдел", List.of("Narkomindel"), List.of()))),
                List.of(), List.of());
        assertThat(ru.check(new SegmentPair("Наркоминдел ответил.", "x"), glossary)).isEmpty();
    }
}
