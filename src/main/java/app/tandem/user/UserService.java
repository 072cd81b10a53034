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
        insert(username, password, roles);
    }

    /**
     * The command line's operator (no Tandem user signed in) or an admin creates a user; without a
     * password one is generated and returned, to be passed on once (only its hash is stored).
     */
    public String createAsOperator(String username, String password, Set<Role> roles) {
        CurrentUser.requireIfSignedIn("create users", Role.ADMIN);
        String p = password == null || password.isEmpty() ? generatedPassword() : password;
        insert(username, p, roles);
        return p;
    }

    private static final String PASSWORD_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    static String generatedPassword() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
        }
        return sb.toString();
    }

    /** The refusal for a user without a role, the same wherever users are made or changed. */
    static void requireRole(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role: TRANSLATOR, REVIEWER or ADMIN");
        }
    }

    private void insert(String username, String password, Set<Role> roles) {
        requireRole(roles);
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("user name: 2-100 letters, digits or . _ @ -");
        }
        if (password == null || password.length() < 10) {
            throw new IllegalArgumentException("password: at least 10 characters");
        }
        if (users.find(username).isPresent()) {
            throw new IllegalArgumentException("user " + username + " already exists");
        }
        users.insert(username, encoder.encode(password), roles);
    }

    public void update(long id, Set<Role> roles, boolean enabled, List<Long> projects) {
        CurrentUser.require("change users", Role.ADMIN);
        requireRole(roles);
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

    public java.util.Optional<AppUser> find(String username) {
        return users.find(username);
    }

    public List<AppUser> all() {
        CurrentUser.require("list users", Role.ADMIN);
        return users.findAll();
    }

    public List<Long> projectsOf(long userId) {
        return users.projectsOf(userId);
    }
}
