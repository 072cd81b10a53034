package app.tandem.document;

import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Changes to a document as a whole. The role is checked here, whatever the screen shows. */
@Service
public class DocumentService {
    /** The column's size. */
    static final int MAX_TITLE = 1000;
    private final JdbcClient jdbc;

    public DocumentService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reviewers and admins give a document the title readers of the list will see; the file name stays as it was. */
    public void rename(long documentId, String title) {
        CurrentUser.require("rename documents", Role.REVIEWER, Role.ADMIN);
        String clean = title == null ? "" : title.replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a title cannot be empty");
        }
        if (clean.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a title has at most " + MAX_TITLE + " characters (this one has " + clean.length() + ")");
        }
        if (jdbc.sql("UPDATE document SET title = ? WHERE id = ?").params(clean, documentId).update() == 0) {
            throw new IllegalArgumentException("no document " + documentId);
        }
    }
}
