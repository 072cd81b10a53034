package app.tandem.user;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Set;

/** Users and their roles; passwords are stored only as adaptive hashes (bcrypt). Changes need the ADMIN role. */
@Service
public class UserService implements UserDetailsService {
    private final UserRepository users;
    private final PasswordEncoder encoder;

    public UserService(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(u.username()).password(users.passwordHash(username).orElseThrow())
                .authorities(u.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .disabled(!u.enabled()).build();
    }

    /** Used once at first start, before anyone can sign in. */
    void createInitialAdmin(String username, String password) {
        users.insert(username, encoder.encode(password), Set.of(Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR));
    }

    public void create(String username, String password, Set<Role> roles) {
        CurrentUser.require("create users", Role.ADMIN);
        if (!username.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("user name: 2-100 letters, digits or . _ @ -");
        }
        if (password.length() < 10) {
            throw new IllegalArgumentException("password: at least 10 characters");
        }
        if (users.find(username).isPresent()) {
            throw new IllegalArgumentException("user " + username + " already exists");
        }
        users.insert(username, encoder.encode(password), roles);
    }

    public void update(long id, Set<Role> roles, boolean enabled, List<Long> projects) {
        CurrentUser.require("change users", Role.ADMIN);
        users.update(id, roles, enabled);
        users.setProjects(id, projects);
    }

    public void resetPassword(long id, String password) {
        CurrentUser.require("reset passwords", Role.ADMIN);
        if (password.length() < 10) {
            throw new IllegalArgumentException("password: at least 10 characters");
        }
        users.setPassword(id, encoder.encode(password));
    }

    public List<AppUser> all() {
        CurrentUser.require("list users", Role.ADMIN);
        return users.findAll();
    }

    public List<Long> projectsOf(long userId) {
        return users.projectsOf(userId);
    }
}
