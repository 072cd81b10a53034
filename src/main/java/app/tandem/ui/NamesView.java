package app.tandem.ui;

import app.tandem.project.PersonNameRepository;
import app.tandem.project.ProjectRepository;
import app.tandem.project.SourceOffers;
import app.tandem.review.ReviewService;
import app.tandem.user.ProjectAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * A project's names list: each person as the sources name them and their English. Translators
 * propose names from the workbench's side panel; reviewers approve or delete them here, and an
 * approved name is what the workbench offers first and what QA holds targets to.
 */
@PermitAll
@Route(value = "projects/:projectId/names", layout = MainLayout.class)
@PageTitle("Names · Tandem")
public class NamesView extends VerticalLayout implements BeforeEnterObserver {
    private final SourceOffers offers;
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final Grid<PersonNameRepository.Entry> grid = new Grid<>();
    private final H2 heading = new H2();
    private final HorizontalLayout links = new HorizontalLayout();
    private long projectId;

    public NamesView(SourceOffers offers, ProjectRepository projects, ProjectAccess access) {
        this.offers = offers;
        this.projects = projects;
        this.access = access;
        setSizeFull();
        grid.setId("names-grid");
        grid.addColumn(PersonNameRepository.Entry::russian).setHeader(getTranslation("Russian")).setFlexGrow(1).setResizable(true);
        grid.addColumn(PersonNameRepository.Entry::english).setHeader(getTranslation("English")).setFlexGrow(1).setResizable(true);
        grid.addColumn(e -> getTranslation(e.approved() ? "approved" : "proposed")).setHeader(getTranslation("Status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.createdBy() == null ? "" : e.createdBy()).setHeader(getTranslation("By")).setAutoWidth(true).setFlexGrow(0);
        if (ReviewService.canReview()) {
            grid.addComponentColumn(e -> {
                Button approve = new Button(getTranslation("Approve"), click -> {
                    if (UiErrorHandling.attempt(() -> offers.approve(e.id()))) {
                        refresh();
                    }
                });
                approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                approve.setVisible(!e.approved());
                approve.setId("approve-name-" + e.id());
                Button delete = new Button(getTranslation("Delete"), click -> {
                    if (UiErrorHandling.attempt(() -> offers.delete(e.id()))) {
                        refresh();
                    }
                });
                delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                delete.setId("delete-name-" + e.id());
                return new HorizontalLayout(approve, delete);
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        add(links, heading, new Paragraph(getTranslation("People the sources name, with their English. The workbench offers an approved name first (Alt+number, like terms); QA reports a target that writes it otherwise, and one person written two ways in a document.")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElse(-1L);
        if (projectId < 0 || !access.canSee(projectId)) {
            event.rerouteToError(NotFoundException.class, "No such project");
            return;
        }
        heading.setText(getTranslation("Names") + " · " + projects.findName(projectId).orElse(""));
        links.removeAll();
        RouterLink back = new RouterLink("← " + getTranslation("All documents"), ProjectView.class,
                new RouteParameters("projectId", String.valueOf(projectId)));
        back.setId("names-project-link");
        links.add(back);
        refresh();
    }

    private void refresh() {
        grid.setItems(offers.list(projectId));
    }
}
