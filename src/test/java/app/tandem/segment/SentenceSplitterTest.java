package app.tandem.segment;

import app.tandem.text.Lang;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each case comes from a seed article; the splitter is the production one (trained model + rules). */
class SentenceSplitterTest {
    private final SentenceSplitter splitter = SentenceSplitter.standard();

    @Test
    void initialsDoNotEndASentence() {
        assertThat(splitter.split("Об этом писал В.И. Ленин в статье. Нарком Г. В. Чичерин возражал.", Lang.RU))
                .containsExactly("Об этом писал В.И. Ленин в статье.", "Нарком Г. В. Чичерин возражал.");
        assertThat(splitter.split("Телеграмма ушла по плану Г.Чичерина и об этом знали немногие.", Lang.RU)).hasSize(1);
        assertThat(splitter.split("Британский премьер Д. Ллойд Джордж выступил в парламенте.", Lang.RU)).hasSize(1);
    }

    @Test
    void yearAbbreviationEndsASentenceOnlyWhenANewOneStarts() {
        // 004: "... в апреле 1922 г. И хотя ..." is two sentences
        assertThat(splitter.split("Конференция открылась в Генуе в апреле 1922 г. И хотя полного урегулирования не произошло, договор был подписан.", Lang.RU))
                .hasSize(2);
        // 000: "... 1 ноября 1917 г. была издана ..." is one
        assertThat(splitter.split("1 ноября 1917 г. была издана «Декларация прав народов России».", Lang.RU)).hasSize(1);
        // 004: a date phrase without a verb is not a sentence yet
        assertThat(splitter.split("Ещё в январе 1920 г. Совет Антанты в Париже снял блокаду.", Lang.RU)).hasSize(1);
        // 004: "... 30 апреля 1922 г. Базовый аэродром ..."
        assertThat(splitter.split("Они начались с 30 апреля 1922 г. Базовый аэродром был в Липецке.", Lang.RU)).hasSize(2);
    }

    @Test
    void abbreviationsInsideASentenceAreKept() {
        assertThat(splitter.split("Весь оборот укладывался в 100 млн. руб., что составляло немного. Это был минимум.", Lang.RU))
                .containsExactly("Весь оборот укладывался в 100 млн. руб., что составляло немного.", "Это был минимум.");
        assertThat(splitter.split("Британия действовала через суд, полицию и т.д., и в то же время готовила базу.", Lang.RU)).hasSize(1);
        assertThat(splitter.split("Плотность населения составляет 13 чел. / км2 в среднем по району.", Lang.RU)).hasSize(1);
    }

    @Test
    void enumerationEndingWithEtceteraEndsTheSentenceBeforeACapital() {
        // no verb before the abbreviation, so the "1922 г." rule alone would keep these together
        assertThat(splitter.split("Походы Александра Македонского, войны диадохов и т. п. Состоянием флота занимался штаб.", Lang.RU))
                .containsExactly("Походы Александра Македонского, войны диадохов и т. п.", "Состоянием флота занимался штаб.");
        assertThat(splitter.split("Зерно, лес, нефть, лён и т.д. Вывоз был меньше.", Lang.RU)).hasSize(2);
    }

    @Test
    void citationsStayWithTheSentenceTheyFollow() {
        assertThat(splitter.split("Я думаю, что можем сделать это с помощью торговли [2, с. 317-318; 3, с. 113]. Для Советской России это было важно.", Lang.RU))
                .containsExactly("Я думаю, что можем сделать это с помощью торговли [2, с. 317-318; 3, с. 113].", "Для Советской России это было важно.");
        // 000: citation after the full stop belongs to the sentence before it
        assertThat(splitter.split("Сложилось двоевластие советов рабочих и солдатских депутатов. [2, с. 13] Под влиянием войны всё изменилось.", Lang.RU))
                .containsExactly("Сложилось двоевластие советов рабочих и солдатских депутатов. [2, с. 13]", "Под влиянием войны всё изменилось.");
        // 001: a reference in parentheses with its own full stops
        assertThat(splitter.split("Он навестит Вас\" (Halil Paşa. Bitmeyen Savaş. İstanbul, 1972, S.358). Присутствие Халил-паши усиливало подозрения.", Lang.RU))
                .hasSize(2);
    }

