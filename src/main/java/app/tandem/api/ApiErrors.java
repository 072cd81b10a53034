package app.tandem.api;

import app.tandem.exchange.ExchangeException;
import app.tandem.text.RejectedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.util.Map;

/** Every refusal of the REST API as {@code {"error": "..."}} with its status; never a stack trace. */
@RestControllerAdvice(basePackages = "app.tandem.api")
class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, String>> api(ApiException e) {
        return body(e.status(), e.getMessage());
    }

    @ExceptionHandler(app.tandem.document.DuplicateDocumentException.class)
    ResponseEntity<Map<String, Object>> duplicate(app.tandem.document.DuplicateDocumentException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(Map.of(
                "error", e.getMessage() + "; send ?duplicate=copy to import it anyway",
                "existing", Map.of("id", e.existingId(), "name", e.existingName())));
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> method(org.springframework.web.HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, e.getMethod() + " is not taken here"
                + (e.getSupportedMethods() == null ? "" : "; it takes " + String.join(", ", e.getSupportedMethods())));
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(org.springframework.web.HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "this endpoint takes " + e.getSupportedMediaTypes() + ", not " + e.getContentType());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({RejectedInputException.class, ExchangeException.class, IllegalArgumentException.class})
    ResponseEntity<Map<String, String>> unprocessable(RuntimeException e) {
        return body(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        String message = e instanceof HttpMessageNotReadableException ? "the body is not the JSON this endpoint takes"
                : e instanceof MissingServletRequestPartException m ? "the multipart field '" + m.getRequestPartName() + "' is missing"
                : e instanceof MissingServletRequestParameterException m ? "the parameter '" + m.getParameterName() + "' is missing"
                : "a parameter has the wrong type: " + ((MethodArgumentTypeMismatchException) e).getName();
        return body(HttpStatus.BAD_REQUEST, message);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        if (app.tandem.cluster.DatabaseOutage.isCause(e)) {
            // nothing of this request was stored; the node serves again as soon as the database is back
            log.warn("REST API request refused while the database is not reachable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                    .header(org.springframework.http.HttpHeaders.RETRY_AFTER, "2")
                    .body(Map.of("error", "the database is not reachable just now; nothing of this request was saved — send it again in a few seconds"));
        }
        log.error("REST API request failed", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "the server failed on this request; it is in the server log");
    }

    static ResponseEntity<Map<String, String>> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message == null ? status.getReasonPhrase() : message));
    }
}
