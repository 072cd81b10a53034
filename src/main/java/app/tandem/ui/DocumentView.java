package app.tandem.ui;

import app.tandem.document.AlignmentService;
import app.tandem.document.DocumentRepository;
import app.tandem.document.ExportService;
import app.tandem.document.ReviewImportService;
import app.tandem.exchange.ExchangeException;
import app.tandem.text.RejectedInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import app.tandem.document.DocumentSummary;
import app.tandem.document.SegmentRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** A document's segments side by side, fetched page by page as the user scrolls. */
@Route(value = "documents/:documentId", layout = MainLayout.class)
@PageTitle("Document · Tandem")
public class DocumentView extends VerticalLayout implements BeforeEnterObserver {
    private final DocumentRepository documents;
    private final Grid<SegmentRow> grid = new Grid<>();
    private final H2 heading = new H2();
    private final VerticalLayout summary = new VerticalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final ExportService exports;
    private final ReviewImportService reviews;
    private final AlignmentService alignment;
    private long documentId;

    public DocumentView(DocumentRepository documents, ExportService exports, ReviewImportService reviews, AlignmentService alignment) {
        this.documents = documents;
        this.exports = exports;
        this.reviews = reviews;
        this.alignment = alignment;
        actions.setId("document-actions");
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        actions.setWrap(true);
        setSizeFull();
        summary.setPadding(false);
        grid.setId("segments-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(s -> s.position() + 1).setHeader("#").setFlexGrow(0).setWidth("70px");
        grid.addColumn(SegmentRow::sourceText).setHeader("Russian source").setFlexGrow(1);
        grid.addColumn(s -> s.coveredBy() != null ? "(covered by the previous segment's target)"
                        : (s.alignFlagged() ? "⚠ low alignment confidence: " : "") + (s.targetText() == null ? "" : s.targetText()))
                .setHeader("English target").setFlexGrow(1)
                .setPartNameGenerator(s -> s.alignFlagged() ? "flagged" : null);
        grid.addColumn(s -> s.status().name()).setHeader("Status").setFlexGrow(0).setWidth("130px")
                .setPartNameGenerator(s -> "status-" + s.status().name().toLowerCase());
        grid.setSizeFull();
        add(heading, summary, actions, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("documentId").orElse(-1L);
        DocumentSummary doc = documents.findSummary(id).orElse(null);
        if (doc == null) {
            event.rerouteToError(NotFoundException.class, "No such document");
            return;
        }
        documentId = id;
        heading.setText(doc.title());
        buildActions(doc);
        summary.removeAll();
        summary.add(new ProgressCell(doc.total(), doc.translated(), doc.approved()));
        grid.setItems(q -> documents.findSegments(id, q.getOffset(), q.getLimit()).stream(),
                q -> documents.countSegments(id));
    }

    private void buildActions(DocumentSummary doc) {
        actions.removeAll();
        String base = doc.name();
        actions.add(new Span("Export:"),
                Downloads.link("export-tmx", "TMX", base + ".tmx", "application/x-tmx+xml",
                        out -> exports.export(doc.id(), ExportService.Format.TMX, false, out)),
                Downloads.link("export-review-docx", "Review DOCX", base + ".review.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        out -> exports.export(doc.id(), ExportService.Format.DOCX, false, out)),
                Downloads.link("export-edition-docx", "English edition (DOCX)", base + ".en.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        out -> exports.export(doc.id(), ExportService.Format.EDITION_DOCX, false, out)),
                Downloads.link("export-edition-txt", "English edition (TXT)", base + ".en.txt", "text/plain;charset=utf-8",
                        out -> exports.export(doc.id(), ExportService.Format.TXT, false, out)),
                Downloads.link("export-edition-docx-omit", "Edition without untranslated (DOCX)", base + ".en-translated-only.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        out -> exports.export(doc.id(), ExportService.Format.EDITION_DOCX_OMIT_UNTRANSLATED, false, out)));

        Upload review = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                ReviewImportService.Report r = reviews.apply(doc.id(), meta.fileName(), bytes, "review-docx");
                ui.access(() -> {
                    notify("Review applied: " + r.describe(), r.conflicts().isEmpty());
                    grid.getDataProvider().refreshAll();
                    if (!r.conflicts().isEmpty()) {
                        new ConflictsDialog(r.conflicts(), reviews, () -> grid.getDataProvider().refreshAll()).open();
                    }
                });
            } catch (ExchangeException e) {
                ui.access(() -> notify("Refused " + e.getMessage(), false));
            }
        }));
        review.setId("import-review");
        review.setUploadButton(new com.vaadin.flow.component.button.Button("Import reviewed DOCX…"));
        review.setDropAllowed(false);
        review.setAcceptedFileTypes(".docx");

        Upload align = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                var english = alignment.englishSentences(meta.fileName(), bytes);
                var proposals = alignment.propose(doc.id(), english);
                ui.access(() -> new AlignDialog(doc.id(), meta.fileName(), proposals, alignment,
                        () -> grid.getDataProvider().refreshAll()).open());
            } catch (ExchangeException | RejectedInputException e) {
                ui.access(() -> notify("Refused " + e.getMessage(), false));
            }
        }));
        align.setId("align-upload");
        align.setUploadButton(new com.vaadin.flow.component.button.Button("Align an English translation…"));
        align.setDropAllowed(false);
        align.setAcceptedFileTypes(".txt", ".docx");
        com.vaadin.flow.component.button.Button hyphens = new com.vaadin.flow.component.button.Button("Hyphenation decisions",
                e -> new HyphenDecisionsDialog(documents.hyphenDecisions(doc.id())).open());
        hyphens.setId("hyphen-decisions");
        actions.add(review, align, hyphens);
    }

    private static void notify(String message, boolean ok) {
        Notification n = Notification.show(message, 8000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
