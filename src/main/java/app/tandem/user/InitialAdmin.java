package app.tandem.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * With no users yet, creates the account "admin" (all roles). Its password comes from
 * TANDEM_ADMIN_PASSWORD, or is generated and printed to the log once; there is no built-in one.
 */
@Component
// first of the start-up work: the web server already takes sign-ins while the runners run, and the
// seed import after this one takes seconds (a fresh-clone CI run signed in before "admin" existed)
@Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class InitialAdmin implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserRepository users;
    private final UserService service;
    private final String configured;
    private final boolean web;
    private final app.tandem.cluster.StartupLock startup;

    public InitialAdmin(UserRepository users, UserService service,
                        @Value("${tandem.admin-password:}") String configured,
                        @Value("${tandem.load-seeds:true}") boolean web, app.tandem.cluster.StartupLock startup) {
        this.startup = startup;
        this.users = users;
        this.service = service;
        this.configured = configured;
        this.web = web;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (web) {
            startup.exclusively(() -> {
                createIfNoUsers();
                return null;
            });
        }
    }

    private void createIfNoUsers() {
        if (users.count() > 0) {
            return;
        }
        String password = configured;
        if (password == null || password.isBlank()) {
            SecureRandom random = new SecureRandom();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            password = sb.toString();
            service.createInitialAdmin("admin", password);
            log.warn("\n\n    First start: created user 'admin' with password  {}  (shown once; change it under Users)\n", password);
        } else {
            service.createInitialAdmin("admin", password);
            log.info("First start: created user 'admin' with the password from TANDEM_ADMIN_PASSWORD");
        }
    }
}
