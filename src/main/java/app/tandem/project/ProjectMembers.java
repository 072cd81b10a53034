package app.tandem.project;

import app.tandem.user.AppUser;
import app.tandem.user.CurrentUser;
import app.tandem.user.ProjectAccess;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Who works in a project. Reviewers and admins who see the project add and remove its members;
 * only admins open a project to every user (or close it again).
 */
@Service
public class ProjectMembers {
    private final JdbcClient jdbc;
    private final UserRepository users;
    private final ProjectRepository projects;
    private final ProjectAccess access;

    public ProjectMembers(JdbcClient jdbc, UserRepository users, ProjectRepository projects, ProjectAccess access) {
        this.jdbc = jdbc;
        this.users = users;
        this.projects = projects;
        this.access = access;
    }

    public List<AppUser> members(long projectId) {
        visible(projectId);
        List<Long> ids = jdbc.sql("SELECT user_id FROM project_member WHERE project_id = ?").param(projectId).query(Long.class).list();
        return users.findAll().stream().filter(u -> ids.contains(u.id())).toList();
    }

    public void add(long projectId, String username) {
        manage(projectId);
        AppUser u = users.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new IllegalArgumentException("no user named '" + (username == null ? "" : username.strip()) + "'"));
        if (jdbc.sql("SELECT COUNT(*) FROM project_member WHERE project_id = ? AND user_id = ?").params(projectId, u.id())
                .query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO project_member(project_id, user_id) VALUES (?, ?)").params(projectId, u.id()).update();
        }
    }

    public void remove(long projectId, String username) {
        manage(projectId);
        users.find(username).ifPresent(u ->
                jdbc.sql("DELETE FROM project_member WHERE project_id = ? AND user_id = ?").params(projectId, u.id()).update());
    }

    public boolean openToAll(long projectId) {
        visible(projectId);
        return projects.visibility(projectId).map(ProjectRepository.Visibility::openToAll).orElse(false);
    }

    public void setOpenToAll(long projectId, boolean open) {
        CurrentUser.require("open a project to every user", Role.ADMIN);
        visible(projectId);
        projects.setOpenToAll(projectId, open);
    }

    private void manage(long projectId) {
        CurrentUser.require("manage a project's members", Role.REVIEWER, Role.ADMIN);
        visible(projectId);
    }

    private void visible(long projectId) {
        if (projects.findName(projectId).isEmpty() || !access.canSee(projectId)) {
            throw new AccessDeniedException("project " + projectId + " is not shared with you");
        }
    }
}
