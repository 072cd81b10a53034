package app.tandem.project;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@Repository
public class ProjectRepository {
    private final JdbcClient jdbc;

    public ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM project").query(Long.class).single();
    }

    public Optional<Long> findIdByName(String name) {
        return jdbc.sql("SELECT id FROM project WHERE name = ?").param(name).query(Long.class).optional();
    }

    public long findOrCreate(String name) {
        return findIdByName(name).orElseGet(() -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            // private to its creator (and admins) until members are added or an admin opens it
            String creator = app.tandem.user.CurrentUser.signedIn().map(app.tandem.user.CurrentUser.Actor::username).orElse(null);
            jdbc.sql("INSERT INTO project(name, created_at, created_by, open_to_all) VALUES (?, ?, ?, FALSE)")
                    .params(name, LocalDateTime.now(), creator).update(keys, "id");
            return keys.getKey().longValue();
        });
    }

    public String englishVariant(long id) {
        return jdbc.sql("SELECT english_variant FROM project WHERE id = ?").param(id).query(String.class).single();
    }

    public void setEnglishVariant(long id, String variant) {
        if (!variant.equals("en-US") && !variant.equals("en-GB")) {
            throw new IllegalArgumentException("English variant must be en-US or en-GB");
        }
        jdbc.sql("UPDATE project SET english_variant = ? WHERE id = ?").params(variant, id).update();
    }

    /** The scheme names in the text are romanised by ("wikipedia" unless a reviewer chose another). */
    public String namesScheme(long id) {
        return jdbc.sql("SELECT names_scheme FROM project WHERE id = ?").param(id).query(String.class).single();
    }

    /** The scheme reference lists are romanised by. */
    public String referencesScheme(long id) {
        return jdbc.sql("SELECT references_scheme FROM project WHERE id = ?").param(id).query(String.class).single();
    }

    public void setSchemes(long id, String namesScheme, String referencesScheme) {
        for (String scheme : java.util.List.of(namesScheme, referencesScheme)) {
            if (!app.tandem.translit.TransliterationScheme.NAMES.contains(scheme)) {
                throw new IllegalArgumentException("unknown scheme '" + scheme + "'; the schemes are "
                        + String.join(", ", app.tandem.translit.TransliterationScheme.NAMES));
            }
        }
        jdbc.sql("UPDATE project SET names_scheme = ?, references_scheme = ? WHERE id = ?").params(namesScheme, referencesScheme, id).update();
    }

    public boolean checksSource(long id) {
        return jdbc.sql("SELECT check_source FROM project WHERE id = ?").param(id).query(Boolean.class).single();
    }

    /** Turning the source checks off also drops the source findings already stored. */
    public void setCheckSource(long id, boolean on) {
        jdbc.sql("UPDATE project SET check_source = ? WHERE id = ?").params(on, id).update();
        if (!on) {
            jdbc.sql("""
                    DELETE FROM qa_finding WHERE check_id = ?
                    AND segment_id IN (SELECT s.id FROM segment s JOIN document d ON d.id = s.document_id WHERE d.project_id = ?)""")
                    .params(app.tandem.qa.checks.LanguageToolCheck.SOURCE_CHECK_ID, id).update();
        }
    }

    public List<String> sourceSentences(long projectId) {
        return jdbc.sql("SELECT s.source_text FROM segment s JOIN document d ON d.id = s.document_id WHERE d.project_id = ? AND d.deleted_at IS NULL ORDER BY d.id, s.position")
                .param(projectId).query(String.class).list();
    }

    /** Whether every user sees the project, and who made it (null: the command line or start-up). */
    public record Visibility(boolean openToAll, String createdBy) {
    }

    public Optional<Visibility> visibility(long id) {
        return jdbc.sql("SELECT open_to_all, created_by FROM project WHERE id = ?").param(id)
                .query((rs, n) -> new Visibility(rs.getBoolean(1), rs.getString(2))).optional();
    }

    public void setOpenToAll(long id, boolean open) {
        jdbc.sql("UPDATE project SET open_to_all = ? WHERE id = ?").params(open, id).update();
    }

    public Optional<String> findName(long id) {
        return jdbc.sql("SELECT name FROM project WHERE id = ?").param(id).query(String.class).optional();
    }

    public List<ProjectSummary> findAllSummaries() {
        return jdbc.sql("""
                SELECT p.id, p.name,
                       (SELECT COUNT(*) FROM document d WHERE d.project_id = p.id AND d.deleted_at IS NULL) AS documents,
                       COUNT(s.id) AS segments,
                       COALESCE(SUM(CASE WHEN s.status IN ('TRANSLATED','APPROVED') THEN 1 ELSE 0 END), 0) AS translated,
                       COALESCE(SUM(CASE WHEN s.status = 'APPROVED' THEN 1 ELSE 0 END), 0) AS approved
                FROM project p
                LEFT JOIN document d2 ON d2.project_id = p.id AND d2.deleted_at IS NULL
                LEFT JOIN segment s ON s.document_id = d2.id AND s.covered_by IS NULL
                GROUP BY p.id, p.name
                ORDER BY p.name
                """).query((rs, n) -> new ProjectSummary(rs.getLong("id"), rs.getString("name"),
                rs.getInt("documents"), rs.getInt("segments"), rs.getInt("translated"), rs.getInt("approved"))).list();
    }
}
