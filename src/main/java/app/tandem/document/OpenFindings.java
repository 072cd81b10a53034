package app.tandem.document;

import java.util.List;

/** What QA found open in a document, for the files written for a reviewer (QA implements it; the document package only reads). */
public interface OpenFindings {
    record Open(long segmentId, String severity, String checkId, String message) {
    }

    List<Open> open(long documentId);
}
