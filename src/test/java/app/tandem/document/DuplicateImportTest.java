package app.tandem.document;

import app.tandem.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("persistence")
class DuplicateImportTest {
    @TempDir
    Path dir;
    TestDatabase db;
    byte[] seed;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase(dir);
        seed = Files.readAllBytes(Path.of("seeds", "002_943bfa2c0ced0905.txt"));
    }

    @Test
    void theSameTextUnderAnotherNameIsRefusedNamingTheDocumentThatHasItAndStoresNothing() {
        ImportReport first = db.importService().importFile("P", "article.txt", seed);
        java.util.List<Integer> before = db.counts("document", "block", "segment", "hyphen_decision");
        assertThatThrownBy(() -> db.importService().importFile("P", "renamed copy.txt", seed))
                .isInstanceOfSatisfying(DuplicateDocumentException.class, e -> {
                    assertThat(e.existingId()).isEqualTo(first.documentId());
                    assertThat(e.existingName()).isEqualTo("article");
                    assertThat(e.getMessage()).contains("renamed copy.txt", "\"article\"");
                });
        assertThat(db.counts("document", "block", "segment", "hyphen_decision")).isEqualTo(before);
    }

    @Test
    void aCopyIsImportedWhenAskedForAndAnotherProjectOrADeletedDocumentIsNoDuplicate() {
        ImportReport first = db.importService().importFile("P", "article.txt", seed);
        ImportReport copy = db.importService().importFile("P", "article.txt", seed, m -> { }, ImportService.Duplicates.COPY);
        assertThat(copy.documentId()).isNotEqualTo(first.documentId());
        assertThat(db.importService().importFile("Other", "article.txt", seed).documentId()).isPositive();
        db.jdbc.sql("UPDATE document SET deleted_at = CURRENT_TIMESTAMP WHERE project_id = (SELECT id FROM project WHERE name = 'Other')").update();
        assertThat(db.importService().importFile("Other", "article.txt", seed).documentId()).isPositive();
    }

    @Test
    void aDifferentTextIsNoDuplicate() {
        db.importService().importFile("P", "article.txt", seed);
        byte[] changed = (new String(seed, java.nio.charset.StandardCharsets.UTF_8) + "\nДобавленное предложение в конце статьи.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(db.importService().importFile("P", "article-v2.txt", changed).documentId()).isPositive();
    }
}
