package app.tandem.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.Map;

/**
 * An upload over the limit is refused while the request is read, before a controller is chosen, so
 * an advice limited to the API's package would never see it: this one is not limited.
 */
@RestControllerAdvice
class UploadLimitErrors {
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return ApiErrors.body(HttpStatus.PAYLOAD_TOO_LARGE, "the upload is over the limit of 20 MB");
    }
}
