package app.tandem.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sees which project: admins see all; others a project an admin opened to everyone, one they
 * created, and the ones they are members of. A project with no members is private, not open.
 */
@Component
public class ProjectAccess {
    private final JdbcClient jdbc;

    public ProjectAccess(UserRepository users, JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean canSee(long projectId) {
        CurrentUser.Actor actor = CurrentUser.get();
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM project p WHERE p.id = ? AND (p.open_to_all = TRUE OR p.created_by = ?
                    OR EXISTS (SELECT 1 FROM project_member m JOIN app_user u ON u.id = m.user_id WHERE m.project_id = p.id AND u.username = ?))""")
                .params(projectId, actor.username(), actor.username()).query(Integer.class).single() > 0;
    }

    /** Whether {@code username} (with {@code roles}) sees the project: for choosing people, not the signed-in user. */
    public boolean canSee(long projectId, AppUser user) {
        if (user.has(Role.ADMIN)) {
            return true;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM project p WHERE p.id = ? AND (p.open_to_all = TRUE OR p.created_by = ?
                    OR EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.user_id = ?))""")
                .params(projectId, user.username(), user.id()).query(Integer.class).single() > 0;
    }
}
