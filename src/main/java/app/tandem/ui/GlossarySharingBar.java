package app.tandem.ui;

import app.tandem.project.GlossaryRepository;
import app.tandem.project.GlossaryService;
import app.tandem.review.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;

/**
 * Which glossaries a project uses. Reviewers add a glossary another project already keeps (both then
 * see the same entries), start a new one, or stop using one; new terms go to the first listed.
 */
final class GlossarySharingBar extends HorizontalLayout {
    private final GlossaryService glossary;
    private final Runnable changed;
    private long projectId;

    GlossarySharingBar(GlossaryService glossary, Runnable changed) {
        this.glossary = glossary;
        this.changed = changed;
        setId("glossary-sharing");
        setDefaultVerticalComponentAlignment(Alignment.CENTER);
        setWrap(true);
    }

    void show(long projectId) {
        this.projectId = projectId;
        removeAll();
        add(new Span(getTranslation("Glossaries:")));
        List<GlossaryRepository.GlossaryInfo> used = glossary.glossariesOf(projectId);
        boolean first = true;
        for (GlossaryRepository.GlossaryInfo g : used) {
            Span label = new Span(describe(g) + (first && used.size() > 1 ? " · " + getTranslation("new terms go here") : ""));
            label.addClassName("glossary-in-use");
            HorizontalLayout chip = new HorizontalLayout(label);
            chip.setSpacing(false);
            chip.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            chip.addClassName("glossary-chip");
            if (ReviewService.canReview()) {
                Button remove = new Button(getTranslation("Stop using"), e -> act(() -> glossary.detach(projectId, g.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.addClassName("glossary-detach");
                chip.add(remove);
            }
            add(chip);
            first = false;
        }
        if (used.isEmpty()) {
            add(new Span(getTranslation("none yet (one is created with the first term)")));
        }
        if (ReviewService.canReview()) {
            ComboBox<GlossaryRepository.GlossaryInfo> other = new ComboBox<>();
            other.setId("glossary-share-choice");
            other.setPlaceholder(getTranslation("Use a glossary of another project…"));
            other.setItems(glossary.shareable(projectId));
            other.setItemLabelGenerator(this::describe);
            other.setWidth("380px");
            Button use = new Button(getTranslation("Use"), e -> {
                if (other.getValue() != null) {
                    act(() -> glossary.attach(projectId, other.getValue().id()));
                }
            });
            use.setId("glossary-share");
            Button create = new Button(getTranslation("New glossary…"), e -> createGlossary());
            create.setId("glossary-new");
            add(other, use, create);
        }
    }

    private String describe(GlossaryRepository.GlossaryInfo g) {
        return g.name() + " (" + getTranslation(ProjectsView.TERMS, g.entries()) + (g.projects().isEmpty() ? ""
                : "; " + getTranslation("used by") + " " + String.join(", ", g.projects())) + ")";
    }

    private void createGlossary() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("New glossary"));
        TextField name = new TextField(getTranslation("Name"));
        name.setId("glossary-new-name");
        name.setWidth("420px");
        d.add(name);
        Button ok = new Button(getTranslation("Create"), e -> {
            if (act(() -> glossary.createFor(projectId, name.getValue()))) {
                d.close();
            }
        });
        ok.setId("glossary-new-create");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("Cancel"), e -> d.close()), ok);
        d.open();
        name.focus();
    }

    private boolean act(Runnable action) {
        if (!UiErrorHandling.attempt(action)) {
            return false;
        }
        show(projectId);
        changed.run();
        return true;
    }
}
