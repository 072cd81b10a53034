package app.tandem.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Errors reach the user as a short message; the stack trace goes to the log only. */
@Component
public class UiErrorHandling implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    private final app.tandem.user.UserRepository users;

    public UiErrorHandling(app.tandem.user.UserRepository users) {
        this.users = users;
    }

    /**
     * Runs a user's action; a refusal (a rule or a role) is shown as a message and reported as
     * false, so a dialog can stay open for a correction.
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException ex) {
            // every notice stands at the top centre, over the header: the in-place editor and the side panel stay free
            Notification.show(NumberedMessages.ofRefusal(ex.getMessage()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // each user's chosen interface language, else the browser's
        event.getSource().addUIInitListener(init -> {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal())) {
                users.locale(auth.getName()).ifPresent(l -> init.getUI().setLocale(java.util.Locale.forLanguageTag(l)));
            }
            ComponentTexts.installPageTexts(init.getUI());
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable t = error.getThrowable();
            while (t.getCause() != null && !(t instanceof org.springframework.security.access.AccessDeniedException)) {
                t = t.getCause();
            }
            UI ui = UI.getCurrent();
            if (t instanceof org.springframework.security.access.AccessDeniedException || t instanceof IllegalArgumentException) {
                if (ui != null) {
                    Notification.show((t instanceof IllegalArgumentException ? "" : ui.getTranslation("Not allowed") + ": ")
                                    + NumberedMessages.ofRefusal(t.getMessage()), 6000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                return;
            }
            if (app.tandem.cluster.DatabaseOutage.isCause(error.getThrowable())) {
                log.warn("A request of the web app failed while the database is not reachable: {}", error.getThrowable().getMessage());
                if (ui != null) {
                    Notification.show(ui.getTranslation("The database is not reachable just now; nothing was lost — try again in a few seconds"),
                            6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_WARNING);
                }
                return;
            }
            log.error("Unhandled UI error", error.getThrowable());
            if (ui != null) {
                String message = error.getThrowable().getMessage();
                Notification n = Notification.show(ui.getTranslation("Something went wrong")
                                + (message == null ? "" : ": " + message.lines().findFirst().orElse("")),
                        6000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
