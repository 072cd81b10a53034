package app.tandem.document;

/** A file whose text a document of the project already has: it is not imported unless a copy is asked for. */
public class DuplicateDocumentException extends RuntimeException {
    private final long existingId;
    private final String existingName;

    public DuplicateDocumentException(String fileName, long existingId, String existingName) {
        super(fileName + " has the same text as the document \"" + existingName + "\" (#" + existingId + ") in this project; not imported again");
        this.existingId = existingId;
        this.existingName = existingName;
    }

    public long existingId() {
        return existingId;
    }

    public String existingName() {
        return existingName;
    }
}
