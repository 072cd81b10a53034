package app.tandem.ui;

import jakarta.annotation.security.PermitAll;
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
@PermitAll
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

    private final app.tandem.document.SegmentService segmentService;
    private final app.tandem.review.ReviewService reviewService;
    private final app.tandem.document.SegmentEvents events;
    private final SegmentEditor editor;
    private DocumentRepository.SegmentFilter filter = DocumentRepository.SegmentFilter.none();
    private final com.vaadin.flow.component.textfield.TextField search = new com.vaadin.flow.component.textfield.TextField();
    private Runnable unsubscribe;
    private final app.tandem.user.ProjectAccess access;
    private final app.tandem.review.QaService qa;
    private long projectId = -1;

    public DocumentView(DocumentRepository documents, ExportService exports, ReviewImportService reviews, AlignmentService alignment,
                        app.tandem.document.SegmentService segmentService, app.tandem.review.ReviewService reviewService,
                        app.tandem.document.SegmentEvents events, app.tandem.user.ProjectAccess access,
                        app.tandem.review.QaService qa, app.tandem.project.GlossaryService glossaryService,
                        app.tandem.document.TranslationMemoryService memory) {
        this.access = access;
        this.qa = qa;
        this.documents = documents;
        this.segmentService = segmentService;
        this.reviewService = reviewService;
        this.events = events;
        setSizeUndefined();
        setWidthFull();
        this.editor = new SegmentEditor(segmentService, reviewService, documents, qa, glossaryService, memory, this::segmentChanged);
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
        grid.addColumn(s -> s.position() + 1).setHeader(getTranslation("#")).setFlexGrow(0).setWidth("70px");
        // glossary terms marked in the source: Lit escapes every piece, so source text never becomes markup
        grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<SegmentRow>of(
                        "${item.p.map((x, i) => i % 3 === 1 ? html`<mark class=\"term\" title=\"${item.p[i + 1]}\">${x}</mark>` : i % 3 === 0 ? x : '')}")
                        .withProperty("p", this::sourcePieces))
                .setHeader(getTranslation("Russian source")).setFlexGrow(1);
        grid.addColumn(s -> s.coveredBy() != null ? "(covered by the previous segment's target)"
                        : (s.alignFlagged() ? "⚠ low alignment confidence: " : "") + (s.targetText() == null ? "" : s.targetText()))
                .setHeader(getTranslation("English target")).setFlexGrow(1)
                .setPartNameGenerator(s -> s.alignFlagged() ? "flagged" : null);
        grid.addColumn(s -> s.qaErrors() + s.qaWarnings() == 0 ? "" : (s.qaErrors() > 0 ? s.qaErrors() + " E " : "")
                        + (s.qaWarnings() > 0 ? s.qaWarnings() + " W" : "")).setHeader("QA").setFlexGrow(0).setWidth("90px")
                .setPartNameGenerator(s -> s.qaErrors() > 0 ? "qa-error" : s.qaWarnings() > 0 ? "qa-warning" : null);
        grid.addColumn(s -> s.status().name() + (s.openComments() > 0 ? " · " + s.openComments() + (s.openComments() == 1 ? " comment" : " comments") : "")).setHeader(getTranslation("Status")).setFlexGrow(0).setWidth("150px")
                .setPartNameGenerator(s -> "status-" + s.status().name().toLowerCase());
        grid.setWidthFull();
        grid.setHeight("70vh");
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && (editor.current() == null || e.getValue().id() != editor.current().id())) {
                if (!editor.show(e.getValue())) {
                    grid.asSingleSelect().setValue(e.getOldValue());
                }
            }
        });
        add(heading, summary, actions, filterBar(), editor, grid);
        com.vaadin.flow.component.Shortcuts.addShortcutListener(this, () -> move(1), com.vaadin.flow.component.Key.ARROW_DOWN,
                com.vaadin.flow.component.KeyModifier.CONTROL).allowBrowserDefault().listenOn(this);
        com.vaadin.flow.component.Shortcuts.addShortcutListener(this, () -> move(-1), com.vaadin.flow.component.Key.ARROW_UP,
                com.vaadin.flow.component.KeyModifier.CONTROL).listenOn(this);
        com.vaadin.flow.component.Shortcuts.addShortcutListener(this, search::focus, com.vaadin.flow.component.Key.KEY_F,
                com.vaadin.flow.component.KeyModifier.CONTROL).listenOn(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("documentId").orElse(-1L);
        DocumentSummary doc = documents.findSummary(id).orElse(null);
        if (doc == null || !access.canSee(doc.projectId())) {
            event.rerouteToError(NotFoundException.class, "No such document");
            return;
        }
        documentId = id;
        projectId = doc.projectId();
        heading.setText(doc.title());
        buildActions(doc);
        summary.removeAll();
        summary.add(new ProgressCell(doc.total(), doc.translated(), doc.approved()));
        setGridItems();
        if (editor.current() == null) {
            documents.findSegments(id, 0, 1).stream().findFirst().ifPresent(first -> {
                editor.show(first);
                grid.select(first);
            });
        }
    }

    /** The source as (plain, term, hint) triples for the renderer; the matcher is cached per project. */
    private java.util.List<String> sourcePieces(SegmentRow s) {
        app.tandem.review.QaService.ProjectGlossary g = qa.projectGlossary(projectId);
        java.util.List<String> out = new java.util.ArrayList<>();
        String plain = "";
        for (app.tandem.glossary.TermSpans.Piece p : app.tandem.glossary.TermSpans.split(s.sourceText(), g.glossary().findInSource(s.sourceText()))) {
            if (!p.isTerm()) {
                plain = p.text();
                continue;
            }
            app.tandem.project.GlossaryRepository.Entry e = g.entries().get(p.match().termIndex());
            out.add(plain);
            out.add(p.text());
            out.add(e.russian() + " → " + String.join(" · ", e.english()));
            plain = "";
        }
        out.add(plain);
        return out;
    }

    private void setGridItems() {
        long id = documentId;
        DocumentRepository.SegmentFilter f = filter;
        grid.setItems(q -> documents.findSegments(id, f, q.getOffset(), q.getLimit()).stream(),
                q -> documents.countSegments(id, f));
    }

    private com.vaadin.flow.component.Component filterBar() {
        com.vaadin.flow.component.combobox.ComboBox<app.tandem.document.SegmentStatus> status = new com.vaadin.flow.component.combobox.ComboBox<>();
        status.setId("filter-status");
        status.setPlaceholder(getTranslation("Any status"));
        status.setItems(app.tandem.document.SegmentStatus.values());
        status.setClearButtonVisible(true);
        search.setId("filter-text");
        search.setPlaceholder(getTranslation("Search source and target (Ctrl+F)"));
        search.setClearButtonVisible(true);
        search.setWidth("320px");
        com.vaadin.flow.component.checkbox.Checkbox matchCase = new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("Match case"));
        com.vaadin.flow.component.checkbox.Checkbox whole = new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("Whole word"));
        com.vaadin.flow.component.combobox.ComboBox<String> scope = new com.vaadin.flow.component.combobox.ComboBox<>();
        scope.setItems("source and target", "source", "target");
        scope.setItemLabelGenerator(this::getTranslation);
        scope.setValue("source and target");
        scope.setWidth("170px");
        com.vaadin.flow.component.checkbox.Checkbox comments = new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("With open comments"));
        comments.setId("filter-comments");
        Runnable apply = () -> {
            filter = new DocumentRepository.SegmentFilter(status.getValue(), search.getValue(), matchCase.getValue(), whole.getValue(),
                    !"target".equals(scope.getValue()), !"source".equals(scope.getValue()), comments.getValue());
            setGridItems();
        };
        status.addValueChangeListener(e -> apply.run());
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> apply.run());
        matchCase.addValueChangeListener(e -> apply.run());
        whole.addValueChangeListener(e -> apply.run());
        scope.addValueChangeListener(e -> apply.run());
        comments.addValueChangeListener(e -> apply.run());
        com.vaadin.flow.component.textfield.IntegerField jump = new com.vaadin.flow.component.textfield.IntegerField();
        jump.setId("jump-to");
        jump.setPlaceholder(getTranslation("Go to #"));
        jump.setWidth("110px");
        jump.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> {
            if (jump.getValue() != null) {
                documents.atPosition(documentId, jump.getValue() - 1).ifPresent(this::goTo);
            }
        });
        com.vaadin.flow.component.button.Button qaPanel = new com.vaadin.flow.component.button.Button(getTranslation("QA findings"),
                e -> new QaPanelDialog(qa, documentId, documents.findSummary(documentId).map(DocumentSummary::total).orElse(0),
                        index -> documents.atPosition(documentId, index).ifPresent(this::goTo)).open());
        qaPanel.setId("qa-panel-open");
        com.vaadin.flow.component.button.Button help = new com.vaadin.flow.component.button.Button(getTranslation("Shortcuts"), e -> new ShortcutsDialog().open());
        help.setId("shortcuts-help");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout bar = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(
                status, search, matchCase, whole, scope, comments, jump, qaPanel, help);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        bar.setWrap(true);
        if (app.tandem.review.ReviewService.canReview()) {
            com.vaadin.flow.component.button.Button bulk = new com.vaadin.flow.component.button.Button(getTranslation("Approve all confirmed"), e -> {
                var r = reviewService.approveAllConfirmed(documentId);
                notify(r.approved() + " segments approved" + (r.skipped() > 0 ? ", " + r.skipped() + " skipped (blocked or changed)" : ""), true);
                grid.getDataProvider().refreshAll();
            });
            bulk.setId("approve-all");
            com.vaadin.flow.component.button.Button progress = new com.vaadin.flow.component.button.Button(getTranslation("Review progress"),
                    e -> new ReviewProgressDialog(reviewService.progress(documentId)).open());
            progress.setId("review-progress");
            bar.add(bulk, progress);
        }
        return bar;
    }

    private void move(int delta) {
        SegmentRow cur = editor.current();
        if (cur == null) {
            return;
        }
        int pos = cur.position() + delta;
        if (pos < 0) {
            return;
        }
        documents.atPosition(documentId, pos).ifPresent(this::goTo);
    }

    private void goTo(SegmentRow s) {
        if (editor.show(s)) {
            grid.select(s);
            if (filter.isEmpty()) {
                grid.scrollToIndex(s.position());
            }
        }
    }

    /** After a save in this editor: refresh the row, move the grid's selection along. */
    private void segmentChanged(SegmentRow s) {
        grid.getDataProvider().refreshAll();
        grid.select(s);
        if (filter.isEmpty()) {
            grid.scrollToIndex(s.position());
        }
        documents.findSummary(documentId).ifPresent(d -> {
            summary.removeAll();
            summary.add(new ProgressCell(d.total(), d.translated(), d.approved()));
        });
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        com.vaadin.flow.component.UI ui = attachEvent.getUI();
        if (documentId > 0) {
            unsubscribe = events.subscribe(documentId, segmentId -> ui.access(() -> {
                grid.getDataProvider().refreshAll();
                if (editor.current() != null && (segmentId == editor.current().id() || segmentId < 0)) {
                    editor.refreshFindings();
                }
            }));
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        editor.saveIfChanged(false);
        super.onDetach(detachEvent);
    }

    private void buildActions(DocumentSummary doc) {
        actions.removeAll();
        String base = doc.name();
        com.vaadin.flow.router.RouteParameters project = new com.vaadin.flow.router.RouteParameters("projectId", String.valueOf(doc.projectId()));
        com.vaadin.flow.router.RouterLink toProject = new com.vaadin.flow.router.RouterLink(getTranslation("All documents"), ProjectView.class, project);
        toProject.setId("document-project-link");
        com.vaadin.flow.router.RouterLink toGlossary = new com.vaadin.flow.router.RouterLink(getTranslation("Glossary"), GlossaryView.class, project);
        toGlossary.setId("document-glossary-link");
        actions.add(toProject, toGlossary);
        actions.add(new Span(getTranslation("Export:")),
                Downloads.link("export-tmx", getTranslation("TMX"), base + ".tmx", "application/x-tmx+xml",
                        out -> exports.export(doc.id(), ExportService.Format.TMX, false, out)),
                Downloads.link("export-tmx-approved", getTranslation("TMX (approved only)"), base + ".approved.tmx", "application/x-tmx+xml",
                        out -> exports.export(doc.id(), ExportService.Format.TMX, true, out)),
                Downloads.link("export-review-docx", getTranslation("Review DOCX"), base + ".review.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        out -> exports.export(doc.id(), ExportService.Format.DOCX, false, out)),
                Downloads.link("export-edition-docx", getTranslation("English edition (DOCX)"), base + ".en.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        out -> exports.export(doc.id(), ExportService.Format.EDITION_DOCX, false, out)),
                Downloads.link("export-edition-txt", getTranslation("English edition (TXT)"), base + ".en.txt", "text/plain;charset=utf-8",
                        out -> exports.export(doc.id(), ExportService.Format.TXT, false, out)),
                Downloads.link("export-edition-docx-omit", getTranslation("Edition without untranslated (DOCX)"), base + ".en-translated-only.docx",
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
        review.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("Import reviewed DOCX…")));
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
        align.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("Align an English translation…")));
        align.setDropAllowed(false);
        align.setAcceptedFileTypes(".txt", ".docx");
        com.vaadin.flow.component.button.Button hyphens = new com.vaadin.flow.component.button.Button(getTranslation("Hyphenation decisions"),
                e -> new HyphenDecisionsDialog(documents.hyphenDecisions(doc.id())).open());
        hyphens.setId("hyphen-decisions");
        actions.add(review, align, hyphens);
    }

    private static void notify(String message, boolean ok) {
        Notification n = Notification.show(message, 8000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
