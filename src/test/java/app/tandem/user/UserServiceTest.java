package app.tandem.user;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("persistence")
class UserServiceTest {
    @TempDir
    Path dir;
    UserService users;
    UserRepository repository;
    BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @BeforeEach
    void setUp() {
        repository = new UserRepository(new TestDatabase(dir).jdbc);
        users = new UserService(repository, encoder);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aUserNeedsARoleWhereverUsersAreMadeOrChanged() {
        SignedIn.as("root", Role.ADMIN);
        assertThatThrownBy(() -> users.create("nobody", "a-long-password", EnumSet.noneOf(Role.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a user needs at least one role: TRANSLATOR, REVIEWER or ADMIN");
        assertThatThrownBy(() -> users.createAsOperator("nobody", null, Set.of())).isInstanceOf(IllegalArgumentException.class);
        users.create("ann", "a-long-password", Set.of(Role.TRANSLATOR));
        long id = repository.find("ann").orElseThrow().id();
        assertThatThrownBy(() -> users.update(id, EnumSet.noneOf(Role.class), true, java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one role");
        assertThat(repository.find("nobody")).isEmpty();
    }

    @Test
    void withoutAPasswordOneIsGeneratedReturnedOnceAndStoredOnlyAsAHash() {
        String given = users.createAsOperator("bob", null, Set.of(Role.REVIEWER, Role.TRANSLATOR));
        assertThat(given).hasSize(16);
        String hash = repository.passwordHash("bob").orElseThrow();
        assertThat(hash).doesNotContain(given);
        assertThat(encoder.matches(given, hash)).isTrue();
        assertThat(repository.find("bob").orElseThrow().roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.TRANSLATOR);
    }

    @Test
    void onlyAdminsCreateUsersWhenSomeoneIsSignedIn() {
        SignedIn.as("rita", Role.REVIEWER);
        assertThatThrownBy(() -> users.createAsOperator("eve", "a-long-password", Set.of(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
    }
}
