package app.tandem.ui.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.List;

/** Every key of the editor, in the interface language. */
final class ShortcutsDialog extends Dialog {
    record Shortcut(String keys, String action) {
    }

    ShortcutsDialog(boolean reviewer) {
        setHeaderTitle(getTranslation("Keyboard shortcuts"));
        setId("shortcuts-dialog");
        Grid<Shortcut> grid = new Grid<>();
        grid.setId("shortcuts-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Shortcut::keys).setHeader(getTranslation("Keys")).setWidth("230px").setFlexGrow(0);
        grid.addColumn(Shortcut::action).setHeader(getTranslation("Action"));
        List<Shortcut> all = new java.util.ArrayList<>(List.of(
                new Shortcut("Ctrl+Enter", getTranslation("Confirm the translation (TRANSLATED) and go to the next unconfirmed segment")),
                new Shortcut("Ctrl+↓ / Ctrl+↑", getTranslation("Next / previous segment (the current one is saved)")),
                new Shortcut("Ctrl+Shift+Insert · Ctrl+Shift+S", getTranslation("Copy the source into the target")),
                new Shortcut("Alt+1 … Alt+9", getTranslation("Insert the preferred English of glossary term 1 … 9 (numbered in the side panel) at the caret")),
                new Shortcut("Ctrl+Shift+1 … Ctrl+Shift+9", getTranslation("Replace the target with memory match 1 … 9")),
                new Shortcut("Ctrl+F", getTranslation("Search and filter the list; Esc closes the bar")),
                new Shortcut("Ctrl+G", getTranslation("Go to a segment number")),
                new Shortcut("Ctrl+K", getTranslation("Concordance: search the memory and the documents for the selected text")),
                new Shortcut("Alt+M", getTranslation("Merge with the next segment")),
                new Shortcut("Alt+S", getTranslation("Split the segment where you clicked in the source")),
                new Shortcut("Alt+T", getTranslation("Add the words selected in the source to the glossary")),
                new Shortcut("Alt+C", getTranslation("Write a comment on the segment")),
                new Shortcut("Alt+H", getTranslation("Show the segment's history")),
                new Shortcut("F6", getTranslation("Show or hide the side panel")),
                new Shortcut("F1", getTranslation("This list of keys")),
                new Shortcut("Tab / Shift+Tab", getTranslation("Move between the editor's fields and buttons; the menus are reached the same way"))));
        if (reviewer) {
            all.add(3, new Shortcut("Alt+A", getTranslation("Approve the segment")));
            all.add(4, new Shortcut("Alt+R", getTranslation("Reject the segment with a reason")));
            all.add(5, new Shortcut("Alt+O", getTranslation("Reopen an approved or rejected segment")));
            all.add(6, new Shortcut("Alt+E", getTranslation("Mark a quality error (category, severity, note; Enter marks it)")));
        }
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.setWidth("720px");
        add(grid);
        getFooter().add(new Button(getTranslation("Close"), e -> close()));
    }
}
