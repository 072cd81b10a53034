package app.tandem.project;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A project's names list: a person (key "г.в.|чичерин", as written "Г.В. Чичерин") and their English, proposed or approved. */
@Repository
public class PersonNameRepository {
    public record Entry(long id, long projectId, String key, String russian, String english, String status, String createdBy) {
        public boolean approved() {
            return "APPROVED".equals(status);
        }
    }

    private final JdbcClient jdbc;

    public PersonNameRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> list(long projectId) {
        return jdbc.sql("SELECT id, project_id, person_key, russian, english, status, created_by FROM person_name WHERE project_id = ? ORDER BY russian")
                .param(projectId).query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7))).list();
    }

    public Optional<Entry> find(long id) {
        return jdbc.sql("SELECT id, project_id, person_key, russian, english, status, created_by FROM person_name WHERE id = ?")
                .param(id).query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7))).optional();
    }

    /** Adds the person or replaces their English (a new proposal of an approved name waits for approval again). */
    public void save(long projectId, String key, String russian, String english, String status, String by) {
        int n = jdbc.sql("UPDATE person_name SET russian = ?, english = ?, status = ?, created_by = ?, created_at = ? WHERE project_id = ? AND person_key = ?")
                .params(russian, english, status, by, LocalDateTime.now(), projectId, key).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO person_name(project_id, person_key, russian, english, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(projectId, key, russian, english, status, by, LocalDateTime.now()).update();
        }
    }

    public void setStatus(long id, String status) {
        jdbc.sql("UPDATE person_name SET status = ? WHERE id = ?").params(status, id).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM person_name WHERE id = ?").param(id).update();
    }

    /** Approved entries: a person's key to their English. */
    public Map<String, String> approved(long projectId) {
        return list(projectId).stream().filter(Entry::approved).collect(Collectors.toMap(Entry::key, Entry::english, (a, b) -> a));
    }
}
