package app.tandem;

import app.tandem.user.Role;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;

/** Services read the acting user from Spring Security's context; tests put one there as the login would. */
public final class SignedIn {
    private SignedIn() {
    }

    public static void as(String user, Role... roles) {
        String[] authorities = Arrays.stream(roles).map(r -> "ROLE_" + r.name()).toArray(String[]::new);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, "x", authorities));
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
