package app.tandem.text;

/** Input that Tandem refuses, with a message naming the file and the reason, fit to show a user. */
public class RejectedInputException extends RuntimeException {
    public RejectedInputException(String message) {
        super(OneLineMessage.of(message));
    }
}
