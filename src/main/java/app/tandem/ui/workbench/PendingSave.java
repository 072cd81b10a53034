package app.tandem.ui.workbench;

import app.tandem.cluster.DatabaseOutage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;

import java.util.function.Supplier;

/**
 * A save the database could not take because it was away. The translator's text stays where it
 * is (in the target, and here), a notice says so, and the save is tried again every two seconds
 * from the page's own polling, on the session's thread — no thread of ours waits inside JDBC and
 * none is interrupted. It ends when a try succeeds (the notice says "saved") or when the
 * translator's next action saves anyway.
 */
final class PendingSave {
    static final int RETRY_MILLIS = 2000;
    private Registration polling;
    private Notification notice;
    private Supplier<Boolean> retry;

    boolean active() {
        return retry != null;
    }

    /**
     * Starts (or continues) retrying {@code retry}: true once the save went through, false while the
     * database is still away, null when it ended otherwise (a conflict dialog took over).
     */
    void start(UI ui, Supplier<Boolean> retry) {
        this.retry = retry;
        if (notice == null) {
            notice = new Notification();
            notice.setId("database-lost");
            notice.setText(ui.getTranslation("Connection to the database lost — your text is kept, retrying"));
            notice.setPosition(Notification.Position.TOP_CENTER);
            notice.setDuration(0);
            notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notice.open();
        }
        if (polling == null) {
            ui.setPollInterval(RETRY_MILLIS);
            polling = ui.addPollListener(e -> tryAgain(ui));
        }
    }

    private void tryAgain(UI ui) {
        if (retry == null) {
            return;
        }
        Boolean done;
        try {
            done = retry.get();
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                return; // still away: the next poll tries again
            }
            stop(ui);
            throw e;
        }
        if (done == null) {
            stop(ui);
        } else if (done) {
            stop(ui);
            Notification saved = Notification.show(ui.getTranslation("The database is back: your text is saved"), 4000,
                    Notification.Position.TOP_CENTER);
            saved.setId("database-back");
            saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    /** The pending text was saved another way (or given up for a conflict dialog). */
    void stop(UI ui) {
        retry = null;
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
        if (notice != null) {
            notice.close();
            notice = null;
        }
    }
}
