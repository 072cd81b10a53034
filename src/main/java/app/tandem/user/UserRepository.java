package app.tandem.user;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Repository
public class UserRepository {
    private static final RowMapper<AppUser> USER = (rs, n) -> new AppUser(rs.getLong("id"), rs.getString("username"),
            parseRoles(rs.getString("roles")), rs.getBoolean("enabled"));
    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Set<Role> parseRoles(String s) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).map(Role::valueOf).forEach(out::add);
        return out;
    }

    static String formatRoles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public void insert(String username, String passwordHash, Set<Role> roles) {
        jdbc.sql("INSERT INTO app_user(username, password_hash, roles, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)")
                .params(username, passwordHash, formatRoles(roles), LocalDateTime.now()).update();
    }

    public Optional<AppUser> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username).query(USER).optional();
    }

    public Optional<AppUser> findById(long id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(id).query(USER).optional();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class).optional();
    }

    public List<AppUser> findAll() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(USER).list();
    }

    public void update(long id, Set<Role> roles, boolean enabled) {
        jdbc.sql("UPDATE app_user SET roles = ?, enabled = ? WHERE id = ?").params(formatRoles(roles), enabled, id).update();
    }

    public void setPassword(long id, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?").params(hash, id).update();
    }

    public Optional<String> locale(String username) {
        return jdbc.sql("SELECT locale FROM app_user WHERE username = ?").param(username).query(String.class).optional()
                .filter(l -> l != null && !l.isBlank());
    }

    public void setLocale(String username, String locale) {
        jdbc.sql("UPDATE app_user SET locale = ? WHERE username = ?").params(locale, username).update();
    }

    public boolean isMember(String username, long projectId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM project_member m JOIN app_user u ON u.id = m.user_id WHERE u.username = ? AND m.project_id = ?""")
                .params(username, projectId).query(Integer.class).single() > 0;
    }

    public List<Long> projectsOf(long userId) {
        return jdbc.sql("SELECT project_id FROM project_member WHERE user_id = ?").param(userId).query(Long.class).list();
    }

    public void setProjects(long userId, List<Long> projectIds) {
        jdbc.sql("DELETE FROM project_member WHERE user_id = ?").param(userId).update();
        for (long p : projectIds) {
            jdbc.sql("INSERT INTO project_member(project_id, user_id) VALUES (?, ?)").params(p, userId).update();
        }
    }
}
