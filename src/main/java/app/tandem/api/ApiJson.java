package app.tandem.api;

import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.SegmentRow;
import app.tandem.project.ProjectSummary;

import java.time.LocalDateTime;

/** The REST API's JSON shapes, built from the domain's rows. */
final class ApiJson {
    private ApiJson() {
    }

    record Project(long id, String name, int documents, int segments, int translated, int approved) {
        static Project of(ProjectSummary p) {
            return new Project(p.id(), p.name(), p.documents(), p.segments(), p.translated(), p.approved());
        }
    }

    /** {@code name} is the file name without extension, the name the command line takes. */
    record Document(long id, long projectId, String name, String title, String fileName, LocalDateTime importedAt,
                    int segments, int translated, int approved) {
        static Document of(DocumentSummary d) {
            return new Document(d.id(), d.projectId(), d.name(), d.title(), d.fileName(), d.importedAt(), d.total(),
                    d.translated(), d.approved());
        }
    }

    /** {@code position} counts from 1, as the segment numbers in the editor; {@code coveredBy} is set on a segment merged into its predecessor. */
    record Segment(long id, long documentId, int position, String source, String target, String status, int version,
                   String origin, String lastEditor, LocalDateTime updatedAt, Long coveredBy, int openComments,
                   int qaErrors, int qaWarnings) {
        static Segment of(SegmentRow s) {
            return new Segment(s.id(), s.documentId(), s.position() + 1, s.sourceText(), s.targetText(), s.status().name(),
                    s.version(), s.origin().name(), s.lastEditor(), s.updatedAt(), s.coveredBy(), s.openComments(),
                    s.qaErrors(), s.qaWarnings());
        }
    }

    record HistoryEntry(String target, String status, String user, LocalDateTime at, String note) {
        static HistoryEntry of(DocumentRepository.HistoryRow h) {
            return new HistoryEntry(h.target(), h.status(), h.editor(), h.changedAt(), h.note());
        }
    }

    /**
     * A change to a segment: its English and the status it should have — DRAFT (saved), TRANSLATED
     * (confirmed), APPROVED or REJECTED (reviewers; a rejection needs a {@code reason}).
     */
    record SegmentChange(String target, String status, String reason) {
    }
}
