package app.tandem.document;

import java.time.LocalDateTime;

/**
 * A document with its progress counts, as listed on a project page; {@code repeated} counts the
 * segments whose source occurs more than once in the document.
 */
public record DocumentSummary(long id, long projectId, String title, String fileName, LocalDateTime importedAt,
                              String encodingNote, int total, int translated, int approved, int repeated) {
    public String name() {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
