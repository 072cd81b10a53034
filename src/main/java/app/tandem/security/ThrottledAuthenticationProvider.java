package app.tandem.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/** Password sign-in with the {@link SignInThrottle} in front: a throttled attempt is refused before its password is checked. */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(users);
        this.throttle = new SignInThrottle(java.time.Clock.systemUTC());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        Optional<Duration> wait = throttle.refusal(user, address);
        if (wait.isPresent()) {
            throw new LockedException("Too many failed sign-ins; try again in " + Math.max(1, (wait.get().toSeconds() + 59) / 60) + " min");
        }
        try {
            Authentication ok = passwords.authenticate(authentication);
            throttle.succeeded(user);
            return ok;
        } catch (BadCredentialsException e) {
            throttle.failed(user, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
