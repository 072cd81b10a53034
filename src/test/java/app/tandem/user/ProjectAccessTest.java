package app.tandem.user;

import app.tandem.SignedIn;
import app.tandem.TestDatabase;
import app.tandem.project.ProjectMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("persistence")
class ProjectAccessTest {
    @TempDir
    Path dir;
    TestDatabase db;
    UserRepository users;
    ProjectAccess access;
    ProjectMembers members;

    @BeforeEach
    void setUp() {
        db = new TestDatabase(dir);
        users = new UserRepository(db.jdbc);
        access = new ProjectAccess(users, db.jdbc);
        members = new ProjectMembers(db.jdbc, users, db.projects, access);
        users.insert("rita", "x", Set.of(Role.REVIEWER));
        users.insert("tom", "x", Set.of(Role.TRANSLATOR));
        users.insert("tess", "x", Set.of(Role.TRANSLATOR));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aNewProjectIsSeenByItsCreatorItsMembersAndAdminsOnly() {
        SignedIn.as("rita", Role.REVIEWER);
        long p = db.projects.findOrCreate("Private");
        assertThat(access.canSee(p)).isTrue();
        SignedIn.as("tom", Role.TRANSLATOR);
        assertThat(access.canSee(p)).as("no members yet: not open to everyone").isFalse();
        SignedIn.as("root", Role.ADMIN);
        assertThat(access.canSee(p)).isTrue();

        SignedIn.as("rita", Role.REVIEWER);
        members.add(p, "tom");
        assertThat(members.members(p)).extracting(AppUser::username).containsExactly("tom");
        SignedIn.as("tom", Role.TRANSLATOR);
        assertThat(access.canSee(p)).isTrue();
        assertThatThrownBy(() -> members.add(p, "tess")).as("translators do not manage members").isInstanceOf(AccessDeniedException.class);
        SignedIn.as("tess", Role.TRANSLATOR);
        assertThat(access.canSee(p)).isFalse();
        assertThatThrownBy(() -> members.members(p)).isInstanceOf(AccessDeniedException.class);

        SignedIn.as("rita", Role.REVIEWER);
        members.remove(p, "tom");
        SignedIn.as("tom", Role.TRANSLATOR);
        assertThat(access.canSee(p)).isFalse();
    }

    @Test
    void onlyAnAdminOpensAProjectToEveryUser() {
        SignedIn.as("rita", Role.REVIEWER);
        long p = db.projects.findOrCreate("Department");
        assertThatThrownBy(() -> members.setOpenToAll(p, true)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("root", Role.ADMIN);
        members.setOpenToAll(p, true);
        SignedIn.as("tess", Role.TRANSLATOR);
        assertThat(access.canSee(p)).isTrue();
        assertThat(members.openToAll(p)).isTrue();
    }

    @Test
    void aProjectTheCommandLineMadeIsPrivateToAdminsUntilMembersAreAdded() {
        long p = db.projects.findOrCreate("From the command line");
        SignedIn.as("rita", Role.REVIEWER);
        assertThat(access.canSee(p)).isFalse();
        assertThat(access.canSee(p, users.find("root").orElse(new AppUser(0, "root", Set.of(Role.ADMIN), true)))).isTrue();
        assertThat(access.canSee(p, users.find("tom").orElseThrow())).isFalse();
    }
}
