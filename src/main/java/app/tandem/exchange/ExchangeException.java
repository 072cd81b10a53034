package app.tandem.exchange;

/** A file that cannot be read or written as the exchange format says, with a message fit for the user. */
public class ExchangeException extends RuntimeException {
    public ExchangeException(String message) {
        super(app.tandem.text.OneLineMessage.of(message));
    }

    public ExchangeException(String message, Throwable cause) {
        super(app.tandem.text.OneLineMessage.of(message), cause);
    }
}
