package app.tandem.ui;

import jakarta.annotation.security.PermitAll;
import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.ui.workbench.DocumentView;
import app.tandem.document.ImportReport;
import app.tandem.document.ImportService;
import app.tandem.project.ProjectRepository;
import app.tandem.text.RejectedInputException;
import app.tandem.source.SourceFiles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;

import java.time.format.DateTimeFormatter;

@PermitAll
@Route(value = "projects/:projectId", layout = MainLayout.class)
@PageTitle("Project · Tandem")
public class ProjectView extends VerticalLayout implements BeforeEnterObserver {
    private final ProjectRepository projects;
    private final DocumentRepository documents;
    private final ImportService imports;
    private final Grid<DocumentSummary> grid = new Grid<>();
    private final H2 heading = new H2();
    private long projectId;
    private String projectName;

    private final com.vaadin.flow.component.orderedlayout.HorizontalLayout actions = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
    private final app.tandem.document.ExportService exports;
    private final app.tandem.user.ProjectAccess access;
    private final app.tandem.review.QaService qa;
    private final app.tandem.tm.TmxImportService tmxImports;
    private final app.tandem.project.ProjectService projectService;
    private final app.tandem.document.AssignmentService assignments;
    private final app.tandem.review.LqaService lqa;
    private java.util.Map<Long, app.tandem.document.AssignmentService.Assignment> assigned = java.util.Map.of();
    private final app.tandem.document.DocumentTrash trash;
    private final app.tandem.document.SourceVersionService versions;
    private final app.tandem.ui.project.TrashDialog trashSection;
    private final app.tandem.ui.project.MembersDialog membersSection;
    private final com.vaadin.flow.component.button.Button membersButton = new com.vaadin.flow.component.button.Button();
    private final com.vaadin.flow.component.button.Button trashButton = new com.vaadin.flow.component.button.Button();

