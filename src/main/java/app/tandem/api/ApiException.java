package app.tandem.api;

import org.springframework.http.HttpStatus;

/** A refusal with the HTTP status it answers to; the message goes to the client as {@code {"error": ...}}. */
class ApiException extends RuntimeException {
    private final HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " does not exist or is not visible to you");
    }
}
