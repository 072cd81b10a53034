package app.tandem.ui;

import app.tandem.exchange.ExchangeException;
import app.tandem.exchange.GlossaryCsv;
import app.tandem.exchange.TbxReader;
import app.tandem.exchange.TbxWriter;
import app.tandem.exchange.TermEntry;
import app.tandem.project.GlossaryRepository;
import app.tandem.project.GlossaryService;
import app.tandem.project.ProjectRepository;
import app.tandem.review.ReviewService;
import app.tandem.user.ProjectAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** A project's glossary: search, add (translators propose), edit and approve (reviewers), CSV/TSV/TBX in and out. */
@PermitAll
@Route(value = "projects/:projectId/glossary", layout = MainLayout.class)
@PageTitle("Glossary · Tandem")
public class GlossaryView extends VerticalLayout implements BeforeEnterObserver {
    private final GlossaryService glossary;
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final Grid<GlossaryRepository.Entry> grid = new Grid<>();
    private final TextField search = new TextField();
    private final H2 heading = new H2();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final ComboBox<String> domainFilter = new ComboBox<>();
    private final GlossarySharingBar sharing;
    private final Grid.Column<GlossaryRepository.Entry> glossaryColumn;
    private List<GlossaryRepository.Entry> entries = List.of();
    private long projectId;

    public GlossaryView(GlossaryService glossary, ProjectRepository projects, ProjectAccess access) {
        this.glossary = glossary;
        this.projects = projects;
        this.access = access;
        this.sharing = new GlossarySharingBar(glossary, this::refresh);
        setSizeFull();
        search.setId("glossary-search");
        search.setPlaceholder(getTranslation("Search Russian or English"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setWidth("320px");
        domainFilter.setId("glossary-domain-filter");
        domainFilter.setPlaceholder(getTranslation("All domains"));
        domainFilter.setClearButtonVisible(true);
        domainFilter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("New term"), e -> edit(null, null));
        add.setId("glossary-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("glossary-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(GlossaryRepository.Entry::russian).setHeader(getTranslation("Russian")).setSortable(true).setWidth("140px").setFlexGrow(2)
                .setComparator(e -> e.russian().toLowerCase(Locale.ROOT));
        grid.addColumn(e -> String.join("; ", e.english())).setHeader(getTranslation("English (preferred first)")).setWidth("140px").setFlexGrow(2);
        grid.addColumn(e -> String.join("; ", e.forbidden())).setHeader(getTranslation("Do not use")).setWidth("100px").setFlexGrow(1);
        grid.addColumn(e -> orEmpty(e.domain())).setHeader(getTranslation("Domain")).setSortable(true).setWidth("140px").setFlexGrow(0);
        grid.addColumn(e -> e.partOfSpeech() == null ? "" : getTranslation(TermDialog.posLabel(e.partOfSpeech())))
                .setHeader(getTranslation("Part of speech")).setWidth("140px").setFlexGrow(0);
        grid.addColumn(e -> orEmpty(e.note())).setHeader(getTranslation("Note")).setWidth("100px").setFlexGrow(1);
        glossaryColumn = grid.addColumn(GlossaryRepository.Entry::glossaryName).setHeader(getTranslation("Glossary")).setSortable(true)
                .setWidth("100px").setFlexGrow(1);
        grid.addColumn(e -> RoleLabels.status(this, e.status())).setHeader(getTranslation("Status")).setWidth("135px").setFlexGrow(0)
                .setSortable(true).setComparator(GlossaryRepository.Entry::status);
        // the date in the column, who and when exactly on hover: the grid fits a laptop screen without scrolling sideways
        grid.addColumn(e -> e.createdAt() == null ? "" : app.tandem.ui.Dates.day(e.createdAt().toLocalDate()))
                .setHeader(getTranslation("Added")).setWidth("130px").setFlexGrow(0)
                .setTooltipGenerator(e -> orEmpty(e.createdBy()) + (e.createdAt() == null ? "" : " · " + app.tandem.ui.Dates.when(e.createdAt())));
        grid.addComponentColumn(e -> {
            HorizontalLayout h = new HorizontalLayout();
            h.setSpacing(false);
            if (ReviewService.canReview()) {
                h.add(iconButton(com.vaadin.flow.component.icon.VaadinIcon.EDIT, getTranslation("Edit"), "glossary-edit", () -> edit(e, null)));
                if ("PROPOSED".equals(e.status())) {
                    h.add(iconButton(com.vaadin.flow.component.icon.VaadinIcon.CHECK, getTranslation("Approve"), "glossary-approve",
                            () -> act(() -> glossary.approve(projectId, e.id()))));
                }
                h.add(iconButton(com.vaadin.flow.component.icon.VaadinIcon.TRASH, getTranslation("Delete"), "glossary-delete",
                        () -> act(() -> glossary.delete(projectId, e.id()))));
            }
            return h;
        }).setWidth("130px").setFlexGrow(0);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        Button suggest = new Button(getTranslation("Suggest terms"), e -> suggest());
        suggest.setId("glossary-suggest");
        add(heading, sharing, new HorizontalLayout(search, domainFilter, add, suggest), actions, grid);
    }

    /** A small icon button named for screen readers and with the same name as its tooltip. */
    private static Button iconButton(com.vaadin.flow.component.icon.VaadinIcon icon, String name, String className, Runnable action) {
        Button b = new Button(icon.create(), c -> action.run());
        b.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ICON, com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(name);
        b.setTooltipText(name);
        b.addClassName(className);
        return b;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElse(-1L);
        String name = projects.findName(projectId).orElse(null);
        if (name == null || !access.canSee(projectId)) {
            event.rerouteToError(NotFoundException.class, "No such project");
            return;
        }
        heading.setText(getTranslation("Glossary") + " · " + name);
        sharing.show(projectId);
        actions.removeAll();
        actions.add(new Span(getTranslation("Export:")),
                Downloads.link("glossary-csv", "CSV", "glossary.csv", "text/csv;charset=utf-8",
                        out -> out.write(GlossaryCsv.write(glossary.export(projectId), ',').getBytes(StandardCharsets.UTF_8))),
                Downloads.link("glossary-tsv", "TSV", "glossary.tsv", "text/tab-separated-values;charset=utf-8",
                        out -> out.write(GlossaryCsv.write(glossary.export(projectId), '\t').getBytes(StandardCharsets.UTF_8))),
                Downloads.link("glossary-tbx", "TBX", "glossary.tbx", "application/x-tbx+xml",
                        out -> new TbxWriter().write(name, glossary.export(projectId), out)));
        if (ReviewService.canReview()) {
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
                UI ui = UI.getCurrent();
                try {
                    String file = meta.fileName();
                    List<TermEntry> entries = file.toLowerCase(Locale.ROOT).endsWith(".tbx") || file.toLowerCase(Locale.ROOT).endsWith(".xml")
                            ? new TbxReader().read(file, new ByteArrayInputStream(bytes))
                            : GlossaryCsv.read(file, new String(bytes, StandardCharsets.UTF_8));
                    int n = glossary.importEntries(projectId, entries);
                    ui.access(() -> {
                        Notification.show(getTranslation("{0,plural,one{# term} other{# terms}} imported", n), 5000, Notification.Position.TOP_CENTER);
                        refresh();
                    });
                } catch (ExchangeException | IllegalArgumentException e) {
                    ui.access(() -> Notification.show("Refused " + e.getMessage(), 8000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
                }
            }));
            upload.setId("glossary-import");
            upload.setUploadButton(new Button(getTranslation("Import CSV, TSV or TBX…")));
            upload.setDropAllowed(false);
            upload.setAcceptedFileTypes(".csv", ".tsv", ".tbx", ".xml");
            upload.setMaxFileSize(10 * 1024 * 1024);
            actions.add(upload);
        }
        refresh();
    }

    private void refresh() {
        entries = glossary.entries(projectId);
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        String domain = domainFilter.getValue();
        grid.setItems(entries.stream()
                .filter(e -> domain == null || domain.equals(e.domain()))
                .filter(e -> q.isEmpty() || e.russian().toLowerCase(Locale.ROOT).contains(q)
                        || e.english().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(q)))
                .toList());
        glossaryColumn.setVisible(entries.stream().map(GlossaryRepository.Entry::glossaryId).distinct().count() > 1);
        List<String> domains = domains();
        if (!domains.equals(knownDomains)) {
            knownDomains = domains;
            domainFilter.setItems(domains);
            domainFilter.setValue(domains.contains(domain) ? domain : null);
        }
    }

