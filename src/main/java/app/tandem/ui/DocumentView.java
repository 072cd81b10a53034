package app.tandem.ui;

import app.tandem.document.DocumentRepository;
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

    public DocumentView(DocumentRepository documents) {
        this.documents = documents;
        setSizeFull();
        summary.setPadding(false);
        grid.setId("segments-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(s -> s.position() + 1).setHeader("#").setFlexGrow(0).setWidth("70px");
        grid.addColumn(SegmentRow::sourceText).setHeader("Russian source").setFlexGrow(1);
        grid.addColumn(s -> s.coveredBy() != null ? "(covered by the previous segment's target)"
                        : s.targetText() == null ? "" : s.targetText())
                .setHeader("English target").setFlexGrow(1);
        grid.addColumn(s -> s.status().name()).setHeader("Status").setFlexGrow(0).setWidth("130px")
                .setPartNameGenerator(s -> "status-" + s.status().name().toLowerCase());
        grid.setSizeFull();
        add(heading, summary, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("documentId").orElse(-1L);
        DocumentSummary doc = documents.findSummary(id).orElse(null);
        if (doc == null) {
            event.rerouteToError(NotFoundException.class, "No such document");
            return;
        }
        heading.setText(doc.title());
        summary.removeAll();
        summary.add(new ProgressCell(doc.total(), doc.translated(), doc.approved()));
        grid.setItems(q -> documents.findSegments(id, q.getOffset(), q.getLimit()).stream(),
                q -> documents.countSegments(id));
    }
}
