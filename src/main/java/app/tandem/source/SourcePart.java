package app.tandem.source;

import app.tandem.text.BlockKind;

/**
 * A piece of a source document as its reader found it. {@code wrapped} text still has the line
 * breaks of a page (a PDF's lines) and goes through unwrapping; otherwise each part is one
 * paragraph. {@code kind} is what the format itself says (a DOCX style, a PDF's footnote area);
 * null leaves it to the structure detector. {@code note} is a footnote's number or mark.
 */
public record SourcePart(BlockKind kind, String text, boolean wrapped, String note) {
    public static SourcePart wrapped(String text) {
        return new SourcePart(null, text, true, null);
    }

    public static SourcePart paragraph(BlockKind kind, String text) {
        return new SourcePart(kind, text, false, null);
    }
}
