package app.tandem.ui;

import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.ImportReport;
import app.tandem.document.ImportService;
import app.tandem.project.ProjectRepository;
import app.tandem.text.RejectedInputException;
import app.tandem.text.TextDecoder;
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

@Route(value = "projects/:projectId", layout = MainLayout.class)
@PageTitle("Project · Tandem")
public class ProjectView extends VerticalLayout implements BeforeEnterObserver {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ProjectRepository projects;
    private final DocumentRepository documents;
    private final ImportService imports;
    private final Grid<DocumentSummary> grid = new Grid<>();
    private final H2 heading = new H2();
    private long projectId;
    private String projectName;

    public ProjectView(ProjectRepository projects, DocumentRepository documents, ImportService imports) {
        this.projects = projects;
        this.documents = documents;
        this.imports = imports;
        setSizeFull();
        grid.setId("documents-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DocumentSummary::name).setHeader("File").setFlexGrow(1);
        grid.addColumn(DocumentSummary::title).setHeader("Title").setFlexGrow(3);
        grid.addComponentColumn(d -> new ProgressCell(d.total(), d.translated(), d.approved()))
                .setHeader("Progress").setFlexGrow(2);
        grid.addColumn(d -> d.importedAt().format(WHEN)).setHeader("Imported").setFlexGrow(0).setWidth("170px");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DocumentView.class,
                new RouteParameters("documentId", String.valueOf(e.getItem().id()))));

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                ImportReport r = imports.importFile(projectName, meta.fileName(), bytes);
                ui.access(() -> {
                    Notification.show("Imported " + r.describe(), 6000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                });
            } catch (RejectedInputException e) {
                ui.access(() -> Notification.show("Refused " + e.getMessage(), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setMaxFileSize((int) TextDecoder.MAX_BYTES);
        upload.setDropLabel(new Span("Import plain-text articles (UTF-8 or Windows-1251, up to 20 MB)"));
        add(heading, upload, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElse(-1L);
        projectName = projects.findName(projectId).orElse(null);
        if (projectName == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such project");
            return;
        }
        heading.setText(projectName);
        refresh();
    }

    private void refresh() {
        grid.setItems(documents.findByProject(projectId));
    }
}
