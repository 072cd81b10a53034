package app.tandem.project;

import app.tandem.exchange.TermEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Glossaries, their entries, and which projects use them. */
@Repository
public class GlossaryRepository {
    /** A stored entry: preferred English first in {@link #english()}, then the accepted alternatives. */
    public record Entry(long id, long glossaryId, String glossaryName, String russian, List<String> english, List<String> forbidden,
                        String note, String domain, String partOfSpeech, String status, String createdBy, LocalDateTime createdAt) {
        public TermEntry term() {
            return new TermEntry(russian, english, forbidden, note, domain, partOfSpeech, status);
        }
    }

    /** A glossary with the number of its entries and the projects that use it. */
    public record GlossaryInfo(long id, String name, int entries, List<String> projects) {
    }

    private final JdbcClient jdbc;

    public GlossaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(String name) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO glossary(name, created_at) VALUES (?, ?)").params(name, LocalDateTime.now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Long> findIdByName(String name) {
        return jdbc.sql("SELECT id FROM glossary WHERE name = ?").param(name).query(Long.class).optional();
    }

    public void attach(long projectId, long glossaryId) {
        // SQL both H2 and PostgreSQL run (no MERGE … KEY, no ON CONFLICT)
        jdbc.sql("INSERT INTO project_glossary(project_id, glossary_id) SELECT CAST(? AS BIGINT), CAST(? AS BIGINT)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM project_glossary WHERE project_id = ? AND glossary_id = ?)")
                .params(projectId, glossaryId, projectId, glossaryId).update();
    }

    public void detach(long projectId, long glossaryId) {
        jdbc.sql("DELETE FROM project_glossary WHERE project_id = ? AND glossary_id = ?").params(projectId, glossaryId).update();
    }

    /** The columns' own sizes, checked before the database would refuse with its own words. */
    static void requireWithinLimits(TermEntry e) {
        String term = e.russian() == null ? "" : e.russian().length() > 40 ? e.russian().substring(0, 40) + "…" : e.russian();
        requireAtMost("the term '" + term + "'", e.russian(), 300);
        requireAtMost("the English of '" + term + "'", e.preferred(), 300);
        requireAtMost("the alternatives of '" + term + "'", joined(e.alternatives()), 1000);
        requireAtMost("the forbidden translations of '" + term + "'", joined(e.forbidden()), 1000);
        requireAtMost("the note of '" + term + "'", e.note(), 2000);
        requireAtMost("the domain of '" + term + "'", e.domain(), 100);
        requireAtMost("the part of speech of '" + term + "'", e.partOfSpeech(), 30);
    }

    private static void requireAtMost(String what, String text, int max) {
        if (text != null && text.length() > max) {
            throw new app.tandem.document.WriteLimits.LimitExceededException(what + " has " + text.length()
                    + " characters; the limit is " + max);
        }
    }

    public void addEntry(long glossaryId, TermEntry e, String status, String by) {
        requireWithinLimits(e);
        jdbc.sql("""
                INSERT INTO glossary_entry(glossary_id, russian, english, alternatives, forbidden, note, domain, part_of_speech,
                                           status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(glossaryId, e.russian(), e.preferred(), joined(e.alternatives()), joined(e.forbidden()), e.note(), e.domain(),
                        e.partOfSpeech(), status, by, LocalDateTime.now()).update();
    }

    public void update(long entryId, TermEntry e) {
        requireWithinLimits(e);
        jdbc.sql("""
                UPDATE glossary_entry SET russian = ?, english = ?, alternatives = ?, forbidden = ?, note = ?, domain = ?, part_of_speech = ?
                WHERE id = ?""")
                .params(e.russian(), e.preferred(), joined(e.alternatives()), joined(e.forbidden()), e.note(), e.domain(), e.partOfSpeech(),
                        entryId).update();
    }

    /** Entries of every glossary the project uses. */
    public List<Entry> entriesForProject(long projectId) {
        return jdbc.sql("""
                SELECT e.*, g.name AS glossary_name FROM glossary_entry e
                JOIN glossary g ON g.id = e.glossary_id
                JOIN project_glossary pg ON pg.glossary_id = e.glossary_id
                WHERE pg.project_id = ? ORDER BY e.russian, e.id""").param(projectId)
                .query(GlossaryRepository::entry).list();
    }

    public Optional<Entry> findEntry(long entryId) {
        return jdbc.sql("""
                SELECT e.*, g.name AS glossary_name FROM glossary_entry e JOIN glossary g ON g.id = e.glossary_id WHERE e.id = ?""")
                .param(entryId).query(GlossaryRepository::entry).optional();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        List<String> english = new ArrayList<>(List.of(rs.getString("english")));
        english.addAll(split(rs.getString("alternatives")));
        java.sql.Timestamp at = rs.getTimestamp("created_at");
        return new Entry(rs.getLong("id"), rs.getLong("glossary_id"), rs.getString("glossary_name"), rs.getString("russian"),
                List.copyOf(english), split(rs.getString("forbidden")), rs.getString("note"), rs.getString("domain"),
                rs.getString("part_of_speech"), rs.getString("status"), rs.getString("created_by"),
                at == null ? null : at.toLocalDateTime());
    }

    /** The glossaries a project uses, the one new terms go to first. */
    public List<GlossaryInfo> glossariesOf(long projectId) {
        return infos("JOIN project_glossary pg ON pg.glossary_id = g.id WHERE pg.project_id = ?", projectId);
    }

    /** Every glossary, for choosing one to share. */
    public List<GlossaryInfo> allGlossaries() {
        return infos("", null);
    }

    private List<GlossaryInfo> infos(String where, Long param) {
        var q = jdbc.sql("SELECT g.id, g.name, (SELECT COUNT(*) FROM glossary_entry e WHERE e.glossary_id = g.id) AS n FROM glossary g "
                + where + " ORDER BY g.id");
        if (param != null) {
            q = q.param(param);
        }
        return q.query((rs, i) -> new GlossaryInfo(rs.getLong("id"), rs.getString("name"), rs.getInt("n"), projectsUsing(rs.getLong("id"))))
                .list();
    }

    private List<String> projectsUsing(long glossaryId) {
        return jdbc.sql("SELECT p.name FROM project p JOIN project_glossary pg ON pg.project_id = p.id WHERE pg.glossary_id = ? ORDER BY p.name")
                .param(glossaryId).query(String.class).list();
    }

    public List<Long> projectIdsUsing(long glossaryId) {
        return jdbc.sql("SELECT project_id FROM project_glossary WHERE glossary_id = ?").param(glossaryId).query(Long.class).list();
    }

    /** The glossary new terms of a project go to: the first one attached, created when the project has none. */
    public long glossaryOf(long projectId, String projectName) {
        return jdbc.sql("SELECT glossary_id FROM project_glossary WHERE project_id = ? ORDER BY glossary_id").param(projectId)
                .query(Long.class).list().stream().findFirst().orElseGet(() -> {
                    String name = projectName + " glossary";
                    long g = findIdByName(name).orElseGet(() -> create(name));
                    attach(projectId, g);
                    return g;
                });
    }

    public void setStatus(long entryId, String status) {
        jdbc.sql("UPDATE glossary_entry SET status = ? WHERE id = ?").params(status, entryId).update();
    }

    public void delete(long entryId) {
        jdbc.sql("DELETE FROM glossary_entry WHERE id = ?").param(entryId).update();
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("[;|]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("|", values);
    }
}
