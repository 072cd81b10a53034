package app.tandem.source;

/** A glyph of a PDF page with its Unicode text, horizontal extent, baseline, type size and weight. */
record PdfGlyph(String text, float x0, float x1, float baseline, float size, boolean bold, boolean superscript) {
    PdfGlyph asSuperscript() {
        return new PdfGlyph(text, x0, x1, baseline, size, bold, true);
    }
}
