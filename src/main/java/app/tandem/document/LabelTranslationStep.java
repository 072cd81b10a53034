package app.tandem.document;

import app.tandem.text.ScholarlyLabels;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** On import, segments that are only a standard label ("Аннотация:", "Литература") get their English as drafts of origin LABEL. */
@Component
@Order(0)
public class LabelTranslationStep implements ImportStep {
    private final DocumentRepository documents;
    private final JdbcClient jdbc;

    public LabelTranslationStep(DocumentRepository documents, JdbcClient jdbc) {
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @Override
    public String afterStore(long documentId, long projectId) {
        int[] filled = new int[1];
        jdbc.sql("SELECT id, source_text FROM segment WHERE document_id = ? AND target_text IS NULL AND covered_by IS NULL"
                        + " AND LENGTH(source_text) <= 42")
                .param(documentId)
                .query((rs, n) -> {
                    Optional<String> english = ScholarlyLabels.english(rs.getString(2));
                    return english.isPresent() && documents.fillFromMatch(rs.getLong(1), english.get(), TargetOrigin.LABEL, 100,
                            "standard label", "tandem") ? 1 : 0;
                })
                .list().forEach(n -> filled[0] += n);
        return filled[0] == 0 ? null : filled[0] + " standard labels translated (Abstract, Keywords, References…) as drafts";
    }
}
