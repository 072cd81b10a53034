package app.tandem.text;

/** What a block of a document is, which decides how it is shown, translated and exported. */
public enum BlockKind {
    HEADING, BODY, LABEL, ABSTRACT, KEYWORDS
}
