package app.tandem.ui;

import app.tandem.analysis.Analysis;
import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.project.ProjectRepository;
import app.tandem.tm.MemoryAnalysisService;
import app.tandem.user.ProjectAccess;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A project's word-count analysis against its memory, for quoting and planning: the whole project
 * or one document, each band's segments and words, downloadable as CSV.
 */
@PermitAll
@Route(value = "projects/:projectId/analysis", layout = MainLayout.class)
@PageTitle("Analysis · Tandem")
public class AnalysisView extends VerticalLayout implements BeforeEnterObserver {
    private static final long WHOLE_PROJECT = -1;
    private final MemoryAnalysisService analyses;
    private final DocumentRepository documents;
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final Grid<Analysis.Row> grid = new Grid<>();
    private final H2 heading = new H2();
    private final HorizontalLayout links = new HorizontalLayout();
    private final Select<Long> scope = new Select<>();
    private final HorizontalLayout bar = new HorizontalLayout();
    private long projectId;
    private List<DocumentSummary> docs = List.of();
    private Analysis current;

    public AnalysisView(MemoryAnalysisService analyses, DocumentRepository documents, ProjectRepository projects, ProjectAccess access) {
        this.analyses = analyses;
        this.documents = documents;
        this.projects = projects;
        this.access = access;
        setSizeFull();
        grid.setId("analysis-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("760px");
        grid.addColumn(r -> bandLabel(r.band())).setHeader(getTranslation("Match")).setFlexGrow(2);
        grid.addColumn(Analysis.Row::segments).setHeader(getTranslation("Segments")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(Analysis.Row::words).setHeader(getTranslation("Words")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(r -> percent(r.words())).setHeader(getTranslation("Share of words")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.setPartNameGenerator(r -> r.band().equals("total") ? "total-row" : null);
        scope.setId("analysis-scope");
        scope.setLabel(getTranslation("Analyse"));
        scope.setItemLabelGenerator(id -> id == WHOLE_PROJECT ? getTranslation("The whole project")
                : docs.stream().filter(d -> d.id() == id).map(DocumentSummary::name).findFirst().orElse(""));
        scope.setWidth("22rem");
        scope.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        com.vaadin.flow.component.html.Div head = new com.vaadin.flow.component.html.Div(heading, links);
        head.addClassName("page-head");
        Paragraph hint = new Paragraph(getTranslation("Segments and words by their best match in the project's memory as it is now. Words are runs of letters or digits; a hyphenated word counts once; merged segments count once."));
        hint.addClassName("page-hint");
        add(head, hint, bar, grid);
    }

    private String percent(int words) {
        int total = current == null ? 0 : current.totalWords();
        return total == 0 ? "" : String.format(getLocale(), "%.1f %%", 100.0 * words / total);
    }

    private String bandLabel(String band) {
        return switch (band) {
            case "context" -> getTranslation("Context match");
            case "100" -> getTranslation("Exact match (100%)");
            case "repetitions" -> getTranslation("Repetitions");
            case "new" -> getTranslation("New");
            case "total" -> getTranslation("Total");
            default -> getTranslation("Fuzzy {0}%", band.replace('-', '–'));
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElse(-1L);
        if (projectId < 0 || !access.canSee(projectId)) {
            event.rerouteToError(NotFoundException.class, "No such project");
            return;
        }
        String name = projects.findName(projectId).orElse("");
        heading.setText(getTranslation("Analysis") + " · " + name);
        links.removeAll();
        RouterLink back = new RouterLink("← " + getTranslation("All documents"), ProjectView.class,
                new RouteParameters("projectId", String.valueOf(projectId)));
        back.setId("analysis-project-link");
        links.add(back);
        docs = documents.findByProject(projectId);
        List<Long> items = new java.util.ArrayList<>(List.of(WHOLE_PROJECT));
        docs.forEach(d -> items.add(d.id()));
        scope.setItems(items);
        long wanted = event.getLocation().getQueryParameters().getSingleParameter("document").map(AnalysisView::id).orElse(WHOLE_PROJECT);
        scope.setValue(items.contains(wanted) ? wanted : WHOLE_PROJECT);
    }

    private static long id(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return WHOLE_PROJECT;
        }
    }

    private void refresh() {
        long chosen = scope.getValue();
        List<DocumentSummary> analysed = chosen == WHOLE_PROJECT ? docs : docs.stream().filter(d -> d.id() == chosen).toList();
        current = analyses.analyse(projectId, analysed);
        grid.setItems(current.rows());
        String file = (chosen == WHOLE_PROJECT ? projects.findName(projectId).orElse("project") : analysed.get(0).name()) + "-analysis.csv";
        String csv = current.toCsv();
        Anchor download = Downloads.link("analysis-csv", getTranslation("Download CSV"), file.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-"),
                "text/csv", out -> out.write(csv.getBytes(StandardCharsets.UTF_8)));
        bar.removeAll();
        bar.add(scope, download);
    }
}
