package app.tandem.ui.project;

import app.tandem.document.DuplicateDocumentException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A file whose text the project has already: open the document that has it, import a copy
 * anyway, or take the file as that document's new source (its translations kept).
 */
public class DuplicateDialog extends Dialog {
    /** What each answer does; the project page supplies them. */
    public record Choices(Runnable open, Runnable copy, Runnable replace) {
    }

    public DuplicateDialog(String fileName, DuplicateDocumentException duplicate, Choices choices) {
        setId("duplicate-dialog");
        setHeaderTitle(getTranslation("“{0}” is in the project already", fileName));
        Paragraph same = new Paragraph(getTranslation("Its text is the same as that of the document “{0}”.", duplicate.existingName()));
        same.setId("duplicate-text");
        add(same);
        Button open = new Button(getTranslation("Open “{0}”", duplicate.existingName()), e -> {
            close();
            choices.open().run();
        });
        open.setId("duplicate-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickShortcut(Key.ENTER).listenOn(this);
        Button copy = new Button(getTranslation("Import a copy"), e -> {
            close();
            choices.copy().run();
        });
        copy.setId("duplicate-copy");
        Button replace = new Button(getTranslation("Replace its source"), e -> {
            close();
            choices.replace().run();
        });
        replace.setId("duplicate-replace");
        replace.setTooltipText(getTranslation("This file becomes the document's source; its translations are kept"));
        Button cancel = new Button(getTranslation("Cancel"), e -> close());
        cancel.setId("duplicate-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, replace, copy, open);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                open.focus();
            }
        });
    }
}
