package app.tandem.security;

import app.tandem.user.ApiTokenService;
import app.tandem.user.AppUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Signs a REST request in as the owner of its personal access token ({@code Authorization: Bearer
 * TOKEN}), with that user's roles, so the services enforce the same rules as in the UI. A token
 * that is presented but unknown or revoked ends the request with 401 at once.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    private final ApiTokenService tokens;

    BearerTokenFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<AppUser> user;
            try {
                user = tokens.authenticate(header.substring(7).strip());
            } catch (RuntimeException e) {
                if (!app.tandem.cluster.DatabaseOutage.isCause(e)) {
                    throw e;
                }
                // the token cannot be looked up while the database is away: the same answer as the API gives then
                response.setHeader("Retry-After", "2");
                JsonErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "the database is not reachable just now; nothing of this request was saved — send it again in a few seconds");
                return;
            }
            if (user.isEmpty()) {
                JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "the bearer token is unknown or revoked");
                return;
            }
            var authorities = user.get().roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
            var auth = UsernamePasswordAuthenticationToken.authenticated(user.get().username(), null, authorities);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
