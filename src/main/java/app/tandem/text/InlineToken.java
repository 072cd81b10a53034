package app.tandem.text;

/** A protected inline element: a citation or a footnote reference, with its span in the text. */
public record InlineToken(Type type, int start, int end, String text) {
    public enum Type { CITATION, FOOTNOTE }
}
