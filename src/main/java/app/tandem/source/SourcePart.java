package app.tandem.source;

import app.tandem.text.BlockKind;

/**
 * A piece of a source document as its reader found it, in one of three forms (see {@link Form}).
 * {@code kind} is what the format itself says (a DOCX style, a PDF's footnote area or type
 * size); null leaves it to the structure detector. {@code note} is a footnote's number or mark.
 */
public record SourcePart(BlockKind kind, String text, Form form, String note, String ref) {
    public enum Form {
        /** Extracted text with its line breaks: paragraphs are found by unwrapping. */
        WRAPPED_TEXT,
        /** Lines whose paragraphs the layout told (a blank line before each): only broken words are decided. */
        PARAGRAPH_LINES,
        /** One paragraph, ready. */
        PARAGRAPH
    }

    public SourcePart(BlockKind kind, String text, Form form, String note) {
        this(kind, text, form, note, null);
    }

    public static SourcePart wrapped(String text) {
        return new SourcePart(null, text, Form.WRAPPED_TEXT, null);
    }

    public static SourcePart paragraph(BlockKind kind, String text) {
        return new SourcePart(kind, text, Form.PARAGRAPH, null, null);
    }

    public static SourcePart paragraph(BlockKind kind, String text, String ref) {
        return new SourcePart(kind, text, Form.PARAGRAPH, null, ref);
    }
}