    @Test
    void footnoteNumbersGluedToWordsDoNotSplit() {
        assertThat(splitter.split("Они начали стягивать все силы для борьбы на западе1. В 1920 г. в Анкаре прошло заседание.", Lang.RU))
                .containsExactly("Они начали стягивать все силы для борьбы на западе1.", "В 1920 г. в Анкаре прошло заседание.");
        // 000: "стратегию.1 ноября 1917 г." is not split inside the token
        assertThat(splitter.split("Россия приняла стратегию.1 ноября 1917 г. была издана декларация.", Lang.RU)).hasSize(1);
    }

    @Test
    void missingSpaceAfterAFullStopIsABoundary() {
        assertThat(splitter.split("Transcaucasia occupies an important position in Soviet Russia's foreign policy.Soviet Russia's foreign policy towards Transcaucasia was a choice.", Lang.EN))
                .containsExactly("Transcaucasia occupies an important position in Soviet Russia's foreign policy.",
                        "Soviet Russia's foreign policy towards Transcaucasia was a choice.");
        assertThat(splitter.split("помощи Белой армии, надеясь подавить советский режим.[7, с. 48] Однако британское господство продлилось недолго.", Lang.RU))
                .hasSize(2);
    }

    @Test
    void quotationOpenedWithAnEllipsisContinuesTheSentence() {
        assertThat(splitter.split("Ленин надеялся на новую полосу в отношениях с капиталистическим миром. «… Мы, — писал он, — отвоевали себе условия».", Lang.RU))
                .hasSize(1);
    }

    @Test
    void englishAbbreviationsAndInitials() {
        assertThat(splitter.split("The government headed by V.I. Lenin signed it. Mr. Lloyd George agreed.", Lang.EN))
                .containsExactly("The government headed by V.I. Lenin signed it.", "Mr. Lloyd George agreed.");
    }

    @Test
    void textWithoutPunctuationIsOneSentence() {
        assertThat(splitter.split("просто текст без знаков препинания и без конца", Lang.RU)).hasSize(1);
        assertThat(splitter.split("", Lang.RU)).isEmpty();
    }

    @Test
    void aReferenceInParenthesesAfterTheFinalPunctuationBelongsToTheSentenceBeforeIt() {
        assertThat(splitter.split("Кто мог тогда поручиться за верность союзников? (Письмо Л.Карахана Н.Нариманову. 04.03.1922 "
                + "// Архив внешней политики РФ). Ответа на этот вопрос не было.", Lang.RU)).containsExactly(
                "Кто мог тогда поручиться за верность союзников? (Письмо Л.Карахана Н.Нариманову. 04.03.1922 // Архив внешней политики РФ).",
                "Ответа на этот вопрос не было.");
        // a book with its year and page is a reference too
        assertThat(splitter.split("Договор был подписан в марте 1922 года. (J. Smith. Treaties and Envoys. London, 1998, P.114-116). "
                + "Делегация вернулась домой.", Lang.RU)).hasSize(2);
        // a parenthetical sentence of its own stays one
        assertThat(splitter.split("Переговоры шли трудно. (В 1923 г. положение изменилось.) Делегация уехала.", Lang.RU)).hasSize(3);
    }

    @Test
    void aSentenceStartsAfterAClosingReferenceEvenWithoutAFullStop() {
        assertThat(splitter.split("Переговоры шли трудно (Доклад полпреда С.Аралова. 12.05.1923 // Коллекция документов АВП РФ) "
                + "Делегация покинула Анкару в июне.", Lang.RU)).containsExactly(
                "Переговоры шли трудно (Доклад полпреда С.Аралова. 12.05.1923 // Коллекция документов АВП РФ)",
                "Делегация покинула Анкару в июне.");
        // an ordinary parenthesis before a capitalised name continues the sentence
        assertThat(splitter.split("Письмо (от 12 мая) Карахан получил только в июне.", Lang.RU)).hasSize(1);
        // a citation in brackets closes its sentence when both sides have a verb
        assertThat(splitter.split("Стороны обменялись нотами в начале года [7, с. 41] К лету переговоры возобновились.", Lang.RU))
                .containsExactly("Стороны обменялись нотами в начале года [7, с. 41]", "К лету переговоры возобновились.");
        assertThat(splitter.split("По данным [4] Германия получила половину заказов.", Lang.RU)).hasSize(1);
    }

