package app.tandem.document;

import java.time.LocalDateTime;

/** A document with its progress counts, as listed on a project page. */
public record DocumentSummary(long id, long projectId, String title, String fileName, LocalDateTime importedAt,
                              String encodingNote, int total, int translated, int approved) {
    public String name() {
        return nameOf(fileName);
    }

    /** A document is named by its file name without the extension. */
    public static String nameOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
