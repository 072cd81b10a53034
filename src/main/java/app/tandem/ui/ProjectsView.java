package app.tandem.ui;

import app.tandem.project.GlossaryRepository;
import app.tandem.project.GlossaryService;
import app.tandem.project.ProjectRepository;
import app.tandem.project.ProjectService;
import app.tandem.project.ProjectSummary;
import app.tandem.review.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.List;

/** The projects the user sees, with progress; reviewers and admins start new ones. */
@PermitAll
@Route(value = "", layout = MainLayout.class)
@PageTitle("Projects · Tandem")
public class ProjectsView extends VerticalLayout {
    /** A glossary's size, counted as the interface's language counts. */
    static final String TERMS = "{0,plural,one{# term} other{# terms}}";

    /** Stands for "a new glossary of its own" among the glossaries offered to a new project. */
    private static final GlossaryRepository.GlossaryInfo OWN = new GlossaryRepository.GlossaryInfo(-1, "", 0, List.of());
    private final ProjectService projectService;
    private final GlossaryService glossaries;

    public ProjectsView(ProjectRepository projects, app.tandem.user.ProjectAccess access, ProjectService projectService,
                        GlossaryService glossaries) {
        this.projectService = projectService;
        this.glossaries = glossaries;
        setSizeFull();
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("Projects")));
        top.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        if (ReviewService.canReview()) {
            Button create = new Button(getTranslation("New project…"), e -> openCreate());
            create.setId("project-new");
            top.add(create);
        }
        add(top);
        Grid<ProjectSummary> grid = new Grid<>();
        grid.setId("projects-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProjectSummary::name).setHeader(getTranslation("Project")).setFlexGrow(2);
        grid.addColumn(ProjectSummary::documents).setHeader(getTranslation("Documents")).setFlexGrow(0).setWidth("120px");
        grid.addComponentColumn(p -> new ProgressCell(p.segments(), p.translated(), p.approved()))
                .setHeader(getTranslation("Progress")).setFlexGrow(3);
        grid.setItems(projects.findAllSummaries().stream().filter(p -> access.canSee(p.id())).toList());
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(grid);
    }

    private void open(long projectId) {
        getUI().ifPresent(ui -> ui.navigate(ProjectView.class, new RouteParameters("projectId", String.valueOf(projectId))));
    }

    private void openCreate() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("New project"));
        d.setWidth("560px");
        TextField name = new TextField(getTranslation("Name"));
        name.setId("project-name");
        name.setRequired(true);
        Select<String> variant = new Select<>();
        variant.setLabel(getTranslation("English variant"));
        variant.setId("project-variant");
        variant.setItems("en-US", "en-GB");
        variant.setValue("en-US");
        Select<GlossaryRepository.GlossaryInfo> glossary = new Select<>();
        glossary.setLabel(getTranslation("Glossary"));
        glossary.setId("project-glossary");
        List<GlossaryRepository.GlossaryInfo> choices = new ArrayList<>(List.of(OWN));
        choices.addAll(glossaries.visibleGlossaries());
        glossary.setItems(choices);
        glossary.setItemLabelGenerator(g -> g == OWN ? getTranslation("A new glossary of its own")
                : getTranslation("Share") + ": " + g.name() + " (" + getTranslation(TERMS, g.entries()) + ")");
        glossary.setValue(OWN);
        FormLayout form = new FormLayout(name, variant, glossary);
        form.setColspan(glossary, 2);
        d.add(form);
        Button ok = new Button(getTranslation("Create"), e -> {
            GlossaryRepository.GlossaryInfo g = glossary.getValue();
            long[] created = {-1};
            if (UiErrorHandling.attempt(() -> created[0] = projectService.create(name.getValue(), variant.getValue(),
                    g == null || g == OWN ? null : g.id()))) {
                d.close();
                open(created[0]);
            }
        });
        ok.setId("project-create");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("Cancel"), e -> d.close()), ok);
        d.open();
        name.focus();
    }
}
