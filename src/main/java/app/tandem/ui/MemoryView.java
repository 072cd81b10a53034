package app.tandem.ui;

import app.tandem.exchange.ExchangeException;
import app.tandem.exchange.TmxReader;
import app.tandem.project.ProjectRepository;
import app.tandem.review.ReviewService;
import app.tandem.tm.MemoryRepository;
import app.tandem.tm.MemoryService;
import app.tandem.tm.TmxImportService;
import app.tandem.user.ProjectAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's translation memory: every unit, searchable and filterable by the TMX file it came
 * from, with where it came from (document or file, user, date); a unit can be corrected or
 * deleted, the memory exported as TMX, a TMX file imported, and everything one file brought removed.
 */
@PermitAll
@Route(value = "projects/:projectId/memory", layout = MainLayout.class)
@PageTitle("Translation memory · Tandem")
public class MemoryView extends VerticalLayout implements BeforeEnterObserver {
    /** The file filter's first choice: every unit. */
    private static final String ALL = "";
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final MemoryRepository units;
    private final MemoryService service;
    private final TmxImportService tmxImports;
    private final H2 heading = new H2();
    private final Span count = new Span();
    private final TextField search = new TextField();
    private final Select<String> file = new Select<>();
    private final Grid<MemoryRepository.Unit> grid = new Grid<>();
    private final HorizontalLayout tools = new HorizontalLayout();
    private final HorizontalLayout links = new HorizontalLayout();
    private long projectId = -1;
    private String projectName;

