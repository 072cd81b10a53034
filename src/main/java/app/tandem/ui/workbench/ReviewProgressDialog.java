package app.tandem.ui.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Segments by status and by the person who last changed them. */
final class ReviewProgressDialog extends Dialog {
    record Row(String who, String status, int count) {
    }

    ReviewProgressDialog(Map<String, Map<String, Integer>> progress) {
        setHeaderTitle(getTranslation("Review progress"));
        List<Row> rows = new ArrayList<>();
        progress.forEach((who, byStatus) -> byStatus.forEach((status, n) -> rows.add(new Row(who, status, n))));
        Grid<Row> grid = new Grid<>();
        grid.setId("progress-grid");
        grid.addColumn(Row::who).setHeader(getTranslation("Last changed by"));
        grid.addColumn(Row::status).setHeader(getTranslation("Status"));
        grid.addColumn(Row::count).setHeader(getTranslation("Segments"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setWidth("520px");
        add(grid);
        getFooter().add(new Button(getTranslation("Close"), e -> close()));
    }
}
