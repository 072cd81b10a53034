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
        setHeaderTitle(getTranslation("Keyboard shortcuts"));
        Grid<Shortcut> grid = new Grid<>();
        grid.setId("shortcuts-grid");
        grid.addColumn(Shortcut::keys).setHeader(getTranslation("Keys")).setWidth("220px").setFlexGrow(0);
        grid.addColumn(Shortcut::action).setHeader(getTranslation("Action"));
        grid.setItems(List.of(
                new Shortcut(getTranslation("Ctrl+Enter"), getTranslation("Confirm the translation (TRANSLATED) and go to the next unconfirmed segment")),
                new Shortcut(getTranslation("Ctrl+↓ / Ctrl+↑"), getTranslation("Next / previous segment (the current one is saved)")),
                new Shortcut(getTranslation("Ctrl+Shift+Insert"), getTranslation("Copy the source into the target")),
                new Shortcut(getTranslation("Alt+1 … Alt+9"), getTranslation("Insert the preferred English of glossary term 1 … 9 (numbered below the texts) at the caret")),
                new Shortcut(getTranslation("Ctrl+F"), getTranslation("Search in source and target")),
                new Shortcut(getTranslation("Enter in “Go to #”"), getTranslation("Jump to a segment number")),
                new Shortcut(getTranslation("Tab / Shift+Tab"), getTranslation("Move between the editor's fields and buttons"))));
        grid.setAllRowsVisible(true);
        grid.setWidth("640px");
        add(grid);
        getFooter().add(new Button(getTranslation("Close"), e -> close()));
    }
}
