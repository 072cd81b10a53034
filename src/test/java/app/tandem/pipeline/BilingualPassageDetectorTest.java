package app.tandem.pipeline;

import app.tandem.text.BlockKind;
import app.tandem.text.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The decisions that pair an article's own English with its Russian, on blocks as any reader gives them. */
class BilingualPassageDetectorTest {
    private static final List<String> RU = List.of(
            "У них только один шанс реабилитироваться — обыграть команду Англии.",
            "Южная Африка почти подошла к точке невозврата, и мы должны быть в состоянии удовлетворить их желание.",
            "Он играл в жестком стиле, но у него были гибкие руки.",
            "У нас отличная команда, и мы можем идти вперёд.");
    private static final List<String> EN = List.of(
            "They have one crack at redemption, beating England.",
            "South Africa are almost at the point of no return and we have to be able to match their desire.",
            "He has got that hard edge to his game but also the soft hands.",
            "We have a great squad and it is an opportunity for us to take the ship forward.");
    private static final List<String> BODY = List.of(
            "Закавказье занимает важное положение в контексте внешней политики Советской России.",
            "Внешняя политика Советской России в отношении Закавказья в 1917–1922 гг. была стратегическим выбором, сделанным нарождающимся советским режимом в разгар большого геополитического кризиса, возникшего в результате падения императорской России.",
            "Эволюция внешней политики Советской России в отношении Закавказья в 1917–1922 годах была сложным и поисковым процессом.",
            "Зарождающаяся советская власть решительно разорвала наследственные связи с Российской империей.",
            "В итоге она одержала блестящую победу во внешней политике в Закавказье.",
            "Советская Россия взвешенно оценивала и гибко корректировала свою внешнеполитическую стратегию.",
            "В этом процессе на внешнюю политику Советской России оказывали глубокое влияние международная обстановка и развитие революции.",
            "Большевики во главе с Лениным учли реальную ситуацию и интересы России.");

    private static CleanBlock block(BlockKind kind, Lang lang, List<String> sentences) {
        return new CleanBlock(kind, lang, String.join(" ", sentences), sentences);
    }

    private static List<BilingualDocument.SourceSentence> sentences(BilingualDocument doc) {
        return doc.blocks().stream().flatMap(b -> b.sentences().stream()).toList();
    }

    private static String targetOf(BilingualDocument doc, String source) {
        return sentences(doc).stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow().target();
    }

    @Test
    void aLabelledEnglishAbstractGoesWithTheRussianAbstractNotWithTheParagraphsBeforeIt() {
        BilingualDocument doc = BilingualPassageDetector.standard().detect(new CleanDocument(List.of(
                block(BlockKind.LABEL, Lang.RU, List.of("Резюме.")),
                block(BlockKind.ABSTRACT, Lang.RU, RU),
                block(BlockKind.BODY, Lang.RU, BODY.subList(0, 4)),
                block(BlockKind.BODY, Lang.RU, BODY.subList(4, 8)),
                block(BlockKind.LABEL, Lang.EN, List.of("Abstract.")),
                block(BlockKind.ABSTRACT, Lang.EN, EN)), List.of()));
        for (int i = 0; i < 4; i++) {
            assertThat(targetOf(doc, RU.get(i))).isEqualTo(EN.get(i));
        }
        assertThat(sentences(doc)).filteredOn(s -> BODY.contains(s.source())).allMatch(s -> s.target() == null);
        assertThat(sentences(doc)).noneMatch(s -> s.source().startsWith("They have") || s.source().equals("Abstract."));
        assertThat(doc.englishKeptOut()).isZero();
    }

