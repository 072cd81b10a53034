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
    private long projectId;

    public GlossaryView(GlossaryService glossary, ProjectRepository projects, ProjectAccess access) {
        this.glossary = glossary;
        this.projects = projects;
        this.access = access;
        setSizeFull();
        search.setId("glossary-search");
        search.setPlaceholder(getTranslation("Search Russian or English"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setWidth("320px");
        Button add = new Button(getTranslation("New term"), e -> edit(null));
        add.setId("glossary-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("glossary-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(GlossaryRepository.Entry::russian).setHeader(getTranslation("Russian"));
        grid.addColumn(e -> String.join("; ", e.english())).setHeader(getTranslation("English (preferred first)"));
        grid.addColumn(e -> String.join("; ", e.forbidden())).setHeader(getTranslation("Do not use"));
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("Note")).setFlexGrow(2);
        grid.addColumn(GlossaryRepository.Entry::status).setHeader(getTranslation("Status")).setWidth("120px").setFlexGrow(0);
        grid.addComponentColumn(e -> {
            HorizontalLayout h = new HorizontalLayout();
            if (ReviewService.canReview()) {
                h.add(new Button(getTranslation("Edit"), c -> edit(e)));
                if ("PROPOSED".equals(e.status())) {
                    Button approve = new Button(getTranslation("Approve"), c -> {
                        glossary.approve(projectId, e.id());
                        refresh();
                    });
                    approve.addClassName("glossary-approve");
                    h.add(approve);
                }
                h.add(new Button(getTranslation("Delete"), c -> {
                    glossary.delete(projectId, e.id());
                    refresh();
                }));
            }
            return h;
        }).setWidth("260px").setFlexGrow(0);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        Button suggest = new Button(getTranslation("Suggest terms"), e -> suggest());
        suggest.setId("glossary-suggest");
        add(heading, new HorizontalLayout(search, add, suggest), actions, grid);
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
                        Notification.show(n + " " + getTranslation("terms imported"), 5000, Notification.Position.BOTTOM_START);
                        refresh();
                    });
                } catch (ExchangeException e) {
                    ui.access(() -> Notification.show("Refused " + e.getMessage(), 8000, Notification.Position.MIDDLE)
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
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(glossary.entries(projectId).stream()
                .filter(e -> q.isEmpty() || e.russian().toLowerCase(Locale.ROOT).contains(q)
                        || e.english().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(q)))
                .toList());
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
            editNew(c.example());
        })).setWidth("110px").setFlexGrow(0);
        list.setItems(glossary.candidates(projectId, 50));
        list.setHeight("60vh");
        d.add(list);
        d.getFooter().add(new Button(getTranslation("Close"), e -> d.close()));
        d.open();
    }

    private void editNew(String russian) {
        edit(null, russian);
    }

    private void edit(GlossaryRepository.Entry entry) {
        edit(entry, null);
    }

    private void edit(GlossaryRepository.Entry entry, String prefillRussian) {
        Dialog d = new Dialog();
        d.setHeaderTitle(entry == null ? getTranslation("New term") : entry.russian());
        TextField ru = new TextField(getTranslation("Russian (citation form)"));
        ru.setId("term-russian");
        TextField en = new TextField(getTranslation("Preferred English"));
        en.setId("term-english");
        TextField alt = new TextField(getTranslation("Other accepted English (separate with |)"));
        TextField bad = new TextField(getTranslation("Do not use (separate with |)"));
        TextField note = new TextField(getTranslation("Note"));
        for (TextField f : List.of(ru, en, alt, bad, note)) {
            f.setWidth("480px");
        }
        if (prefillRussian != null) {
            ru.setValue(prefillRussian);
        }
        if (entry != null) {
            ru.setValue(entry.russian());
            en.setValue(entry.english().get(0));
            alt.setValue(String.join("|", entry.english().subList(1, entry.english().size())));
            bad.setValue(String.join("|", entry.forbidden()));
            note.setValue(entry.note() == null ? "" : entry.note());
        }
        d.add(new VerticalLayout(ru, en, alt, bad, note));
        Button save = new Button(getTranslation("Save"), e -> {
            try {
                if (entry == null) {
                    glossary.add(projectId, ru.getValue(), en.getValue(), alt.getValue(), bad.getValue(), note.getValue());
                } else {
                    glossary.update(projectId, entry.id(), ru.getValue(), en.getValue(), alt.getValue(), bad.getValue(), note.getValue());
                }
                d.close();
                refresh();
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE);
            }
        });
        save.setId("term-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("Cancel"), e -> d.close()), save);
        d.open();
    }
}
