package app.tandem.ui;

import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A due date in a list, marked when it has passed and the work is not done. */
final class DueDate {
    private DueDate() {
    }

    static Span of(LocalDate due, boolean done, boolean sayOverdue) {
        Span s = new Span();
        if (due == null) {
            return s;
        }
        s.setText(Dates.day(due));
        if (!done && due.isBefore(LocalDate.now())) {
            s.getElement().getThemeList().add("badge error");
            s.addClassName("overdue");
            s.getElement().setAttribute("title", s.getTranslation("Overdue"));
            if (sayOverdue) {
                s.setText(s.getText() + " · " + s.getTranslation("overdue"));
            }
        }
        return s;
    }
}
