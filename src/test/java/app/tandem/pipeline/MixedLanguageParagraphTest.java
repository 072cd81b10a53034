package app.tandem.pipeline;

import app.tandem.text.BlockKind;
import app.tandem.text.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paragraph holding a Russian passage and its English is cut into one block per language; a
 * whole paragraph counted as English lost its Russian sentences when its English was taken as a
 * translation (an author's DOCX in issue 23 did this).
 */
class MixedLanguageParagraphTest {
    @Test
    void aParagraphIsCutWhereTheLanguageChangesAndShortSentencesGoWithTheirNeighbours() {
        List<CleanBlock> blocks = DocumentPipeline.byLanguage(BlockKind.BODY, Lang.EN, "whole", List.of(
                "Soviet Russia needed international recognition.",
                "The first post-war step was the Genoa Conference.",
                "Победа революции в России привела к перезагрузке системы.",
                "1922 г.",
                "Наибольшее количество вопросов вызывало отношение к России."));
        assertThat(blocks).extracting(CleanBlock::lang).containsExactly(Lang.EN, Lang.RU);
        assertThat(blocks.get(1).sentences()).hasSize(3);
        assertThat(blocks.get(0).text()).isEqualTo("Soviet Russia needed international recognition. The first post-war step was the Genoa Conference.");
    }

    @Test
    void aParagraphInOneLanguageStaysWholeWithItsOwnText() {
        List<CleanBlock> blocks = DocumentPipeline.byLanguage(BlockKind.BODY, Lang.RU, "Первое  предложение. Второе.",
                List.of("Первое предложение длинное.", "Второе."));
        assertThat(blocks).singleElement().satisfies(b -> assertThat(b.text()).isEqualTo("Первое  предложение. Второе."));
    }

    @Test
    void theImportOfAMixedParagraphKeepsEveryRussianSentence() {
        String text = """
                Первым послевоенным шагом на пути к взаимопониманию была Генуэзская конференция. Между странами устанавливались дипломатические отношения. The victory of the October Revolution in Russia changed Europe. Post-war Europe was in dire need of restoring economic ties.

                Soviet Russia needed international recognition. The first post-war step towards mutual understanding was the Genoa Conference. Diplomatic relations were established between the countries. Победа революции в России привела к перезагрузке всей системы международных отношений. Наибольшее количество вопросов вызывало отношение к Советской России.
                """;
        CleanDocument clean = DocumentPipeline.standard().processPlain(text, null);
        BilingualDocument doc = BilingualPassageDetector.standard().detect(clean);
        List<String> sources = doc.blocks().stream().flatMap(b -> b.sentences().stream()).map(BilingualDocument.SourceSentence::source).toList();
        assertThat(sources).contains("Победа революции в России привела к перезагрузке всей системы международных отношений.",
                "Наибольшее количество вопросов вызывало отношение к Советской России.",
                "Первым послевоенным шагом на пути к взаимопониманию была Генуэзская конференция.");
    }
}
