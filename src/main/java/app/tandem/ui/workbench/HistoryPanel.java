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
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final SegmentService segments;
    private final Grid<DocumentRepository.HistoryRow> grid = new Grid<>();
    private Consumer<String> restore = s -> { };

    HistoryPanel(SegmentService segments) {
        this.segments = segments;
        addClassName("history-panel");
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(h -> h.changedAt().format(WHEN) + " · " + (h.editor() == null ? "" : h.editor()) + " · " + h.status())
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
}
