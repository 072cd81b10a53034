package app.tandem.api;

import app.tandem.user.AppUser;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import app.tandem.user.UserService;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "People and their roles (admins)")
class UsersApi {
    private final UserService users;

    UsersApi(UserService users) {
        this.users = users;
    }

    record NewUser(String name, List<String> roles, String password) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserJson(long id, String name, List<String> roles, boolean enabled, String password) {
        static UserJson of(AppUser u, String password) {
            return new UserJson(u.id(), u.username(), u.roles().stream().map(Enum::name).sorted().toList(), u.enabled(), password);
        }
    }

    @GetMapping
    @Operation(summary = "All users with their roles (admins)")
    List<UserJson> list() {
        return users.all().stream().map(u -> UserJson.of(u, null)).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a user {\"name\", \"roles\", \"password\"?} (admins; 201)",
            description = "At least one role of TRANSLATOR, REVIEWER, ADMIN. Without a password one is generated and answered this once "
                    + "as \"password\" (only its hash is stored).")
    ResponseEntity<UserJson> create(@RequestBody NewUser body) {
        CurrentUser.require("create users", Role.ADMIN);
        if (body == null || body.name() == null || body.name().isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "a user needs a \"name\"");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : body.roles() == null ? List.<String>of() : body.roles()) {
            try {
                roles.add(Role.valueOf(String.valueOf(r).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "unknown role '" + r + "'; the roles are TRANSLATOR, REVIEWER and ADMIN");
            }
        }
        if (roles.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "a user needs at least one role: TRANSLATOR, REVIEWER or ADMIN");
        }
        String password = users.createAsOperator(body.name().strip(), body.password(), roles);
        AppUser created = users.find(body.name().strip()).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(UserJson.of(created, body.password() == null || body.password().isEmpty() ? password : null));
    }
}
