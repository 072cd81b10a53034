package app.tandem.text;

/** A paragraph rebuilt from wrapped lines, with the 1-based line of the input where it starts. */
public record Paragraph(String text, int firstLine) {
}
