package app.tandem.document;

import app.tandem.user.AppUser;
import app.tandem.user.CurrentUser;
import app.tandem.user.ProjectAccess;
import app.tandem.user.Role;
import app.tandem.user.UserRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who translates and who reviews each document, and by when. Reviewers and admins assign; a
 * translator's own list ("My work") holds the documents they translate or review, with progress.
 */
@Service
public class AssignmentService {
    /** A document's assignment; any part may be empty. */
    public record Assignment(String translator, String reviewer, LocalDate due) {
        public static final Assignment NONE = new Assignment(null, null, null);
    }

    /** One document on someone's list: their role in it is {@code translator} or {@code reviewer}. */
    public record WorkItem(DocumentSummary document, String project, String role, LocalDate due) {
        public boolean overdue(LocalDate today) {
            return due != null && due.isBefore(today) && document.approved() < document.total();
        }
    }

    private final JdbcClient jdbc;
    private final DocumentRepository documents;
    private final UserRepository users;
    private final ProjectAccess access;

    public AssignmentService(JdbcClient jdbc, DocumentRepository documents, UserRepository users, ProjectAccess access) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.users = users;
        this.access = access;
    }

    public Assignment of(long documentId) {
        return jdbc.sql("SELECT translator, reviewer, due_date FROM document WHERE id = ?").param(documentId)
                .query((rs, n) -> new Assignment(rs.getString(1), rs.getString(2), date(rs.getDate(3)))).optional().orElse(Assignment.NONE);
    }

    /** The assignments of a project's documents, by document id. */
    public Map<Long, Assignment> ofProject(long projectId) {
        Map<Long, Assignment> out = new HashMap<>();
        jdbc.sql("SELECT id, translator, reviewer, due_date FROM document WHERE project_id = ?").param(projectId)
                .query(rs -> {
                    out.put(rs.getLong(1), new Assignment(rs.getString(2), rs.getString(3), date(rs.getDate(4))));
                });
        return out;
    }

    /**
     * Sets a document's translator, reviewer and due date (empty clears one). Each person must be
     * an enabled user who may see the project, the reviewer a reviewer or admin.
     */
    public Assignment assign(long documentId, String translator, String reviewer, LocalDate due) {
        CurrentUser.require("assign documents", Role.REVIEWER, Role.ADMIN);
        DocumentSummary d = documents.findSummary(documentId).orElseThrow(() -> new IllegalArgumentException("no document " + documentId));
        if (!access.canSee(d.projectId())) {
            throw new AccessDeniedException("not a member of project " + d.projectId());
        }
        String t = person("translator", translator, d.projectId(), false);
        String r = person("reviewer", reviewer, d.projectId(), true);
        jdbc.sql("UPDATE document SET translator = ?, reviewer = ?, due_date = ? WHERE id = ?")
                .params(t, r, due == null ? null : Date.valueOf(due), documentId).update();
        return new Assignment(t, r, due);
    }

    private String person(String role, String name, long projectId, boolean mustReview) {
        if (name == null || name.isBlank()) {
            return null;
        }
        AppUser u = users.find(name.strip()).filter(AppUser::enabled)
                .orElseThrow(() -> new IllegalArgumentException("the " + role + " '" + name.strip() + "' is no user of Tandem"));
        if (mustReview && !u.has(Role.REVIEWER) && !u.has(Role.ADMIN)) {
            throw new IllegalArgumentException("the reviewer '" + u.username() + "' has no reviewer role");
        }
        if (!access.canSee(projectId, u)) {
            throw new IllegalArgumentException("the " + role + " '" + u.username() + "' is not a member of this project; add them under Members on the project page");
        }
        return u.username();
    }

    /** The people a document can be given to, for the assignment form: enabled users, reviewers separately. */
    public List<AppUser> people() {
        return users.findAll().stream().filter(AppUser::enabled).toList();
    }

    /** The signed-in user's documents, due first (undated last), in projects they still see. */
    public List<WorkItem> myWork() {
        String me = CurrentUser.get().username();
        record Row(long id, String project, String translator, String reviewer, LocalDate due) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT d.id, p.name, d.translator, d.reviewer, d.due_date FROM document d JOIN project p ON p.id = d.project_id
                WHERE d.translator = ? OR d.reviewer = ?""").params(me, me)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getDate(5)))).list();
        List<WorkItem> out = new ArrayList<>();
        for (Row r : rows) {
            Optional<DocumentSummary> d = documents.findSummary(r.id()).filter(s -> access.canSee(s.projectId()));
            if (d.isEmpty()) {
                continue;
            }
            if (me.equals(r.translator())) {
                out.add(new WorkItem(d.get(), r.project(), "translator", r.due()));
            }
            if (me.equals(r.reviewer())) {
                out.add(new WorkItem(d.get(), r.project(), "reviewer", r.due()));
            }
        }
        out.sort(java.util.Comparator.comparing(WorkItem::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(w -> w.document().fileName()));
        return out;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
