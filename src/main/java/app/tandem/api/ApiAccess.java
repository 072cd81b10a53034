package app.tandem.api;

import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.SegmentRow;
import app.tandem.user.ProjectAccess;
import org.springframework.stereotype.Component;

/** Finds what a request names, as the signed-in user may see it: what they may not see does not exist (404). */
@Component
class ApiAccess {
    private final DocumentRepository documents;
    private final ProjectAccess projects;

    ApiAccess(DocumentRepository documents, ProjectAccess projects) {
        this.documents = documents;
        this.projects = projects;
    }

    void project(long projectId, boolean exists) {
        if (!exists || !projects.canSee(projectId)) {
            throw ApiException.notFound("project " + projectId);
        }
    }

    DocumentSummary document(long documentId) {
        return documents.findSummary(documentId).filter(d -> projects.canSee(d.projectId()))
                .orElseThrow(() -> ApiException.notFound("document " + documentId));
    }

    SegmentRow segment(long segmentId) {
        // a segment of a document one may not see is as absent as one that never was: the answer names nothing else
        return documents.findSegment(segmentId)
                .filter(s -> documents.findSummary(s.documentId()).filter(d -> projects.canSee(d.projectId())).isPresent())
                .orElseThrow(() -> ApiException.notFound("segment " + segmentId));
    }
}
