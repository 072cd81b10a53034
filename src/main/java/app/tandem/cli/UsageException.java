package app.tandem.cli;

/** Wrong arguments: the message is printed as the one-line reason. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
