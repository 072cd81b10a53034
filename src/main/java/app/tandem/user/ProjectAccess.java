package app.tandem.user;

import org.springframework.stereotype.Component;

/**
 * Who sees which project: admins see all; others the projects they are members of, and — so that
 * a fresh installation is usable before anyone assigns members — every project while no member
 * has been assigned to it at all.
 */
@Component
public class ProjectAccess {
    private final UserRepository users;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public ProjectAccess(UserRepository users, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    public boolean canSee(long projectId) {
        CurrentUser.Actor actor = CurrentUser.get();
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        int members = jdbc.sql("SELECT COUNT(*) FROM project_member WHERE project_id = ?").param(projectId).query(Integer.class).single();
        return members == 0 || users.isMember(actor.username(), projectId);
    }
}
