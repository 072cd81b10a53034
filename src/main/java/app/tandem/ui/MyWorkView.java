package app.tandem.ui;

import app.tandem.document.AssignmentService;
import app.tandem.ui.workbench.DocumentView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;

/** The documents the signed-in user translates or reviews, the nearest due date first; a click opens one. */
@PermitAll
@Route(value = "my-work", layout = MainLayout.class)
@PageTitle("My work · Tandem")
public class MyWorkView extends VerticalLayout implements BeforeEnterObserver {
    private final AssignmentService assignments;
    private final Grid<AssignmentService.WorkItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public MyWorkView(AssignmentService assignments) {
        this.assignments = assignments;
        setSizeFull();
        grid.setId("my-work-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(w -> w.document().name()).setHeader(getTranslation("File")).setFlexGrow(1).setWidth("140px");
        grid.addColumn(OneLine.<AssignmentService.WorkItem>of(w -> w.document().title())).setHeader(getTranslation("Title")).setFlexGrow(3).setWidth("180px");
        grid.addColumn(AssignmentService.WorkItem::project).setHeader(getTranslation("Project")).setFlexGrow(1).setWidth("140px");
        grid.addColumn(w -> getTranslation(w.role().equals("reviewer") ? "Reviewer" : "Translator")).setHeader(getTranslation("My role"))
                .setKey("role").setFlexGrow(0).setWidth("150px");
        grid.addComponentColumn(w -> new ProgressCell(w.document().total(), w.document().translated(), w.document().approved()))
                .setHeader(getTranslation("Progress")).setFlexGrow(2).setWidth("240px");
        grid.addComponentColumn(w -> DueDate.of(w.due(), w.document().approved() >= w.document().total(), true))
                .setHeader(getTranslation("Due")).setKey("due").setFlexGrow(0).setWidth("245px");
        grid.setPartNameGenerator(w -> w.overdue(LocalDate.now()) ? "overdue-row" : null);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DocumentView.class,
                new RouteParameters("documentId", String.valueOf(e.getItem().document().id()))));
        empty.setId("my-work-empty");
        empty.addClassName("page-hint");
        add(new H2(getTranslation("My work")), empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var items = assignments.myWork();
        grid.setItems(items);
        empty.setText(items.isEmpty() ? getTranslation("No document is assigned to you yet. Reviewers assign documents on the project page.")
                : getTranslation("Documents you translate or review, the nearest due date first."));
    }
}
