package app.tandem.user;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;

import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal access tokens against a real H2 database: stored hashed, found by hash, revoked for good. */
@org.junit.jupiter.api.Tag("persistence")
class ApiTokenServiceTest {
    @TempDir
    Path dir;
    private TestDatabase db;
    private UserRepository users;
    private ApiTokenService tokens;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        users = new UserRepository(db.jdbc);
        users.insert("tina", "{noop}unused", EnumSet.of(Role.TRANSLATOR));
        users.insert("rita", "{noop}unused", EnumSet.of(Role.REVIEWER));
        tokens = new ApiTokenService(db.jdbc, users);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aTokenIsStoredOnlyAsItsHashAndSignsItsOwnerInUntilRevoked() {
        ApiTokenService.Created made = tokens.create("tina", "nightly export");
        assertThat(made.token()).startsWith("tdm_").hasSizeGreaterThan(40);
        String stored = db.jdbc.sql("SELECT token_hash FROM api_token").query(String.class).single();
        assertThat(stored).isEqualTo(ApiTokenService.hash(made.token())).doesNotContain(made.token().substring(4, 20));
        assertThat(tokens.authenticate(made.token())).map(AppUser::username).contains("tina");
        assertThat(tokens.authenticate(made.token() + "x")).isEmpty();
        assertThat(tokens.authenticate("Bearer " + made.token())).isEmpty();

        SignedIn.as("tina", Role.TRANSLATOR);
        assertThat(tokens.mine()).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("nightly export");
            assertThat(t.lastUsedAt()).isNotNull();
            assertThat(t.active()).isTrue();
        });
        tokens.revoke(made.info().id());
        assertThat(tokens.authenticate(made.token())).isEmpty();
        assertThat(tokens.mine()).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void onlyTheOwnerOrAnAdminRevokesAndADisabledUsersTokenNoLongerWorks() {
        ApiTokenService.Created tinas = tokens.create("tina", null);
        SignedIn.as("rita", Role.REVIEWER);
        assertThatThrownBy(() -> tokens.revoke(tinas.info().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.create("tina", "for her")).isInstanceOf(AccessDeniedException.class);
        assertThat(tokens.authenticate(tinas.token())).isPresent();

        long tina = users.find("tina").orElseThrow().id();
        users.update(tina, EnumSet.of(Role.TRANSLATOR), false);
        assertThat(tokens.authenticate(tinas.token())).isEmpty();
        SignedIn.nobody();
        assertThatThrownBy(() -> tokens.create("nobody", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no enabled user named 'nobody'");
    }
}
