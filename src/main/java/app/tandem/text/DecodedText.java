package app.tandem.text;

/** Text decoded from a file, with the encoding it was found in and a note when it was converted. */
public record DecodedText(String text, String encoding, String note) {
}
