package app.tandem.document;

import app.tandem.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.Tag("persistence")
class LabelTranslationStepTest {
    @TempDir
    Path dir;

    @Test
    void standardLabelsOfAnImportedArticleBecomeEnglishDraftsOfOriginLabel() {
        TestDatabase db = new TestDatabase(dir);
        ImportService imports = new ImportService(db.projects, db.documents, db.tx, List.of(new LabelTranslationStep(db.documents, db.jdbc)));
        String article = """
                ВНЕШНЯЯ ПОЛИТИКА СОВЕТСКОЙ РОССИИ

                Аннотация:

                В статье рассматривается внешняя политика Советской России в 1920 г. Автор опирается на архивные документы.

                Введение

                Внешняя политика Советской России в этот период изучена мало. Документы позволяют восполнить пробел.

                Литература

                Иванов И. И. Внешняя политика. М., 1999.
                """;
        ImportReport report = imports.importFile("P", "article.txt", article.getBytes(StandardCharsets.UTF_8));
        List<SegmentRow> segments = db.documents.findAllSegments(report.documentId());
        List<SegmentRow> labels = segments.stream().filter(s -> s.origin() == TargetOrigin.LABEL).toList();
        assertThat(labels).extracting(SegmentRow::targetText).containsExactly("Abstract:", "Introduction", "References");
        assertThat(labels).allSatisfy(s -> assertThat(s.status()).isEqualTo(SegmentStatus.DRAFT));
        assertThat(segments.stream().filter(s -> s.origin() != TargetOrigin.LABEL)).allSatisfy(s -> assertThat(s.targetText()).isNull());
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).startsWith("3 standard labels translated"));
    }
}
