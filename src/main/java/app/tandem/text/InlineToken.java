package app.tandem.text;

/** A protected inline element: a citation, a footnote reference or a formatting code, with its span in the text. */
public record InlineToken(Type type, int start, int end, String text) {
    public enum Type { CITATION, FOOTNOTE, FORMAT }
}
