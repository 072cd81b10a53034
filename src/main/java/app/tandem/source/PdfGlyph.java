package app.tandem.source;

/** A glyph of a PDF page with its Unicode text, horizontal extent, baseline, type size, weight and slant. */
record PdfGlyph(String text, float x0, float x1, float baseline, float size, boolean bold, boolean italic, boolean superscript) {
    PdfGlyph(String text, float x0, float x1, float baseline, float size, boolean bold, boolean superscript) {
        this(text, x0, x1, baseline, size, bold, false, superscript);
    }

    PdfGlyph asSuperscript() {
        return new PdfGlyph(text, x0, x1, baseline, size, bold, italic, true);
    }
}
