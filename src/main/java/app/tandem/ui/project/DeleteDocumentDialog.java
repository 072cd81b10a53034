package app.tandem.ui.project;

import app.tandem.document.DocumentSummary;
import app.tandem.document.DocumentTrash;
import app.tandem.ui.UiErrorHandling;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Delete this document?" naming it and how much of it is translated, since that is what a wrong
 * click would cost; it only goes to the project's trash, which the text says.
 */
public class DeleteDocumentDialog extends Dialog {
    public DeleteDocumentDialog(DocumentTrash trash, DocumentSummary doc, Runnable deleted) {
        setId("delete-document-dialog");
        setHeaderTitle(getTranslation("Delete “{0}”?", doc.name()));
        Paragraph what = new Paragraph(getTranslation("{0} of {1} segments are translated, {2} approved.",
                String.valueOf(doc.translated()), String.valueOf(doc.total()), String.valueOf(doc.approved())));
        what.setId("delete-document-counts");
        Paragraph where = new Paragraph(getTranslation("The document goes to the project's trash with everything in it; a reviewer or admin can restore it from there. Its translations stay in the memory."));
        add(what, where);
        Button delete = new Button(getTranslation("Move to trash"), e -> {
            if (UiErrorHandling.attempt(() -> trash.delete(doc.id()))) {
                close();
                deleted.run();
            }
        });
        delete.setId("delete-document-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("Cancel"), e -> close());
        cancel.setId("delete-document-cancel");
        getFooter().add(cancel, delete);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                delete.focus();
            }
        });
    }
}
