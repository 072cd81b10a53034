package app.tandem.ui.workbench;

import app.tandem.document.AlignmentService;
import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.ReviewImportService;
import app.tandem.exchange.ExchangeException;
import app.tandem.text.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/**
 * What comes back into a document: a reviewed DOCX, an English translation to align, and the
 * record of how line-end hyphens were joined at import.
 */
@SpringComponent
@Scope("prototype")
public class ImportMenu {
    private final ReviewImportService reviews;
    private final AlignmentService alignment;
    private final DocumentRepository documents;
    private final app.tandem.document.UpdateService updates;

    public ImportMenu(ReviewImportService reviews, AlignmentService alignment, DocumentRepository documents,
                      app.tandem.document.UpdateService updates) {
        this.updates = updates;
        this.reviews = reviews;
        this.alignment = alignment;
        this.documents = documents;
    }

    void fill(SubMenu menu, DocumentSummary doc, Runnable changed) {
        Component t = menu.getParentMenuItem();
        menu.addItem(t.getTranslation("Import reviewed DOCX…"), e -> openReviewImport(t, doc, changed)).setId("import-review-open");
        menu.addItem(t.getTranslation("Import translations (XLIFF, TMX)…"), e -> openUpdate(t, doc, changed)).setId("import-translations-open");
        menu.addItem(t.getTranslation("Align an English translation…"), e -> openAlign(t, doc, changed)).setId("align-open");
        menu.addItem(t.getTranslation("Hyphenation decisions"), e -> new HyphenDecisionsDialog(documents.hyphenDecisions(doc.id())).open())
                .setId("hyphen-decisions");
    }

    private void openReviewImport(Component t, DocumentSummary doc, Runnable changed) {
        Dialog d = new Dialog();
        d.setHeaderTitle(t.getTranslation("Import reviewed DOCX…"));
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                ReviewImportService.Report r = reviews.apply(doc.id(), meta.fileName(), bytes, "review-docx");
                ui.access(() -> {
                    d.close();
                    notify(t.getTranslation("Review applied") + ": " + app.tandem.ui.NumberedMessages.translate(t, r.describe()), r.conflicts().isEmpty());
                    changed.run();
                    if (!r.conflicts().isEmpty()) {
                        new ConflictsDialog(r.conflicts(), reviews, changed).open();
                    }
                });
            } catch (ExchangeException e) {
                ui.access(() -> notify(t.getTranslation("Refused") + " " + e.getMessage(), false));
            }
        }));
        open(d, upload, "import-review", t.getTranslation("The review DOCX exported from this document, with edited targets and new comments."),
                ".docx");
    }

    private void openUpdate(Component t, DocumentSummary doc, Runnable changed) {
        Dialog d = new Dialog();
        d.setHeaderTitle(t.getTranslation("Import translations (XLIFF, TMX)…"));
        com.vaadin.flow.component.checkbox.Checkbox overwrite = new com.vaadin.flow.component.checkbox.Checkbox(
                t.getTranslation("A file from another tool may replace existing targets"));
        overwrite.setId("import-translations-overwrite");
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                app.tandem.document.UpdateService.Report r = updates.apply(doc.id(), meta.fileName(), bytes, overwrite.getValue());
                ui.access(() -> {
                    d.close();
                    notify(meta.fileName() + ": " + r.summary(), r.conflicts().isEmpty());
                    changed.run();
                    if (!r.conflicts().isEmpty()) {
                        new ConflictsDialog(r.conflicts(), reviews, changed).open();
                    }
                });
            } catch (ExchangeException e) {
                ui.access(() -> notify(t.getTranslation("Refused") + " " + e.getMessage(), false));
            }
        }));
        d.add(overwrite);
        open(d, upload, "import-translations", t.getTranslation(
                "XLIFF 2.0 or 1.2, TMX or a reviewed DOCX: units are matched by id (files from Tandem) or by source text; "
                        + "segments changed here since the export are listed as conflicts."), ".xlf", ".xliff", ".tmx", ".xml", ".docx");
        upload.setMaxFileSize((int) app.tandem.exchange.TmxReader.MAX_BYTES);
    }

    private void openAlign(Component t, DocumentSummary doc, Runnable changed) {
        Dialog d = new Dialog();
        d.setHeaderTitle(t.getTranslation("Align an English translation…"));
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                var english = alignment.englishSentences(meta.fileName(), bytes);
                var proposals = alignment.propose(doc.id(), english);
                ui.access(() -> {
                    d.close();
                    new AlignDialog(doc.id(), meta.fileName(), proposals, alignment, changed).open();
                });
            } catch (ExchangeException | RejectedInputException e) {
                ui.access(() -> notify(t.getTranslation("Refused") + " " + e.getMessage(), false));
            }
        }));
        open(d, upload, "align-upload", t.getTranslation("A TXT or DOCX with the whole English translation; pairs are proposed for you to confirm."),
                ".txt", ".docx");
    }

    /** A dialog that explains what file it wants and takes it. */
    private static void open(Dialog d, Upload upload, String id, String explanation, String... fileTypes) {
        upload.setId(id);
        upload.setAcceptedFileTypes(fileTypes);
        d.add(new Paragraph(explanation), upload);
        d.getFooter().add(new Button(d.getTranslation("Close"), e -> d.close()));
        d.open();
    }

    static void notify(String message, boolean ok) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
