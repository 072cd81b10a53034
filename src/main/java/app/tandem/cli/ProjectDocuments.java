package app.tandem.cli;

import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/** The documents a command works on: a project's, or one of them named by its file name (with or without extension). */
final class ProjectDocuments {
    private ProjectDocuments() {
    }

    static List<DocumentSummary> select(ConfigurableApplicationContext ctx, long projectId, String project, String document) {
        List<DocumentSummary> docs = ctx.getBean(DocumentRepository.class).findByProject(projectId);
        if (document == null) {
            return docs;
        }
        docs = docs.stream().filter(d -> d.name().equals(document) || d.fileName().equals(document)).toList();
        if (docs.isEmpty()) {
            throw new UsageException("no document named '" + document + "' in project '" + project + "'");
        }
        return docs;
    }
}
