package app.tandem.pipeline;

import app.tandem.source.SourceDocument;
import app.tandem.source.SourcePart;
import app.tandem.text.BlockKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A footnote that is a reference is one segment, a book's title and its imprint together (its English draft covers it whole). */
class FootnoteReferenceTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Чичерин Г.В. Статьи и речи по вопросам международной политики. М., 1961. С. 171.",
            "Документы внешней политики СССР. Т. 4. М., 1960. С. 597.",
            "РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15.",
            "Там же. С. 45."})
    void aReferenceNoteIsOneSegment(String note) {
        CleanDocument clean = DocumentPipeline.standard().process(new SourceDocument("PDF", null,
                List.of(new SourcePart(BlockKind.FOOTNOTE, note, SourcePart.Form.PARAGRAPH, "1")), List.of()), null);
        assertThat(clean.blocks()).singleElement().satisfies(b -> assertThat(b.sentences()).containsExactly(note));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ленин в те дни писал о значении переговоров много и подробно, и это хорошо известно историкам. Впоследствии его оценки пересматривались не раз, но сама линия сохранялась до конца двадцатых годов, как показывают документы того времени (М., 1961)."})
    void aCommentaryNoteStaysSentences(String note) {
        CleanDocument clean = DocumentPipeline.standard().process(new SourceDocument("PDF", null,
                List.of(new SourcePart(BlockKind.FOOTNOTE, note, SourcePart.Form.PARAGRAPH, "1")), List.of()), null);
        assertThat(clean.blocks()).singleElement().satisfies(b -> assertThat(b.sentences()).hasSize(2));
    }
}
