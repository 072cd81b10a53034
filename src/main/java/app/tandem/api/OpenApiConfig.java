package app.tandem.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API's description at /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Tandem REST API", version = "v1",
        description = "Projects, documents and segments of Tandem. Authenticate with a personal access token "
                + "(created on the Access tokens page or with `token create --user NAME`): Authorization: Bearer TOKEN. "
                + "Errors are {\"error\": \"...\"} with 401, 403, 404, 409, 412, 413, 422 or 428."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiConfig {
}
