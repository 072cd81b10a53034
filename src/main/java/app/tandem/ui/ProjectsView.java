package app.tandem.ui;

import jakarta.annotation.security.PermitAll;
import app.tandem.project.ProjectRepository;
import app.tandem.project.ProjectSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

@PermitAll
@Route(value = "", layout = MainLayout.class)
@PageTitle("Projects · Tandem")
public class ProjectsView extends VerticalLayout {
    public ProjectsView(ProjectRepository projects, app.tandem.user.ProjectAccess access) {
        setSizeFull();
        add(new H2(getTranslation("Projects")));
        Grid<ProjectSummary> grid = new Grid<>();
        grid.setId("projects-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProjectSummary::name).setHeader(getTranslation("Project")).setFlexGrow(2);
        grid.addColumn(ProjectSummary::documents).setHeader(getTranslation("Documents")).setFlexGrow(0).setWidth("120px");
        grid.addComponentColumn(p -> new ProgressCell(p.segments(), p.translated(), p.approved()))
                .setHeader(getTranslation("Progress")).setFlexGrow(3);
        grid.setItems(projects.findAllSummaries().stream().filter(p -> access.canSee(p.id())).toList());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                new com.vaadin.flow.router.RouteParameters("projectId", String.valueOf(e.getItem().id())))));
        add(grid);
    }
}
