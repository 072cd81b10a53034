package app.tandem.text;

/** A paragraph-level unit of a cleaned document: its kind, language and text. */
public record TextBlock(BlockKind kind, Lang lang, String text, int firstLine) {
}
