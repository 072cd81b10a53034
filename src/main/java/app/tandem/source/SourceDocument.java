package app.tandem.source;

import java.util.List;

/**
 * What a reader made of a source file, whatever its format: the document's own title when it
 * states one (DOCX Title style, PDF metadata or largest type), its parts in reading order, the
 * format's name, and notes for the translator (encoding converted, glyphs without Unicode).
 */
public record SourceDocument(String format, String title, List<SourcePart> parts, List<String> notes) {
    public String note() {
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /** The whole text as read, kept with the document (what the import stores as its original). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (SourcePart p : parts) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            if (p.note() != null) {
                sb.append(p.note()).append(' ');
            }
            sb.append(p.text());
        }
        return sb.toString();
    }
}
