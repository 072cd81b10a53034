package app.tandem.ui.project;

import app.tandem.document.DocumentTrash;
import app.tandem.review.ReviewService;
import app.tandem.ui.UiErrorHandling;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A project's deleted documents: who deleted each and when; reviewers and admins restore one with
 * everything it had, admins delete it forever (after a second question).
 */
public class TrashDialog extends com.vaadin.flow.component.dialog.Dialog {
    private final DocumentTrash trash;
    private final Grid<DocumentTrash.Entry> grid = new Grid<>();
    private final Runnable restored;
    private long projectId;

    public TrashDialog(DocumentTrash trash, Runnable restored) {
        this.trash = trash;
        this.restored = restored;
        setId("project-trash");
        grid.setId("trash-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(DocumentTrash.Entry::name).setHeader(getTranslation("File")).setFlexGrow(2).setTooltipGenerator(DocumentTrash.Entry::title);
        grid.addColumn(e -> String.valueOf(e.translated())).setHeader(getTranslation("Translated")).setFlexGrow(0).setWidth("120px");
        grid.addColumn(e -> e.deletedBy() == null ? "" : e.deletedBy()).setHeader(getTranslation("Deleted by")).setFlexGrow(1);
        grid.addColumn(e -> app.tandem.ui.Dates.when(e.deletedAt())).setHeader(getTranslation("Deleted")).setFlexGrow(0).setWidth("180px");
        if (ReviewService.canReview()) {
            grid.addComponentColumn(this::actions).setFlexGrow(0).setWidth("290px");
        }
        grid.setMinWidth("min(900px, 90vw)");
        add(grid);
        getFooter().add(new Button(getTranslation("Close"), e -> close()));
    }

    public void show(long projectId) {
        this.projectId = projectId;
        List<DocumentTrash.Entry> entries = trash.trash(projectId);
        setHeaderTitle(getTranslation("Trash ({0})", String.valueOf(entries.size())));
        grid.setItems(entries);
        count = entries.size();
    }

    private int count;

    /** How many documents the last {@link #show} found in the trash. */
    public int count() {
        return count;
    }

    private HorizontalLayout actions(DocumentTrash.Entry e) {
        Button restore = new Button(getTranslation("Restore"), click -> {
            if (UiErrorHandling.attempt(() -> trash.restore(e.id()))) {
                show(projectId);
                restored.run();
            }
        });
        restore.setId("trash-restore-" + e.id());
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(restore);
        if (CurrentUser.get().has(Role.ADMIN)) {
            Button forever = new Button(getTranslation("Delete forever…"), click -> confirmForever(e));
            forever.setId("trash-forever-" + e.id());
            forever.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(forever);
        }
        return row;
    }

    private void confirmForever(DocumentTrash.Entry e) {
        Dialog d = new Dialog();
        d.setId("trash-forever-dialog");
        d.setHeaderTitle(getTranslation("Delete “{0}” forever?", e.name()));
        d.add(new Paragraph(getTranslation("Its segments, translations, history and comments are removed and cannot be restored. Its translations stay in the memory.")));
        Button yes = new Button(getTranslation("Delete forever"), click -> {
            if (UiErrorHandling.attempt(() -> trash.deleteForever(e.id()))) {
                d.close();
                show(projectId);
            }
        });
        yes.setId("trash-forever-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("Cancel"), click -> d.close());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(d);
        d.getFooter().add(cancel, yes);
        d.open();
        cancel.focus();
    }
}
