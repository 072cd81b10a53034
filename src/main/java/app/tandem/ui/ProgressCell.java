package app.tandem.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** "translated / approved of total" as two bars and numbers. */
public final class ProgressCell extends Div {
    public ProgressCell(int total, int translated, int approved) {
        addClassName("progress-cell");
        ProgressBar t = new ProgressBar(0, Math.max(1, total), translated);
        t.addClassName("bar-translated");
        ProgressBar a = new ProgressBar(0, Math.max(1, total), approved);
        a.addClassName("bar-approved");
        Span numbers = new Span(getTranslation("{0} translated · {1} approved · {2} segments", String.valueOf(translated), String.valueOf(approved), total));
        numbers.addClassName("progress-numbers");
        numbers.getElement().setAttribute("title", numbers.getText());
        add(t, a, numbers);
    }
}
