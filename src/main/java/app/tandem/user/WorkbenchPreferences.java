package app.tandem.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** How each user left the editor's side panel: its width and whether it is hidden. */
@Repository
public class WorkbenchPreferences {
    /** Narrower than this the terms no longer fit on a line; wider leaves no room for the texts. */
    public static final int MIN_PANEL_WIDTH = 220;
    public static final int MAX_PANEL_WIDTH = 900;
    private final JdbcClient jdbc;

    public WorkbenchPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Integer> panelWidth(String username) {
        return jdbc.sql("SELECT panel_width FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> (Integer) rs.getObject("panel_width")).optional().filter(w -> w != null);
    }

    public void setPanelWidth(String username, int pixels) {
        int clamped = Math.max(MIN_PANEL_WIDTH, Math.min(MAX_PANEL_WIDTH, pixels));
        jdbc.sql("UPDATE app_user SET panel_width = ? WHERE username = ?").params(clamped, username).update();
    }

    public boolean panelHidden(String username) {
        return jdbc.sql("SELECT panel_hidden FROM app_user WHERE username = ?").param(username).query(Boolean.class).optional().orElse(false);
    }

    public void setPanelHidden(String username, boolean hidden) {
        jdbc.sql("UPDATE app_user SET panel_hidden = ? WHERE username = ?").params(hidden, username).update();
    }
}
