package app.tandem.document;

/**
 * Work done on a newly imported document inside the import's transaction (pre-translation from
 * the project's memory), so that a failure leaves nothing behind. Returns a note for the import
 * report, or null when there is nothing to say.
 */
public interface ImportStep {
    String afterStore(long documentId, long projectId);
}
