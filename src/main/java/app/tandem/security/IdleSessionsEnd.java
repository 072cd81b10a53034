package app.tandem.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * When Vaadin closes a session whose UIs sat idle past the timeout (heartbeats of an open tab do
 * not count, {@code vaadin.closeIdleSessions}), the HTTP session goes with it: otherwise the
 * sign-in kept in the HTTP session would outlive the idle timeout while the tab stays open.
 */
@Component
public class IdleSessionsEnd implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> {
            WrappedSession http = e.getSession().getSession();
            if (http != null) {
                try {
                    http.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // the container ended it first (its own timeout)
                }
            }
        });
    }
}
