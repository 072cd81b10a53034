package app.tandem.glossary;

/** A word of a sentence with its character span. */
public record Token(String text, int start, int end) {
}
