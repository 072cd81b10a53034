package app.tandem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;

import java.util.List;

/** The editor's keyboard shortcuts. */
final class ShortcutsDialog extends Dialog {
    record Shortcut(String keys, String action) {
    }

    ShortcutsDialog() {
        setHeaderTitle("Keyboard shortcuts");
        Grid<Shortcut> grid = new Grid<>();
        grid.setId("shortcuts-grid");
        grid.addColumn(Shortcut::keys).setHeader("Keys").setWidth("220px").setFlexGrow(0);
        grid.addColumn(Shortcut::action).setHeader("Action");
        grid.setItems(List.of(
                new Shortcut("Ctrl+Enter", "Confirm the translation (TRANSLATED) and go to the next unconfirmed segment"),
                new Shortcut("Ctrl+↓ / Ctrl+↑", "Next / previous segment (the current one is saved)"),
                new Shortcut("Ctrl+Shift+Insert", "Copy the source into the target"),
                new Shortcut("Ctrl+F", "Search in source and target"),
                new Shortcut("Enter in “Go to #”", "Jump to a segment number"),
                new Shortcut("Tab / Shift+Tab", "Move between the editor's fields and buttons")));
        grid.setAllRowsVisible(true);
        grid.setWidth("640px");
        add(grid);
        getFooter().add(new Button("Close", e -> close()));
    }
}