    public ProjectView(ProjectRepository projects, DocumentRepository documents, ImportService imports,
                       app.tandem.document.ExportService exports, app.tandem.tm.TmxImportService tmxImports,
                       app.tandem.user.ProjectAccess access, app.tandem.review.QaService qa,
                       app.tandem.project.ProjectService projectService, app.tandem.document.AssignmentService assignments,
                       app.tandem.review.LqaService lqa, app.tandem.document.DocumentTrash trash,
                       app.tandem.project.ProjectMembers members, app.tandem.document.SourceVersionService versions) {
        this.trash = trash;
        this.versions = versions;
        this.trashSection = new app.tandem.ui.project.TrashDialog(trash, this::refresh);
        this.membersSection = new app.tandem.ui.project.MembersDialog(members, assignments::people);
        this.projectService = projectService;
        this.assignments = assignments;
        this.lqa = lqa;
        this.access = access;
        this.qa = qa;
        this.exports = exports;
        this.tmxImports = tmxImports;
        this.projects = projects;
        this.documents = documents;
        this.imports = imports;
        setSizeFull();
        grid.setId("documents-grid");
        // several documents stay in view however many project settings wrap above it (the page scrolls instead)
        grid.setMinHeight("300px");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DocumentSummary::name).setHeader(getTranslation("File")).setFlexGrow(1).setWidth("110px");
        // a long title is the one text that may be cut: on one line, whole in its tooltip, so rows stay low
        grid.addColumn(OneLine.<DocumentSummary>of(DocumentSummary::title)).setHeader(getTranslation("Title")).setFlexGrow(3).setWidth("130px");
        grid.addComponentColumn(d -> new ProgressCell(d.total(), d.translated(), d.approved()))
                .setHeader(getTranslation("Progress")).setFlexGrow(2).setWidth("250px");
        grid.addColumn(d -> orEmpty(assignment(d).translator())).setHeader(getTranslation("Translator")).setKey("translator")
                .setFlexGrow(0).setWidth("125px");
        grid.addColumn(d -> orEmpty(assignment(d).reviewer())).setHeader(getTranslation("Reviewer")).setKey("reviewer")
                .setFlexGrow(0).setWidth("110px");
        grid.addComponentColumn(d -> DueDate.of(assignment(d).due(), d.approved() >= d.total(), false)).setHeader(getTranslation("Due"))
                .setKey("due").setFlexGrow(0).setWidth("110px");
        grid.addColumn(d -> app.tandem.ui.Dates.day(d.importedAt().toLocalDate())).setHeader(getTranslation("Imported")).setFlexGrow(0).setWidth("125px")
                .setTooltipGenerator(d -> app.tandem.ui.Dates.when(d.importedAt()));
        if (app.tandem.review.ReviewService.canReview()) {
            grid.addComponentColumn(d -> {
                com.vaadin.flow.component.button.Button assign = new com.vaadin.flow.component.button.Button(getTranslation("Assign…"));
                assign.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                        com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
                assign.setId("assign-" + d.id());
                // the row's click opens the document; this click opens the form instead
                assign.getElement().addEventListener("click", e -> new AssignmentDialog(assignments, d, this::refresh).open())
                        .addEventData("event.stopPropagation()");
                return assign;
            }).setKey("assign").setFlexGrow(0).setWidth("135px");
            grid.addComponentColumn(d -> {
                com.vaadin.flow.component.button.Button delete = new com.vaadin.flow.component.button.Button(
                        com.vaadin.flow.component.icon.VaadinIcon.TRASH.create());
                delete.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                        com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY, com.vaadin.flow.component.button.ButtonVariant.LUMO_ICON);
                delete.setId("delete-" + d.id());
                delete.setTooltipText(getTranslation("Delete…"));
                delete.setAriaLabel(getTranslation("Delete…") + " " + d.name());
                delete.getElement().addEventListener("click", e -> new app.tandem.ui.project.DeleteDocumentDialog(trash, d, this::refresh).open())
                        .addEventData("event.stopPropagation()");
                return delete;
            }).setKey("delete").setFlexGrow(0).setWidth("64px");
        }
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DocumentView.class,
                new RouteParameters("documentId", String.valueOf(e.getItem().id()))));

        Upload upload = new Upload();
        ComponentTexts.localise(upload);
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                imported(ui, upload, imports.importFile(projectName, meta.fileName(), bytes));
            } catch (app.tandem.document.DuplicateDocumentException e) {
                String fileName = meta.fileName();
                ui.access(() -> {
                    upload.clearFileList();
                    new app.tandem.ui.project.DuplicateDialog(fileName, e, new app.tandem.ui.project.DuplicateDialog.Choices(
                            () -> UI.getCurrent().navigate(DocumentView.class, new RouteParameters("documentId", String.valueOf(e.existingId()))),
                            () -> {
                                if (UiErrorHandling.attempt(() -> imported(ui, upload, imports.importFile(projectName, fileName, bytes,
                                        m -> { }, ImportService.Duplicates.COPY)))) {
                                    refresh();
                                }
                            },
                            () -> {
                                if (UiErrorHandling.attempt(() -> replaced(versions.replace(e.existingId(), fileName, bytes)))) {
                                    refresh();
                                }
                            })).open();
                });
            } catch (RejectedInputException e) {
                ui.access(() -> {
                    Notification.show(getTranslation("Refused {0}", e.getMessage()), 8000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    upload.clearFileList();
                });
            }
        }));
        upload.setId("import-upload");
        // the settings below may wrap onto several rows; the drop zone keeps its height
        upload.getStyle().set("flex-shrink", "0");
        // (the server tells the kinds apart by content; these only steer the file chooser)
        upload.setAcceptedFileTypes("text/plain", ".txt", "application/pdf", ".pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
        upload.setMaxFileSize((int) SourceFiles.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("Import articles: PDF, DOCX or plain text (UTF-8 or Windows-1251), up to 20 MB")));
        actions.setId("project-actions");
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        // the row wraps between its items, never inside a label or link
        actions.setWrap(true);
        actions.getStyle().set("white-space", "nowrap");
        membersButton.setId("project-members-open");
        membersButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        membersButton.addClickListener(e -> membersSection.open());
        trashButton.setId("project-trash-open");
        trashButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        trashButton.setIcon(com.vaadin.flow.component.icon.VaadinIcon.TRASH.create());
        trashButton.addClickListener(e -> trashSection.open());
        membersSection.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        add(heading, upload, actions, grid);
    }

    private void imported(UI ui, Upload upload, ImportReport r) {
        if (r.seededTargets() > 0 || !r.notes().isEmpty()) {
            // the article's own English and the drafts pre-translated from memory wait for QA (marked
            // with the import itself): checked now, in the background
            qa.checkWaitingSegmentsInBackground();
        }
        ui.access(() -> {
            Notification.show(getTranslation("Imported {0}", NumberedMessages.importSummary(this, r)), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            // the notification tells what came of the file; the list would push the documents down
            upload.clearFileList();
            refresh();
        });
    }

    private void replaced(app.tandem.document.SourceVersionService.Result r) {
        qa.checkWaitingSegmentsInBackground();
        Notification.show(getTranslation("New source: {0} kept, {1} changed, {2} added, {3} removed", String.valueOf(r.kept()),
                String.valueOf(r.changed()), String.valueOf(r.added()), String.valueOf(r.removed())), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A reviewer's choice of the scheme names in the text, or reference lists, are romanised by. */
    private com.vaadin.flow.component.select.Select<String> schemeSelect(long id, String elementId, String label, boolean names) {
        com.vaadin.flow.component.select.Select<String> select = new com.vaadin.flow.component.select.Select<>();
        select.setId(elementId);
        select.setLabel(label);
        select.setItems(app.tandem.translit.TransliterationScheme.NAMES);
        select.setValue(names ? projects.namesScheme(id) : projects.referencesScheme(id));
        select.setTooltipText(getTranslation(names ? "How Russian names in the text are romanised" : "How reference lists are romanised"));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && !UiErrorHandling.attempt(() -> projectService.setSchemes(id,
                    names ? e.getValue() : projects.namesScheme(id), names ? projects.referencesScheme(id) : e.getValue()))) {
                select.setValue(e.getOldValue());
            }
        });
        return select;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElse(-1L);
        projectName = projects.findName(projectId).orElse(null);
        if (projectName == null || !access.canSee(projectId)) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such project");
            return;
        }
        heading.setText(projectName);
        buildActions();
        refresh();
    }

    private void buildActions() {
        actions.removeAll();
        long id = projectId;
        String name = projectName;
        Upload tmx = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                var r = tmxImports.importTmx(name, meta.fileName(), new java.io.ByteArrayInputStream(bytes), bytes.length);
                ui.access(() -> Notification.show(getTranslation("Translation memory: {0} units read, {1} skipped", String.valueOf(r.read()), String.valueOf(r.skipped()))
                        + (r.skipReasons().isEmpty() ? "" : " (" + String.join("; ", r.skipReasons().subList(0, Math.min(3, r.skipReasons().size()))) + ")"),
                        8000, Notification.Position.TOP_CENTER));
            } catch (app.tandem.exchange.ExchangeException e) {
                ui.access(() -> Notification.show(getTranslation("Refused {0}", e.getMessage()), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }));
        ComponentTexts.localise(tmx);
        tmx.setId("import-tmx");
        tmx.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("Import TMX into the project memory…")));
        tmx.setDropAllowed(false);
        tmx.setAcceptedFileTypes(".tmx", ".xml");
        tmx.setMaxFileSize((int) app.tandem.exchange.TmxReader.MAX_BYTES);
        com.vaadin.flow.router.RouterLink glossaryLink = new com.vaadin.flow.router.RouterLink(getTranslation("Glossary"), GlossaryView.class,
                new RouteParameters("projectId", String.valueOf(id)));
        glossaryLink.setId("project-glossary-link");
        com.vaadin.flow.router.RouterLink memoryLink = new com.vaadin.flow.router.RouterLink(getTranslation("Translation memory"), MemoryView.class,
                new RouteParameters("projectId", String.valueOf(id)));
        memoryLink.setId("project-memory-link");
        com.vaadin.flow.router.RouterLink namesLink = new com.vaadin.flow.router.RouterLink(getTranslation("Names"), NamesView.class,
                new RouteParameters("projectId", String.valueOf(id)));
        namesLink.setId("project-names-link");
        com.vaadin.flow.router.RouterLink analysisLink = new com.vaadin.flow.router.RouterLink(getTranslation("Analysis"), AnalysisView.class,
                new RouteParameters("projectId", String.valueOf(id)));
        analysisLink.setId("project-analysis-link");
        actions.add(glossaryLink, memoryLink, namesLink, analysisLink, membersButton, trashButton);
        if (app.tandem.review.ReviewService.canReview()) {
            com.vaadin.flow.component.select.Select<String> variant = new com.vaadin.flow.component.select.Select<>();
            variant.setId("project-english-variant");
            variant.setItems("en-US", "en-GB");
            variant.setValue(projects.englishVariant(id));
            variant.setTooltipText(getTranslation("Spelling and grammar checks follow this variant"));
            variant.addValueChangeListener(e -> {
                if (e.isFromClient() && !UiErrorHandling.attempt(() -> projectService.setEnglishVariant(id, e.getValue()))) {
                    variant.setValue(e.getOldValue());
                }
            });
            actions.add(new Span(getTranslation("English variant")), variant);
            actions.add(schemeSelect(id, "project-names-scheme", getTranslation("Names"), true),
                    schemeSelect(id, "project-references-scheme", getTranslation("References"), false));
            com.vaadin.flow.component.checkbox.Checkbox checkSource = new com.vaadin.flow.component.checkbox.Checkbox(
                    getTranslation("Check the Russian source too"), projects.checksSource(id));
            checkSource.setId("project-check-source");
            checkSource.setTooltipText(getTranslation("Spelling and grammar of the sources, as information; names are not reported"));
            checkSource.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    if (!UiErrorHandling.attempt(() -> projectService.setCheckSource(id, e.getValue()))) {
                        checkSource.setValue(e.getOldValue());
                    } else if (e.getValue()) {
                        Notification.show(getTranslation("Sources are checked from the next QA run of each document"), 5000,
                                Notification.Position.TOP_CENTER);
                    }
                }
            });
            actions.add(checkSource);
            com.vaadin.flow.component.textfield.NumberField passMark = new com.vaadin.flow.component.textfield.NumberField();
            passMark.setId("project-pass-mark");
            passMark.setMin(0);
            passMark.setMax(100);
            passMark.setStep(0.1);
            passMark.setWidth("6rem");
            passMark.setValue(lqa.threshold(id));
            passMark.setTooltipText(getTranslation("A reviewed document passes when its quality score (100 × (1 − penalty / words)) reaches this"));
            passMark.addValueChangeListener(e -> {
                if (e.isFromClient() && (e.getValue() == null || !UiErrorHandling.attempt(() -> lqa.setThreshold(id, e.getValue())))) {
                    passMark.setValue(e.getOldValue());
                }
            });
            actions.add(new Span(getTranslation("Pass mark")), passMark);
        }
        actions.add(new Span(getTranslation("Export:")),
                Downloads.link("export-project-tmx", getTranslation("Project TMX (all translated)"), "project-" + id + ".tmx", "application/x-tmx+xml",
                        out -> exports.exportProjectTmx(id, false, out)),
                Downloads.link("export-project-tmx-approved", getTranslation("Project TMX (approved only)"), "project-" + id + "-approved.tmx",
                        "application/x-tmx+xml", out -> exports.exportProjectTmx(id, true, out)),
                tmx);
    }

    private app.tandem.document.AssignmentService.Assignment assignment(DocumentSummary d) {
        return assigned.getOrDefault(d.id(), app.tandem.document.AssignmentService.Assignment.NONE);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void refresh() {
        assigned = assignments.ofProject(projectId);
        grid.setItems(documents.findByProject(projectId));
        trashSection.show(projectId);
        membersSection.show(projectId);
        membersButton.setText(membersSection.summary() + "…");
        // the project's reach as an icon: the actions row keeps to two lines at 1366×768
        membersButton.setIcon((membersSection.openToEveryone() ? com.vaadin.flow.component.icon.VaadinIcon.GLOBE
                : com.vaadin.flow.component.icon.VaadinIcon.LOCK).create());
        membersButton.setTooltipText(getTranslation(membersSection.openToEveryone() ? "open to every user" : "private to its members"));
        trashButton.setText(getTranslation("Trash ({0})", String.valueOf(trashSection.count())) + "…");
        trashButton.setVisible(trashSection.count() > 0);
    }
}