    @Test
    void anEnglishPassageBrokenIntoTwoParagraphsPairsWithTheRussianBeforeIt() {
        BilingualDocument doc = BilingualPassageDetector.standard().detect(new CleanDocument(List.of(
                block(BlockKind.HEADING, Lang.RU, List.of("У ИСТОКОВ ОТНОШЕНИЙ")),
                block(BlockKind.BODY, Lang.RU, RU.subList(0, 1)),
                block(BlockKind.BODY, Lang.RU, RU.subList(1, 4)),
                block(BlockKind.BODY, Lang.EN, EN.subList(0, 3)),
                block(BlockKind.BODY, Lang.EN, EN.subList(3, 4)),
                block(BlockKind.BODY, Lang.RU, BODY)), List.of()));
        for (int i = 0; i < 4; i++) {
            assertThat(targetOf(doc, RU.get(i))).isEqualTo(EN.get(i));
        }
        assertThat(doc.blocks()).noneMatch(b -> b.lang() == Lang.EN);
    }

    @Test
    void englishThatTranslatesNothingStaysOutOfTheSegmentsAndIsCounted() {
        BilingualDocument doc = BilingualPassageDetector.standard().detect(new CleanDocument(List.of(
                block(BlockKind.BODY, Lang.RU, BODY),
                block(BlockKind.LABEL, Lang.EN, List.of("Summary:")),
                block(BlockKind.ABSTRACT, Lang.EN, EN),
                block(BlockKind.BODY, Lang.EN, List.of("http://regnum.ru/look/ccf3f1f2e0f4e020/")),
                block(BlockKind.BODY, Lang.EN, List.of("В ответ Чичерин заявил (Ali Fuat Cebesoy. Moskova Hatıraları. Istanbul, 1955. S. 234).")),
                block(BlockKind.HEADING, Lang.RU, List.of("Список литературы")),
                block(BlockKind.BODY, Lang.EN, List.of("Smith J. The Caucasus in World Politics. London: Routledge, 2001.")),
                block(BlockKind.FOOTNOTE, Lang.EN, List.of("Ibid. P. 45 and further on the same matter."))), List.of()));
        assertThat(doc.englishKeptOut()).isEqualTo(2);
        assertThat(doc.blocks()).filteredOn(b -> b.sentences().isEmpty()).extracting(BilingualDocument.SourceBlock::text)
                .containsExactly("Summary:", String.join(" ", EN));
        // a URL, a Russian sentence citing in Latin script, a reference entry and a note stay segments
        assertThat(sentences(doc)).extracting(BilingualDocument.SourceSentence::source)
                .contains("http://regnum.ru/look/ccf3f1f2e0f4e020/", "Smith J. The Caucasus in World Politics. London: Routledge, 2001.",
                        "Ibid. P. 45 and further on the same matter.");
    }

    @Test
    void anEnglishTitleAndAuthorLineBeforeTheEnglishAbstractGoWithTheRussianOnes() {
        BilingualDocument doc = BilingualPassageDetector.standard().detect(new CleanDocument(List.of(
                block(BlockKind.HEADING, Lang.RU, List.of("Внешняя политика Советской России в Закавказье")),
                block(BlockKind.BODY, Lang.RU, List.of("И. И. Иванов, Московский университет")),
                block(BlockKind.LABEL, Lang.RU, List.of("Аннотация:")),
                block(BlockKind.ABSTRACT, Lang.RU, RU),
                block(BlockKind.BODY, Lang.RU, BODY),
                block(BlockKind.HEADING, Lang.EN, List.of("Soviet Russia's foreign policy in Transcaucasia")),
                block(BlockKind.BODY, Lang.EN, List.of("I. I. Ivanov, Moscow University")),
                block(BlockKind.LABEL, Lang.EN, List.of("Summary:")),
                block(BlockKind.ABSTRACT, Lang.EN, EN)), List.of()));
        assertThat(targetOf(doc, "Внешняя политика Советской России в Закавказье")).isEqualTo("Soviet Russia's foreign policy in Transcaucasia");
        assertThat(targetOf(doc, "И. И. Иванов, Московский университет")).isEqualTo("I. I. Ivanov, Moscow University");
        assertThat(targetOf(doc, RU.get(3))).isEqualTo(EN.get(3));
        assertThat(doc.blocks()).noneMatch(b -> b.lang() == Lang.EN && !b.sentences().isEmpty());
    }
}