    public MemoryView(ProjectRepository projects, ProjectAccess access, MemoryRepository units, MemoryService service,
                      TmxImportService tmxImports) {
        this.projects = projects;
        this.access = access;
        this.units = units;
        this.service = service;
        this.tmxImports = tmxImports;
        setSizeFull();
        setId("memory-view");
        heading.setId("memory-heading");
        count.setId("memory-count");
        search.setId("memory-search");
        search.setPlaceholder(getTranslation("Search Russian or English"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        file.setId("memory-file");
        file.setLabel(null);
        file.setItemLabelGenerator(f -> f.equals(ALL) ? getTranslation("All units") : f);
        file.addValueChangeListener(e -> refresh());
        grid.setId("memory-grid");
        grid.addClassName("memory-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MemoryRepository.Unit::source).setHeader(getTranslation("Russian source")).setFlexGrow(5);
        grid.addColumn(MemoryRepository.Unit::target).setHeader(getTranslation("English target")).setFlexGrow(5);
        grid.addColumn(MemoryRepository.Unit::provenance).setHeader(getTranslation("Came from")).setFlexGrow(2);
        grid.addColumn(u -> u.createdBy() == null ? "" : u.createdBy()).setHeader(getTranslation("By")).setFlexGrow(1);
        grid.addColumn(u -> u.changedAt() == null ? "" : app.tandem.ui.Dates.when(u.changedAt())).setHeader(getTranslation("Changed"))
                .setFlexGrow(0).setWidth("150px");
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        tools.setId("memory-tools");
        tools.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        tools.setWidthFull();
        add(links, heading, count, tools, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElse(-1L);
        projectName = projects.findName(projectId).orElse(null);
        if (projectName == null || !access.canSee(projectId)) {
            event.rerouteToError(NotFoundException.class, "No such project");
            return;
        }
        heading.setText(getTranslation("Translation memory") + " · " + projectName);
        links.removeAll();
        RouterLink back = new RouterLink("← " + projectName, ProjectView.class, new RouteParameters("projectId", String.valueOf(projectId)));
        back.setId("memory-project-link");
        links.add(back);
        buildTools();
        refreshFiles();
        refresh();
    }

    private void buildTools() {
        tools.removeAll();
        long id = projectId;
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                TmxReader.Result r = tmxImports.importTmx(projectName, meta.fileName(), new ByteArrayInputStream(bytes), bytes.length);
                ui.access(() -> {
                    Notification.show(getTranslation("{0}: {1} units read, {2} skipped", meta.fileName(), String.valueOf(r.read()),
                                    String.valueOf(r.skipped())) + (r.skipReasons().isEmpty() ? "" : " (" + String.join("; ",
                                    r.skipReasons().subList(0, Math.min(3, r.skipReasons().size()))) + ")"), 8000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refreshFiles();
                    refresh();
                });
            } catch (ExchangeException e) {
                ui.access(() -> Notification.show(getTranslation("Refused") + " " + e.getMessage(), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }));
        upload.setId("memory-import");
        upload.setUploadButton(new Button(getTranslation("Import TMX…")));
        upload.setDropAllowed(false);
        upload.setAcceptedFileTypes(".tmx", ".xml");
        upload.setMaxFileSize((int) TmxReader.MAX_BYTES);
        Button removeFile = new Button(getTranslation("Remove the units of this file…"), e -> confirmRemoveFile());
        removeFile.setId("memory-remove-file");
        removeFile.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeFile.setVisible(ReviewService.canReview());
        removeFile.setEnabled(false);
        file.addValueChangeListener(e -> removeFile.setEnabled(e.getValue() != null && !e.getValue().equals(ALL)));
        search.setWidth("22em");
        tools.add(search, file, removeFile, Downloads.link("memory-export", getTranslation("Export the memory as TMX"),
                "memory-project-" + id + ".tmx", "application/x-tmx+xml", out -> service.exportTmx(id, out)), upload);
    }

    private void refreshFiles() {
        List<String> choices = new ArrayList<>(List.of(ALL));
        units.importedFiles(projectId).forEach(f -> choices.add(f.name()));
        String was = file.getValue();
        file.setItems(choices);
        file.setValue(was != null && choices.contains(was) ? was : ALL);
    }

    private void refresh() {
        String text = search.getValue();
        String from = file.getValue() == null || file.getValue().equals(ALL) ? null : file.getValue();
        long id = projectId;
        grid.setItems(q -> units.page(id, text, from, q.getOffset(), q.getLimit()).stream(), q -> units.count(id, text, from));
        count.setText(getTranslation("Memory units: {0}", String.valueOf(units.count(id, text, from))) + (text.isBlank() && from == null ? ""
                : " · " + getTranslation("of {0}", String.valueOf(units.count(id)))));
    }

    private void openEditor(MemoryRepository.Unit unit) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("Memory unit"));
        d.setWidth("min(760px, 95vw)");
        TextArea source = new TextArea(getTranslation("Russian source"));
        source.setId("memory-edit-source");
        source.setWidthFull();
        source.setValue(unit.source());
        TextArea target = new TextArea(getTranslation("English target"));
        target.setId("memory-edit-target");
        target.setWidthFull();
        target.setValue(unit.target());
        Span origin = new Span(getTranslation("Came from") + ": " + unit.provenance()
                + (unit.createdBy() == null ? "" : " · " + unit.createdBy())
                + (unit.changedAt() == null ? "" : " · " + app.tandem.ui.Dates.when(unit.changedAt())));
        origin.setId("memory-edit-origin");
        Button save = new Button(getTranslation("Save"), e -> {
            if (UiErrorHandling.attempt(() -> service.update(unit.id(), source.getValue(), target.getValue()))) {
                d.close();
                refresh();
            }
        });
        save.setId("memory-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(getTranslation("Delete"), e -> {
            if (UiErrorHandling.attempt(() -> service.delete(unit.id()))) {
                d.close();
                refreshFiles();
                refresh();
            }
        });
        delete.setId("memory-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(ReviewService.canReview());
        d.add(new VerticalLayout(source, target, origin));
        d.getFooter().add(delete, new Button(getTranslation("Cancel"), e -> d.close()), save);
        d.open();
    }

    private void confirmRemoveFile() {
        String from = file.getValue();
        if (from == null || from.equals(ALL)) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("memory-remove-confirm");
        confirm.setHeader(getTranslation("Remove the units of {0}?", from));
        confirm.setText(getTranslation("Every unit imported from this file is deleted from the project's memory. Translations confirmed in Tandem stay."));
        confirm.setCancelable(true);
        confirm.setConfirmText(getTranslation("Remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            int[] n = new int[1];
            if (UiErrorHandling.attempt(() -> n[0] = service.removeImported(projectId, from))) {
                Notification.show(getTranslation("Units removed: {0}", String.valueOf(n[0])), 4000, Notification.Position.TOP_CENTER);
                file.setValue(ALL);
                refreshFiles();
                refresh();
            }
        });
        confirm.open();
    }
}
