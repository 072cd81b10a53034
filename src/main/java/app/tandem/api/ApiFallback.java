package app.tandem.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What no endpoint under {@code /api/} answers, answered as JSON: 405 with the methods the path takes
 * when it exists, 404 otherwise. Without it the request would fall through to the web app's pages
 * (an HTML page or a redirect to the sign-in).
 */
@RestController
@Hidden
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ApiFallback {
    private final RequestMappingHandlerMapping mappings;

    ApiFallback(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    ResponseEntity<Map<String, String>> unanswered(HttpServletRequest request) {
        Set<String> allowed = new TreeSet<>();
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (e.getValue().getBeanType() == ApiFallback.class || e.getKey().getPathPatternsCondition() == null) {
                continue;
            }
            if (e.getKey().getPathPatternsCondition().getMatchingCondition(request) != null) {
                e.getKey().getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name()));
            }
        }
        if (allowed.isEmpty()) {
            return ApiErrors.body(HttpStatus.NOT_FOUND, "no endpoint " + request.getRequestURI() + "; the endpoints are listed at /v3/api-docs");
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, String.join(", ", allowed))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", request.getMethod() + " is not taken by " + request.getRequestURI() + "; it takes " + String.join(", ", allowed)));
    }
}
