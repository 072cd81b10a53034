package app.tandem.ui.workbench;

import app.tandem.document.SegmentRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/** Someone saved this segment first: both versions side by side; keep yours, take theirs, or merge by hand. Nothing is lost. */
final class ConflictDialog extends Dialog {
    record Resolution(SegmentRow basedOn, String text) {
    }

    ConflictDialog(int number, String mine, SegmentRow theirs, Consumer<Resolution> save, Consumer<SegmentRow> takeTheirs) {
        setId("conflict-dialog");
        setHeaderTitle("Segment " + number + " was changed by " + (theirs.lastEditor() == null ? "someone else" : theirs.lastEditor()));
        setWidth("80vw");
        TextArea yours = new TextArea(getTranslation("Your version"));
        yours.setId("conflict-mine");
        yours.setValue(mine);
        yours.setReadOnly(true);
        yours.setWidthFull();
        TextArea their = new TextArea(getTranslation("Their version (saved)"));
        their.setId("conflict-theirs");
        their.setValue(theirs.targetText() == null ? "" : theirs.targetText());
        their.setReadOnly(true);
        their.setWidthFull();
        TextArea merged = new TextArea(getTranslation("Merged (edit, then save)"));
        merged.setId("conflict-merged");
        merged.setValue(mine);
        merged.setWidthFull();
        HorizontalLayout both = new HorizontalLayout(yours, their);
        both.setWidthFull();
        add(new Span(getTranslation("Your change was not saved over theirs.")), both, merged);
        Button keepMine = new Button(getTranslation("Keep mine"), e -> {
            close();
            save.accept(new Resolution(theirs, mine));
        });
        keepMine.setId("conflict-keep-mine");
        Button takeTheirsButton = new Button(getTranslation("Take theirs"), e -> {
            close();
            takeTheirs.accept(theirs);
        });
        takeTheirsButton.setId("conflict-take-theirs");
        Button saveMerged = new Button(getTranslation("Save merged"), e -> {
            close();
            save.accept(new Resolution(theirs, merged.getValue()));
        });
        saveMerged.setId("conflict-save-merged");
        saveMerged.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(takeTheirsButton, keepMine, saveMerged);
        setCloseOnOutsideClick(false);
    }
}
