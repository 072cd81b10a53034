package app.tandem.project;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** Glossaries, their entries, and which projects use them. */
@Repository
public class GlossaryRepository {
    /** An entry: preferred English first in {@link #english()}, then the accepted alternatives. */
    public record Entry(long id, String russian, List<String> english, List<String> forbidden, String note, String status) {
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

    public void attach(long projectId, long glossaryId) {
        jdbc.sql("INSERT INTO project_glossary(project_id, glossary_id) VALUES (?, ?)").params(projectId, glossaryId).update();
    }

    public void addEntry(long glossaryId, String russian, String english, String alternatives, String forbidden, String note,
                         String status, String by) {
        jdbc.sql("""
                INSERT INTO glossary_entry(glossary_id, russian, english, alternatives, forbidden, note, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(glossaryId, russian, english, blankToNull(alternatives), blankToNull(forbidden), blankToNull(note), status, by,
                        LocalDateTime.now()).update();
    }

    /** Entries of every glossary the project uses. */
    public List<Entry> entriesForProject(long projectId) {
        return jdbc.sql("""
                SELECT e.* FROM glossary_entry e JOIN project_glossary pg ON pg.glossary_id = e.glossary_id
                WHERE pg.project_id = ? ORDER BY e.russian, e.id""").param(projectId)
                .query((rs, n) -> {
                    List<String> english = new java.util.ArrayList<>(List.of(rs.getString("english")));
                    english.addAll(split(rs.getString("alternatives")));
                    return new Entry(rs.getLong("id"), rs.getString("russian"), english, split(rs.getString("forbidden")),
                            rs.getString("note"), rs.getString("status"));
                }).list();
    }

    /** The glossary a project edits: the first one attached, created when the project has none. */
    public long glossaryOf(long projectId, String projectName) {
        return jdbc.sql("SELECT glossary_id FROM project_glossary WHERE project_id = ? ORDER BY glossary_id").param(projectId)
                .query(Long.class).list().stream().findFirst().orElseGet(() -> {
                    long g = create(projectName + " glossary");
                    attach(projectId, g);
                    return g;
                });
    }

    public void update(long entryId, String russian, String english, String alternatives, String forbidden, String note) {
        jdbc.sql("UPDATE glossary_entry SET russian = ?, english = ?, alternatives = ?, forbidden = ?, note = ? WHERE id = ?")
                .params(russian, english, blankToNull(alternatives), blankToNull(forbidden), blankToNull(note), entryId).update();
    }

    public void setStatus(long entryId, String status) {
        jdbc.sql("UPDATE glossary_entry SET status = ? WHERE id = ?").params(status, entryId).update();
    }

    public void delete(long entryId) {
        jdbc.sql("DELETE FROM glossary_entry WHERE id = ?").param(entryId).update();
    }

    /** Loads a TSV with the header {@code russian english alternatives forbidden note}; returns the number of entries. */
    public int loadTsv(long glossaryId, List<String> lines, String status, String by) {
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] c = Arrays.copyOf(lines.get(i).split("\t", -1), 5);
            addEntry(glossaryId, c[0].strip(), c[1].strip(), c[2], c[3], c[4], status, by);
            n++;
        }
        return n;
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("[;|]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
