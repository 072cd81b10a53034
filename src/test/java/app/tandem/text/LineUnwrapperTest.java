package app.tandem.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineUnwrapperTest {
    private final LineUnwrapper unwrapper = new LineUnwrapper(LanguageToolDictionary.of(Lang.RU), LanguageToolDictionary.of(Lang.EN));

    private List<String> paragraphs(String text) {
        return unwrapper.unwrap(text).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void pageBreakInMidWordJoinsTheWord() {
        // seed 000: "Зарождающа-" / blank line / "яся"
        String text = """
                 Эволюция внешней политики Советской России в отношении Закавказья в 1917–1922 годах была
                сложным и поисковым процессом. Зарождающа-

                яся советская власть решительно разорвала наследственные связи с Российской империей.
                """;
        assertThat(paragraphs(text)).containsExactly(
                "Эволюция внешней политики Советской России в отношении Закавказья в 1917–1922 годах была "
                        + "сложным и поисковым процессом. Зарождающаяся советская власть решительно разорвала "
                        + "наследственные связи с Российской империей.");
    }

    @Test
    void blankLineAfterEveryLineIsNotAParagraphBreak() {
        // seed 004: every line is followed by a blank line; paragraphs are separated by a longer gap
        String text = "Послевоенная Европа крайне нуждалась в восстановлении разорённых войной, прежде\n\n"
                + "всего, экономических связей. Советской России было необходимо международное\n\n"
                + "признание.\n\n \n\n"
                + "The victory of the October Revolution in Russia, as well as the end of the\n\n"
                + "First World War, put on the order of the day the issue of normalization.\n\n";
        assertThat(paragraphs(text)).containsExactly(
                "Послевоенная Европа крайне нуждалась в восстановлении разорённых войной, прежде всего, "
                        + "экономических связей. Советской России было необходимо международное признание.",
                "The victory of the October Revolution in Russia, as well as the end of the First World War, "
                        + "put on the order of the day the issue of normalization.");
    }

    @Test
    void indentedLineAfterASentenceEndStartsAParagraph() {
        String text = """
                 Аннотация: Закавказье занимает важное положение в контексте внешней политики Советской
                России. Внешняя политика Советской России была стратегическим выбором нового режима.
                 Summary: Transcaucasia occupies an important position in Soviet Russia's foreign
                policy.
                """;
        assertThat(paragraphs(text)).hasSize(2);
        assertThat(paragraphs(text).get(1)).startsWith("Summary: Transcaucasia");
    }

    @Test
    void allCapitalsLineIsAHeadingOfItsOwn() {
        String text = "У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ\nПобеда Октябрьской революции в России, а также окончание\nПервой мировой войны.\n";
        assertThat(paragraphs(text)).containsExactly("У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ",
                "Победа Октябрьской революции в России, а также окончание Первой мировой войны.");
    }

    @Test
    void referenceInParenthesesIsNeverCutIntoParagraphs() {
        // seed 001: "(Ali Fuat Cebesoy. / Moskova Hatıraları ...)" changes script after a full stop
        String text = "договору, подписанному двумя странами в марте 1921 года. (Ali Fuat Cebesoy.\n\n"
                + "Moskova Hatıraları. Milli Mücadele ve Bolşevik Rusya. İstanbul, 2002, S.257-259). Али\n\n"
                + "Фуат-паша не преминул также напомнить об этом.\n";
        assertThat(paragraphs(text)).hasSize(1);
    }

    @Test
    void hyphenDecisionsAreRecordedForReview() {
        UnwrapResult r = unwrapper.unwrap("Внешняя политика в отноше-\nнии Закавказья и национально-\nосвободительное движение.\n");
        assertThat(r.paragraphs()).extracting(Paragraph::text)
                .containsExactly("Внешняя политика в отношении Закавказья и национально-освободительное движение.");
        assertThat(r.hyphens()).extracting(HyphenDecision::result).containsExactly("отношении", "национально-освободительное");
        assertThat(r.hyphens().get(0).lineNo()).isEqualTo(1);
    }

    @Test
    void nonBreakingSpacesAreNormalised() {
        assertThat(paragraphs("В 1920\u00a0г. в\u202fАнкаре.")).containsExactly("В 1920 г. в Анкаре.");
    }

    @Test
    void aWordHyphenatedAcrossAPageBreakJoinsOverThePageNumberAndRunningHeader() {
        String page = "Переговоры о торговом договоре шли медленно, и обе стороны искали способ ускорить дело.\n"
                + "Делегация настаивала на том, чтобы вопрос о долгах был отложен до окончания перего-\n\n"
                + "17\n\nВестник исторических исследований. 2019. № 3\n\n"
                + "воров, однако представители другой стороны требовали его немедленного обсуждения.\n"
                + "Решение было найдено лишь в конце года, когда обе стороны пошли на уступки друг другу.\n\n"
                + "18\n\nВестник исторических исследований. 2019. № 3\n\n"
                + "Итоги переговоров были подведены на заседании комиссии в присутствии всех делегатов.\n\n"
                + "— 19 —\n\nВестник исторических исследований. 2019. № 3\n\n"
                + "Комиссия утвердила проект соглашения и передала его на подпись правительствам сторон.\n";
        UnwrapResult r = unwrapper.unwrap(page);
        assertThat(r.paragraphs()).hasSize(1);
        String text = r.paragraphs().get(0).text();
        assertThat(text).contains("окончания переговоров, однако").doesNotContain("Вестник").doesNotContain("17")
                .contains("друг другу. Итоги переговоров").contains("делегатов. Комиссия утвердила");
    }

    @Test
    void aLineShortenedByALongWordThatFollowsDoesNotEndTheParagraph() {
        String text = "Советская дипломатия в этот период стремилась сохранить нейтралитет в конфликте,\n"
                + "который разгорался на её южных границах, и избегала любых резких заявлений. Стороны\n"
                + "вели переговоры непросто, но в ноябре они заявили о позициях.\n"
                + "Представительствовавшие на встрече делегаты обеих стран обсудили затем и торговлю,\n"
                + "и пограничные вопросы, и положение беженцев, скопившихся в приграничных районах.\n"
                + "Итог.\n"
                + "Следующая глава посвящена экономическим связям двух стран в двадцатые годы.\n";
        List<String> p = paragraphs(text);
        // "Представительствовавшие" did not fit after "позициях." (the line is short because of it),
        // while "Следующая" would have fitted after "Итог.": that short line ends a paragraph
        assertThat(p).hasSize(2);
        assertThat(p.get(0)).contains("позициях. Представительствовавшие").endsWith("Итог.");
    }

    @Test
    void aWebAddressOnALineOfItsOwnIsItsOwnParagraph() {
        String text = "Делегация вернулась в Москву в конце месяца и доложила о переговорах.\n\n"
                + "https://example.org/archive/collection/1921/item-42/\n\n\n"
                + "В результате переписки открытие конференции было назначено на осень.\n";
        assertThat(paragraphs(text)).containsExactly("Делегация вернулась в Москву в конце месяца и доложила о переговорах.",
                "https://example.org/archive/collection/1921/item-42/", "В результате переписки открытие конференции было назначено на осень.");
    }

    @Test
    void aHyphenAfterANumberStaysAndJoinsItsEndingOrRange() {
        String text = "Торговые связи двух стран заметно оживились только в середине 1930-\n"
                + "х гг., когда был подписан новый договор, действовавший в 1936-\n"
                + "1939 гг. без существенных изменений и дополнений к нему.\n";
        assertThat(paragraphs(text)).containsExactly("Торговые связи двух стран заметно оживились только в середине 1930-х гг., "
                + "когда был подписан новый договор, действовавший в 1936-1939 гг. без существенных изменений и дополнений к нему.");
    }

    @Test
    void runningHeadersOfATwoPageArticleGoWithTheirPageNumbers() {
        String text = "Вопрос о признании нового правительства обсуждался на заседаниях комиссии несколько\n"
                + "раз, однако окончательное решение было принято только после возвращения делега-\n\n"
                + "ВЕСТНИК ИСТОРИЧЕСКОГО ФАКУЛЬТЕТА. 2021. № 2\n"
                + "45\n\n"
                + "ции из Лондона, где она провела переговоры с представителями министерства торговли.\n"
                + "Эти переговоры показали, что обе стороны готовы к компромиссу по большинству\n\n"
                + "46\n"
                + "ВЕСТНИК ИСТОРИЧЕСКОГО ФАКУЛЬТЕТА. 2021. № 2\n\n"
                + "вопросов, кроме вопроса о долгах, который решили отложить до следующей встречи.\n";
        assertThat(paragraphs(text)).containsExactly("Вопрос о признании нового правительства обсуждался на заседаниях комиссии "
                + "несколько раз, однако окончательное решение было принято только после возвращения делегации из Лондона, где она "
                + "провела переговоры с представителями министерства торговли. Эти переговоры показали, что обе стороны готовы к "
                + "компромиссу по большинству вопросов, кроме вопроса о долгах, который решили отложить до следующей встречи.");
    }

    @Test
    void aReferenceInLatinScriptContinuesItsParagraph() {
        String text = "Позиция Турции по этому вопросу надолго определила отношение к ней со стороны соседей.\n"
                + "(См: Annual Report on Foreign Relations of the United States. Washington, 1982, P. 23). Эта\n"
                + "позиция сохранялась и в последующие годы, несмотря на все усилия дипломатов обеих стран.\n";
        assertThat(paragraphs(text)).hasSize(1);
    }

    @Test
    void aHeaderPrintedOnceGoesWhereASentenceRunsOnAcrossThePage() {
        String text = "Летом экспедиция достигла верховьев реки и приступила к составлению подробной карты\n"
                + "окрестностей, которая потом долго служила путешественникам, проходившим через\n\n"
                + "2\n\nЗаписки Русского географического общества. Т. 12\n\n"
                + "перевал. Карта была издана в Петербурге и получила золотую медаль общества.\n";
        String whole = "Летом экспедиция достигла верховьев реки и приступила к составлению "
                + "подробной карты окрестностей, которая потом долго служила путешественникам, проходившим через перевал. "
                + "Карта была издана в Петербурге и получила золотую медаль общества.";
        assertThat(paragraphs(text)).containsExactly(whole);
        // an extraction that keeps no blank lines, and a header without a journal's look: set apart
        // only by the sentence going on after it
        assertThat(paragraphs(text.replace("\n\n", "\n").replace(". Т. 12", ""))).containsExactly(whole);
        // a section heading after the page number of a page that ended a paragraph stays
        String heading = "Карта была издана в Петербурге и получила золотую медаль географического общества.\n\n"
                + "3\n\nГлава вторая\n\nЗимой участники экспедиции вернулись в столицу и занялись отчётом о поездке.\n";
        assertThat(String.join(" ", paragraphs(heading))).contains("общества. Глава вторая Зимой");
    }

    @Test
    void aHeaderPrintedOnceWithAnIssueOrAnAuthorsNameGoesAtAParagraphEndToo() {
        for (String header : List.of("Известия Уральского университета. 2018. Т. 7", "Петров С.Н.", "С.Н. Петров, А.А. Орлова")) {
            String text = "Карта была издана в Петербурге и получила золотую медаль географического общества.\n\n"
                    + "14\n\n" + header + "\n\n"
                    + "Зимой участники экспедиции вернулись в столицу и занялись отчётом о поездке.\n";
            assertThat(paragraphs(text)).as(header).doesNotContain(header)
                    .allMatch(p -> !p.contains(header) && !p.contains("14"));
        }
    }

    @Test
    void aSoftHyphenAtALineEndJoinsTheWordAndTypographicHyphensAreHyphens() {
        String text = "Участники экспедиции долго спорили о маршруте, но в конце концов выбрали северо\u2010\n"
                + "западное направление и двинулись в путь, не дожидаясь окончания осенних дож\u00AD  \n"
                + "дей. Обоз с продовольствием догнал их только через неделю после вы\u00ADступления.\n";
        UnwrapResult r = unwrapper.unwrap(text);
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly("Участники экспедиции долго спорили о маршруте, "
                + "но в конце концов выбрали северо-западное направление и двинулись в путь, не дожидаясь окончания осенних "
                + "дождей. Обоз с продовольствием догнал их только через неделю после выступления.");
        assertThat(r.hyphens()).extracting(HyphenDecision::reason).contains("a soft hyphen: the typesetter's break");
    }

    @Test
    void aRunningHeaderWiderThanANarrowColumnGoesWithItsPageNumbers() {
        String header = "Вестник исторических исследований. Серия: Новая и новейшая история";
        String text = "Переговоры о торговом соглашении\nшли медленно, и обе стороны\nискали способ ускорить дело.\n"
                + "Делегация настаивала на том,\nчтобы вопрос о долгах отложили\nдо окончания переговоров.\n"
                + "Противная сторона требовала\nего немедленного обсуждения.\nРешение было найдено только\n"
                + "в конце года, когда стороны\nпошли на взаимные уступки.\n\n"
                + "12\n\n" + header + "\n\n"
                + "Итоги подвели на заседании\nкомиссии в присутствии всех\nделегатов и экспертов, и\n"
                + "комиссия утвердила проект\nсоглашения, передав его на\nподпись правительствам.\n"
                + "Соглашение вступило в силу\nв начале следующего года и\nдействовало без изменений\n"
                + "целых пять лет, до тех пор,\nпока обе стороны не решили\n\n"
                + "13\n\n" + header + "\n\n"
                + "пересмотреть его условия.\n";
        String all = String.join(" ", paragraphs(text));
        assertThat(all).doesNotContain("Вестник").doesNotContain("12").contains("не решили пересмотреть его условия.");
    }

    @Test
    void shortLinesOfTextAroundAPageNumberAreKept() {
        // lines of verse set apart at the foot of a page, and a short line after the page's header
        String text = "И вот что написал об этом поэт, вспоминая годы, проведённые в странствиях по северу\n\n"
                + "Шумит осенний лес\n\nИ вьюга вдалеке\n\n"
                + "7\n\nСборник воспоминаний\n\n"
                + "Снег на реке\n\n"
                + "Эти строки он позже включил в свою первую книгу, изданную небольшим тиражом в Казани.\n";
        String all = String.join(" ", paragraphs(text));
        assertThat(all).contains("Шумит осенний лес", "И вьюга вдалеке", "Снег на реке");
        // a refrain repeated in the poem, once right after a page's header, is the poem's
        String filler = "Строка стихотворения о дальней дороге, о реках, полях и лесах,\n".repeat(12);
        String refrain = filler + "\n8\n\nСборник воспоминаний\n\nНо мы идём\n\n" + filler + "\n9\n\nСборник воспоминаний\n\n"
                + filler + "\nНо мы идём\n\n" + filler;
        assertThat(String.join(" ", paragraphs(refrain)).split("Но мы идём", -1)).hasSize(3);
    }

    @Test
    void linesAlikeButForTheirNumbersInOneStretchOfTextAreText() {
        String text = "Документы опубликованы в открытом доступе и приводятся по электронным копиям архива.\n\n"
                + "Там же. С. 45\n\nТам же. С. 47\n\nТам же. С. 52\n\n"
                + "https://example.org/fond/12/\nhttps://example.org/fond/15/\nhttps://example.org/fond/19/\n\n"
                + "Все они были переданы в архив в конце двадцатых годов вместе с остальными бумагами.\n";
        String all = String.join(" ", paragraphs(text));
        assertThat(all).contains("Там же. С. 45", "Там же. С. 47", "Там же. С. 52",
                "https://example.org/fond/12/", "https://example.org/fond/15/", "https://example.org/fond/19/");
    }

    @Test
    void aPassageThatRepeatsIsTextNotARunningHeader() {
        String passage = "Вопрос о признании нового правительства обсуждался на заседаниях комиссии\n"
                + "несколько раз, однако окончательное решение было принято только после\n"
                + "возвращения делегации из Лондона, где она провела переговоры.\n\n";
        List<String> p = paragraphs(passage + passage + passage + passage);
        assertThat(p).hasSize(4).allMatch(t -> t.contains("несколько раз, однако окончательное решение было принято только после возвращения"));
    }

    @Test
    void aLineOfTextRepeatedByChanceBesideAPageNumberIsKept() {
        String line = "(Ali Fuat Cebesoy. Moskova Hatıraları. Milli Mücadele ve Bolşevik Rusya. İstanbul,";
        String text = "Советская сторона долго не отвечала на эти ноты, ссылаясь на занятость наркома\n" + line + "\n\n"
                + "12\n\n"
                + "2002, S.257). Переговоры возобновились только в конце лета, когда положение изменилось.\n\n"
                + "Турецкая делегация настаивала на своем, и нарком передал ей новые предложения\n" + line + "\n"
                + "2002, S.259). Эти предложения были приняты с оговорками, о которых речь пойдет ниже.\n";
        String all = String.join(" ", paragraphs(text));
        assertThat(all.split("Moskova Hatıraları", -1)).hasSize(3);
    }

    @Test
    void aNumberedHeadingThatFillsTheLineIsItsOwnParagraph() {
        String text = "Торговые связи развивались медленно, и к концу десятилетия они почти прекратились.\n\n"
                + "3. Политические и торговые отношения с государствами Центральной Европы\n\n"
                + "При постоянно крепнущих связях с Германией отношения с другими державами оставались\n"
                + "напряженными, несмотря на все усилия дипломатов обеих сторон в эти трудные годы.\n";
        assertThat(paragraphs(text)).hasSize(3).element(1).isEqualTo("3. Политические и торговые отношения с государствами Центральной Европы");
        // with no blank lines at all, after a full line that ends a sentence
        String tight = text.replace("прекратились.\n\n", "прекратились, а затем возобновились.\n").replace("\n\n", "\n");
        assertThat(paragraphs(tight)).hasSize(3).element(1).isEqualTo("3. Политические и торговые отношения с государствами Центральной Европы");
    }

    @Test
    void aReferenceWhoseLastLineIsInCapitalsStaysInItsParagraph() {
        String text = "Руководители отдавали себе отчет в том, что именно эта помощь спасла их от угрозы\n"
                + "(См.: Report on the Border. CIA/RR M-17. Secret. January 1952. // National Archives,\n"
                + "CIA-RDP 79, P.8). Однако вскоре положение изменилось, и переговоры были прерваны.\n";
        assertThat(paragraphs(text)).hasSize(1);
    }

    @Test
    void aHeadingWithNothingToSetItApartIsItsOwnParagraph() {
        // the page ended with a full line that ends a paragraph; the heading opens the next page
        String text = "Весной делегации обменялись нотами, и обе стороны сочли переговоры удачными, хотя\n"
                + "многие вопросы так и остались открытыми до осени. Летом торговые представители\n"
                + "провели в столице несколько встреч, на которых обсуждались пошлины, транзит и\n"
                + "порядок расчётов между банками. Об этом говорится ниже подробно и по порядку.\n"
                + "42\n"
                + "Торговое соглашение\n"
                + "Осенью стороны подписали соглашение о торговле, которое действовало несколько лет.\n";
        assertThat(paragraphs(text)).containsExactly(
                "Весной делегации обменялись нотами, и обе стороны сочли переговоры удачными, хотя многие вопросы "
                        + "так и остались открытыми до осени. Летом торговые представители провели в столице несколько "
                        + "встреч, на которых обсуждались пошлины, транзит и порядок расчётов между банками. "
                        + "Об этом говорится ниже подробно и по порядку.",
                "Торговое соглашение",
                "Осенью стороны подписали соглашение о торговле, которое действовало несколько лет.");
        // no page break and no blank line: the short unpunctuated line is a heading all the same
        assertThat(paragraphs(text.replace("42\n", ""))).hasSize(3);
    }

    @Test
    void aShortLineThatLeadsOnIsNoHeading() {
        // "… встреча с" / "Чичериным …": the line ends on a preposition
        String text = "Весной делегации обменялись нотами, и обе стороны сочли переговоры удачными, хотя\n"
                + "многие вопросы так и остались открытыми до осени. Об этом говорится ниже подробно.\n"
                + "Тогда же прошла встреча с\n"
                + "Чичериным, который предложил обсудить торговлю и положение беженцев на границе.\n";
        assertThat(paragraphs(text)).hasSize(1);
    }

    @Test
    void aFormFeedIsAPageBreak() {
        // pdftotext ends each page with a form feed; the next page's running header follows it
        String text = "Летом экспедиция достигла верховьев реки и приступила к составлению подробной карты\n"
                + "окрестностей, которая потом долго служила путешественникам, проходившим через пере-\n"
                + "\fЗаписки географического общества\n\n"
                + "вал. Карта была издана в Петербурге и получила золотую медаль общества. Зимой\n"
                + "участники экспедиции вернулись в столицу и занялись отчётом о своей поездке.\n";
        assertThat(paragraphs(text)).containsExactly("Летом экспедиция достигла верховьев реки и приступила к составлению "
                + "подробной карты окрестностей, которая потом долго служила путешественникам, проходившим через перевал. "
                + "Карта была издана в Петербурге и получила золотую медаль общества. Зимой участники экспедиции вернулись "
                + "в столицу и занялись отчётом о своей поездке.");
        // text before a form feed on the same line is kept, and the line after it is not indented by it
        assertThat(paragraphs("Первая страница кончается здесь,\fа вторая начинается тут.\n"))
                .containsExactly("Первая страница кончается здесь, а вторая начинается тут.");
    }

    @Test
    void theTitlePrintedAgainAtAPageBreakIsAHeader() {
        StringBuilder text = new StringBuilder("Торговые миссии в Леванте\n\nИ.П. Сидоров\n\n");
        for (int i = 0; i < 6; i++) {
            text.append("Летом экспедиция достигла верховьев реки и приступила к составлению подробной\n")
                    .append("карты окрестностей, которая потом долго служила всем путешественникам.\n\n");
        }
        text.append("\fТорговые миссии в Леванте\n\nЗимой участники экспедиции вернулись в столицу и занялись\n")
                .append("отчётом о поездке, который был издан в следующем году.\n");
        List<String> p = paragraphs(text.toString());
        assertThat(p.get(0)).isEqualTo("Торговые миссии в Леванте");
        assertThat(p).filteredOn(x -> x.contains("Торговые миссии")).hasSize(1);
        assertThat(p.get(p.size() - 1)).contains("путешественникам. Зимой участники");
    }
}
