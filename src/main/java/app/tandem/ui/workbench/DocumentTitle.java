package app.tandem.ui.workbench;

import app.tandem.document.DocumentService;
import app.tandem.document.DocumentSummary;
import app.tandem.review.ReviewService;
import app.tandem.ui.UiErrorHandling;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The document's title (its heading or first words), the file it came from as secondary text, and renaming for reviewers. */
@SpringComponent
@Scope("prototype")
public class DocumentTitle extends Div {
    private final DocumentService documents;
    private final Span title = new Span();
    private final Span file = new Span();
    private final Button rename = new Button("✎");
    private DocumentSummary doc;

    public DocumentTitle(DocumentService documents) {
        this.documents = documents;
        addClassName("document-title");
        title.setId("document-title");
        title.addClassName("document-title-text");
        file.setId("document-file");
        file.addClassName("document-file");
        rename.setId("document-rename");
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        rename.setTooltipText(getTranslation("Rename the document"));
        rename.getElement().setAttribute("aria-label", getTranslation("Rename the document"));
        rename.addClickListener(e -> openRename());
        add(title, rename, file);
    }

    void show(DocumentSummary doc) {
        this.doc = doc;
        title.setText(doc.title());
        title.getElement().setAttribute("title", doc.title());
        file.setText(doc.fileName());
        rename.setVisible(ReviewService.canReview());
    }

    private void openRename() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("Rename the document"));
        TextField field = new TextField(getTranslation("Title"));
        field.setId("rename-title");
        field.setValue(doc.title());
        field.setWidth("560px");
        field.setHelperText(getTranslation("The file name stays: {0}", doc.fileName()));
        Button save = new Button(getTranslation("Save"), e -> {
            if (UiErrorHandling.attempt(() -> documents.rename(doc.id(), field.getValue()))) {
                String fresh = field.getValue().replaceAll("\\s+", " ").strip();
                show(new DocumentSummary(doc.id(), doc.projectId(), fresh, doc.fileName(), doc.importedAt(), doc.encodingNote(),
                        doc.total(), doc.translated(), doc.approved()));
                d.close();
            }
        });
        save.setId("rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        d.add(field);
        d.getFooter().add(new Button(getTranslation("Cancel"), e -> d.close()), save);
        d.open();
        field.focus();
    }
}
