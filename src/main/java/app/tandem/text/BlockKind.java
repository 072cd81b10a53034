package app.tandem.text;

/** What a block of a document is, which decides how it is shown, translated and exported. */
public enum BlockKind {
    HEADING, BODY, LABEL, ABSTRACT, KEYWORDS,
    /** A document's own title, set apart from its section headings. */
    TITLE,
    /** A footnote or endnote: a segment of its own, linked to its marker in the text by its number. */
    FOOTNOTE,
    AUTHOR, LIST_ITEM, TABLE_CELL, CAPTION
}
