package app.tandem.user;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.Set;

/** Who is acting, from Spring Security's context; services call {@link #require} before every change. */
public final class CurrentUser {
    private CurrentUser() {
    }

    public record Actor(String username, Set<Role> roles) {
        public boolean has(Role r) {
            return roles.contains(r);
        }
    }

    public static Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            throw new AccessDeniedException("sign in first");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority().startsWith("ROLE_") ? a.getAuthority().substring(5) : a.getAuthority();
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException ignored) {
                // authorities that are not Tandem roles
            }
        }
        return new Actor(auth.getName(), roles);
    }

    /** The signed-in user, if any (the command line has none). */
    public static java.util.Optional<Actor> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean in = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
        return in ? java.util.Optional.of(get()) : java.util.Optional.empty();
    }

    /**
     * Like {@link #require} when someone is signed in; the command line and start-up run as the
     * machine's operator, who has no Tandem user.
     */
    public static void requireIfSignedIn(String action, Role... anyOf) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal())) {
            require(action, anyOf);
        }
    }

    /** The acting user, who must hold at least one of {@code anyOf}. */
    public static Actor require(String action, Role... anyOf) {
        Actor actor = get();
        for (Role r : anyOf) {
            if (actor.has(r)) {
                return actor;
            }
        }
        throw new AccessDeniedException(actor.username() + " may not " + action + " (needs role " + java.util.Arrays.toString(anyOf) + ")");
    }
}
