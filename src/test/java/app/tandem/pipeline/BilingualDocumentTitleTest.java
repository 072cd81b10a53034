package app.tandem.pipeline;

import app.tandem.text.BlockKind;
import app.tandem.text.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A document's title: its opening heading, else its first words, never the file name while there is text. */
class BilingualDocumentTitleTest {
    private static BilingualDocument.SourceBlock block(BlockKind kind, String text) {
        return new BilingualDocument.SourceBlock(kind, Lang.RU, text, List.of());
    }

    @Test
    void anOpeningHeadingIsTheTitle() {
        BilingualDocument doc = new BilingualDocument(List.of(block(BlockKind.HEADING, "У ИСТОКОВ ОТНОШЕНИЙ"),
                block(BlockKind.BODY, "Текст статьи.")));
        assertThat(doc.title("004.txt")).isEqualTo("У ИСТОКОВ ОТНОШЕНИЙ");
    }

    @Test
    void withoutAHeadingTheFirstWordsAreCutAtAWordBoundary() {
        BilingualDocument doc = new BilingualDocument(List.of(block(BlockKind.BODY,
                "Первые шаги российско-турецкого сближения в военной области просматриваются в апреле 1920 г., когда")));
        String title = doc.title("002_943bfa2c0ced0905.txt");
        assertThat(title).isEqualTo("Первые шаги российско-турецкого сближения в военной области…");
        assertThat(title.length()).isLessThanOrEqualTo(BilingualDocument.TITLE_LENGTH + 1);
    }

    @Test
    void aShortOpeningIsTakenWholeWithItsWhitespaceFolded() {
        assertThat(BilingualDocument.firstWords("  Краткая\n  заметка  о Генуе ")).isEqualTo("Краткая заметка о Генуе");
        assertThat(new BilingualDocument(List.of()).title("empty.txt")).isEqualTo("empty.txt");
    }

    @Test
    void oneVeryLongWordIsCutAtTheLimit() {
        String word = "а".repeat(200);
        assertThat(BilingualDocument.firstWords(word)).hasSize(BilingualDocument.TITLE_LENGTH + 1).endsWith("…");
    }
}
