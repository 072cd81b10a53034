package app.tandem.ui.workbench;

import app.tandem.document.DocumentRepository;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;

import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * Every version of the active segment, newest last, with who changed it and why (edit, confirm,
 * merge, split, review); "Restore" puts an earlier English back into the target.
 */
final class HistoryPanel extends Div {
    private final SegmentService segments;
    private final Grid<DocumentRepository.HistoryRow> grid = new Grid<>();
    private Consumer<String> restore = s -> { };

    HistoryPanel(SegmentService segments) {
        this.segments = segments;
        addClassName("history-panel");
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(h -> app.tandem.ui.Dates.when(h.changedAt()) + " · " + (h.editor() == null ? "" : h.editor()) + " · " + historyStatus(h.status()))
                .setHeader(getTranslation("When")).setFlexGrow(2);
        grid.addColumn(h -> (h.note() == null ? "" : h.note() + (h.target() == null ? "" : ": ")) + (h.target() == null ? "" : h.target()))
                .setHeader(getTranslation("Note")).setFlexGrow(3);
        grid.addComponentColumn(h -> {
            Button b = new Button(getTranslation("Restore"), e -> restore.accept(h.target() == null ? "" : h.target()));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            return b;
        }).setFlexGrow(0).setWidth("90px");
        grid.setAllRowsVisible(true);
        add(grid);
    }

    void onRestore(Consumer<String> restore) {
        this.restore = restore;
    }

    void show(SegmentRow s) {
        grid.setItems(segments.history(s.id()));
    }

    /** The stored status name in the interface's words (an unknown one as it is). */
    private String historyStatus(String status) {
        try {
            return StatusLabels.of(this, app.tandem.document.SegmentStatus.valueOf(status));
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(status);
        }
    }
}
