package app.tandem.ui.workbench;

import app.tandem.document.SegmentStatus;
import com.vaadin.flow.component.Component;

/** A segment status as people read it, in the interface's language (the enum's name is for the API). */
public final class StatusLabels {
    private StatusLabels() {
    }

    public static String of(Component c, SegmentStatus s) {
        return c.getTranslation(s.label());
    }
}