    private List<String> knownDomains = List.of();

    private List<String> domains() {
        return entries.stream().map(GlossaryRepository.Entry::domain).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    private void act(Runnable action) {
        UiErrorHandling.attempt(action);
        refresh();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Candidates from the project's texts; "Add" opens the new-term form with the phrase filled in. */
    private void suggest() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("Suggested terms"));
        d.setWidth("640px");
        Grid<app.tandem.glossary.TermCandidates.Candidate> list = new Grid<>();
        list.setId("candidates-grid");
        list.addColumn(app.tandem.glossary.TermCandidates.Candidate::example).setHeader(getTranslation("Term"));
        list.addColumn(app.tandem.glossary.TermCandidates.Candidate::lemmaKey).setHeader(getTranslation("Lemmas"));
        list.addColumn(app.tandem.glossary.TermCandidates.Candidate::count).setHeader(getTranslation("Occurrences")).setWidth("130px").setFlexGrow(0);
        list.addComponentColumn(c -> new Button(getTranslation("Add"), e -> {
            d.close();
            edit(null, c.example());
        })).setWidth("110px").setFlexGrow(0);
        list.setItems(glossary.candidates(projectId, 50));
        list.setHeight("60vh");
        d.add(list);
        d.getFooter().add(new Button(getTranslation("Close"), e -> d.close()));
        d.open();
    }

    /** Opens the term form: a new term (optionally with the Russian filled in) or an existing entry. */
    private void edit(GlossaryRepository.Entry entry, String prefillRussian) {
        TermEntry initial = entry != null ? entry.term()
                : prefillRussian == null ? null : new TermEntry(prefillRussian, List.of(), List.of(), null, null, null, null);
        new TermDialog(entry == null ? getTranslation("New term") : entry.russian(), initial, domains(), term -> {
            if (entry == null) {
                glossary.add(projectId, term);
            } else {
                glossary.update(projectId, entry.id(), term);
            }
            refresh();
            sharing.show(projectId);
        }).open();
    }
}
