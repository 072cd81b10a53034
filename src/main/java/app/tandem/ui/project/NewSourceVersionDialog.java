package app.tandem.ui.project;

import app.tandem.document.DocumentSummary;
import app.tandem.document.SourceVersionService;
import app.tandem.source.SourceFiles;
import app.tandem.text.RejectedInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.function.Consumer;

/** File → "New version of the source…": the author's corrected PDF, DOCX or text replaces the document's source. */
public class NewSourceVersionDialog extends Dialog {
    public NewSourceVersionDialog(SourceVersionService versions, DocumentSummary doc, Consumer<SourceVersionService.Result> replaced) {
        setId("new-source-dialog");
        setHeaderTitle(getTranslation("New version of the source…") + " · " + doc.name());
        add(new Paragraph(getTranslation("Sentences that did not change keep their translation, status, history and comments; a changed sentence keeps its old translation as a draft to review, with the difference shown; new sentences arrive empty.")));
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                SourceVersionService.Result r = versions.replace(doc.id(), meta.fileName(), bytes);
                ui.access(() -> {
                    close();
                    Notification.show(getTranslation("New source: {0} kept, {1} changed, {2} added, {3} removed", String.valueOf(r.kept()),
                                    String.valueOf(r.changed()), String.valueOf(r.added()), String.valueOf(r.removed())), 8000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    replaced.accept(r);
                });
            } catch (RejectedInputException | IllegalArgumentException | org.springframework.security.access.AccessDeniedException e) {
                ui.access(() -> Notification.show(getTranslation("Refused {0}", e.getMessage()), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }));
        upload.setId("new-source-upload");
        app.tandem.ui.ComponentTexts.localise(upload);
        upload.setAcceptedFileTypes("text/plain", ".txt", "application/pdf", ".pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
        upload.setMaxFileSize((int) SourceFiles.MAX_BYTES);
        add(upload);
        getFooter().add(new Button(getTranslation("Close"), e -> close()));
    }
}