    @Test
    void aYearAbbreviationEndsASentenceBeforeANameThatHasAVerbOfItsOwn() {
        assertThat(splitter.split("Торговые связи развивались в 1923–1925 гг. Наркомвнешторг открыл представительство в Стамбуле.", Lang.RU))
                .hasSize(2);
        assertThat(splitter.split("Первые контакты установились весной 1920 г. Нариманов направил письмо в Москву.", Lang.RU))
                .hasSize(2);
        assertThat(splitter.split("Договор подписали в 1921 г. Карахан и Нариманов.", Lang.RU)).hasSize(1);
        assertThat(splitter.split("В 1921 г. Нариманов прибыл в Бухару.", Lang.RU)).hasSize(1);
        // a noun in an oblique case after "г." goes on the sentence, unless a finite verb follows it
        assertThat(splitter.split("Об этом говорилось в письме, отправленном 3 мая 1925 г. Наркоминделом советским "
                + "полпредам и предлагавшем им готовить ответ.", Lang.RU)).hasSize(1);
        assertThat(splitter.split("Соглашение продлили в 1926 г. Правительству пришлось уступить.", Lang.RU)).hasSize(2);
        // a sentence that opens with a date has no verb before its "г." yet
        assertThat(splitter.split("Он считался опытным дипломатом. 14 марта 1922 г. Н. Нариманов во главе делегации прибыл в Анкару.", Lang.RU))
                .containsExactly("Он считался опытным дипломатом.", "14 марта 1922 г. Н. Нариманов во главе делегации прибыл в Анкару.");
    }

    @Test
    void aFootnoteNumberGluedAfterTheFullStopEndsTheSentence() {
        assertThat(splitter.split("Торговля шла через порты Черного моря.14 В начале 1922 г. положение изменилось.", Lang.RU))
                .containsExactly("Торговля шла через порты Черного моря.14", "В начале 1922 г. положение изменилось.");
        assertThat(splitter.split("Контрабанда процветала в начале 1920-х гг.7 Правительство пыталось ее остановить.", Lang.RU)).hasSize(2);
        // after an abbreviation that never ends a sentence, digits are a volume or page
        assertThat(splitter.split("См. т.2 Собрания сочинений.", Lang.RU)).hasSize(1);
    }

    @Test
    void aNumberAfterASentenceEndOpensAnItemOfAList() {
        assertThat(splitter.split("Делегации условились о трёх вещах. 1. Пошлины снижаются вдвое. 2. Транзит открыт для всех. 3. Долги отсрочены.", Lang.RU))
                .containsExactly("Делегации условились о трёх вещах.", "1. Пошлины снижаются вдвое.", "2. Транзит открыт для всех.", "3. Долги отсрочены.");
        // a numbered heading run into the paragraph before it
        assertThat(splitter.split("К осени торговля почти прекратилась. 4. Отношения с державами Европы", Lang.RU))
                .containsExactly("К осени торговля почти прекратилась.", "4. Отношения с державами Европы");
        // a page number after an abbreviation ends a reference, and a date's day is no item
        assertThat(splitter.split("Там же. С. 45. Однако позднее он изменил мнение.", Lang.RU))
                .containsExactly("Там же.", "С. 45.", "Однако позднее он изменил мнение.");
        assertThat(splitter.split("Ibid. P. 12. The author later changed his view.", Lang.EN)).hasSize(3);
        // a number that ends a sentence stays with it
        assertThat(splitter.split("Всего было подписано 12 договоров, а ратифицировано 5. Остальные так и не вступили в силу.", Lang.RU)).hasSize(2);
    }
}
