package app.tandem.ui.workbench;

import app.tandem.document.SegmentRow;
import app.tandem.lqa.MqmCategory;
import app.tandem.lqa.Severity;
import app.tandem.review.LqaService;
import app.tandem.review.ReviewService;
import app.tandem.ui.UiErrorHandling;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;

/**
 * The quality errors marked on the active segment (MQM category, severity, note), and for
 * reviewers the form to mark one: Alt+E puts the caret in the category (type to filter), Tab
 * moves to the severity (arrow keys) and the note, Enter marks it.
 */
public final class LqaPanel extends Div {
    private final LqaService lqa;
    private final Div list = new Div();
    private final ComboBox<MqmCategory> category = new ComboBox<>();
    private final RadioButtonGroup<Severity> severity = new RadioButtonGroup<>();
    private final TextField note = new TextField();
    private final boolean reviewer;
    private SegmentRow current;
    private Runnable changed = () -> { };

    LqaPanel(LqaService lqa) {
        this.lqa = lqa;
        this.reviewer = ReviewService.canReview();
        setId("lqa-panel");
        addClassName("lqa-panel");
        list.addClassName("lqa-list");
        add(list);
        if (reviewer) {
            category.setId("lqa-category");
            category.setItems(MqmCategory.values());
            category.setItemLabelGenerator(c -> categoryLabel(this, c));
            category.setPlaceholder(getTranslation("Category"));
            category.setWidthFull();
            category.setAriaLabel(getTranslation("Category"));
            // typing part of a name and Enter picks the first category that has it ("gram" → Fluency: grammar)
            category.setAllowCustomValue(true);
            category.addCustomValueSetListener(e -> {
                String typed = e.getDetail().strip().toLowerCase(java.util.Locale.ROOT);
                java.util.Arrays.stream(MqmCategory.values())
                        .filter(c -> categoryLabel(this, c).toLowerCase(java.util.Locale.ROOT).contains(typed) || c.code().contains(typed))
                        .findFirst().ifPresentOrElse(c -> {
                            category.setValue(c);
                            category.setInvalid(false);
                        }, () -> {
                            category.clear();
                            category.setInvalid(true);
                            category.setErrorMessage(getTranslation("Choose a category"));
                        });
            });
            severity.setId("lqa-severity");
            severity.setItems(Severity.values());
            severity.setItemLabelGenerator(s -> severityLabel(this, s) + " (" + s.penalty() + ")");
            severity.setValue(Severity.MINOR);
            severity.setAriaLabel(getTranslation("Severity"));
            note.setId("lqa-note");
            note.setPlaceholder(getTranslation("Note for the translator"));
            note.setWidthFull();
            note.addKeyDownListener(Key.ENTER, e -> mark());
            Button add = new Button(getTranslation("Mark error"), e -> mark());
            add.setId("lqa-add");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div form = new Div(category, severity, note, add);
            form.addClassName("lqa-form");
            add(form);
        }
    }

    void onChanged(Runnable changed) {
        this.changed = changed;
    }

    public static String categoryLabel(com.vaadin.flow.component.Component c, MqmCategory category) {
        return c.getTranslation(category.label());
    }

    public static String severityLabel(com.vaadin.flow.component.Component c, Severity s) {
        return c.getTranslation(s.label());
    }

    /** @return how many errors the segment has */
    int show(SegmentRow s) {
        current = s;
        list.removeAll();
        List<LqaService.Issue> issues = lqa.issuesOfSegment(s.id());
        for (LqaService.Issue i : issues) {
            Span what = new Span(categoryLabel(this, i.category()) + " · " + severityLabel(this, i.severity()) + " (" + i.severity().penalty() + ")");
            what.addClassName("lqa-what");
            Div item = new Div(what);
            item.addClassName("lqa-item");
            item.getElement().setAttribute("data-severity", i.severity().code());
            if (i.note() != null) {
                Span text = new Span(i.note());
                text.addClassName("lqa-note-text");
                item.add(text);
            }
            Span who = new Span(i.createdBy());
            who.addClassName("lqa-who");
            item.add(who);
            if (reviewer) {
                Button remove = new Button("✕", e -> {
                    if (UiErrorHandling.attempt(() -> lqa.remove(i.id()))) {
                        changed.run();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(getTranslation("Remove this error"));
                remove.setTooltipText(getTranslation("Remove this error"));
                item.add(remove);
            }
            list.add(item);
        }
        return issues.size();
    }

    void focusForm() {
        if (reviewer) {
            category.focus();
        }
    }

    private void mark() {
        if (current == null) {
            return;
        }
        if (category.getValue() == null) {
            category.setInvalid(true);
            category.setErrorMessage(getTranslation("Choose a category"));
            category.focus();
            return;
        }
        MqmCategory c = category.getValue();
        Severity s = severity.getValue() == null ? Severity.MINOR : severity.getValue();
        if (UiErrorHandling.attempt(() -> lqa.mark(current.id(), c.code(), s.code(), note.getValue()))) {
            category.setInvalid(false);
            category.clear();
            note.clear();
            severity.setValue(Severity.MINOR);
            changed.run();
        }
    }
}
