package app.tandem.document;

import app.tandem.lqa.MarkedError;
import app.tandem.lqa.Scorecard;

import java.util.List;

/** A document's quality scorecard and its marked errors, for exports that carry them (the review DOCX). */
public interface QualityScores {
    Scorecard scorecard(long documentId);

    List<MarkedError> errors(long documentId);
}
