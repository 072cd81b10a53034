package app.tandem.ui.workbench;

import app.tandem.document.DocumentRepository.SegmentFilter;
import app.tandem.document.SegmentStatus;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.List;
import java.util.function.Consumer;

/**
 * Search and filters over the list, in a bar that Ctrl+F opens and Esc closes. The list is
 * filtered only while the bar is open, so closing it always brings the whole document back.
 */
final class FilterBar extends Div {
    private final ComboBox<SegmentStatus> status = new ComboBox<>();
    private final TextField text = new TextField();
    private final Checkbox matchCase = new Checkbox();
    private final Checkbox wholeWord = new Checkbox();
    private final Select<String> scope = new Select<>();
    private final Checkbox comments = new Checkbox();
    private final Consumer<SegmentFilter> apply;
    private Runnable closed = () -> { };

    FilterBar(Consumer<SegmentFilter> apply) {
        this.apply = apply;
        setId("filter-bar");
        addClassName("filter-bar");
        status.setId("filter-status");
        status.setPlaceholder(getTranslation("Any status"));
        status.setItems(SegmentStatus.values());
        status.setClearButtonVisible(true);
        status.setWidth("130px");
        text.setId("filter-text");
        text.setPlaceholder(getTranslation("Search source and target"));
        text.setClearButtonVisible(true);
        text.setWidth("220px");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        matchCase.setLabel(getTranslation("Match case"));
        wholeWord.setLabel(getTranslation("Whole word"));
        scope.setItems("source and target", "source", "target");
        scope.setItemLabelGenerator(this::getTranslation);
        scope.setValue("source and target");
        scope.setWidth("150px");
        comments.setId("filter-comments");
        comments.setLabel(getTranslation("With open comments"));
        Button close = new Button("✕", e -> close());
        close.setId("filter-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        close.setTooltipText(getTranslation("Close the search (Esc)"));
        close.getElement().setAttribute("aria-label", getTranslation("Close the search (Esc)"));
        status.addValueChangeListener(e -> changed());
        text.addValueChangeListener(e -> changed());
        matchCase.addValueChangeListener(e -> changed());
        wholeWord.addValueChangeListener(e -> changed());
        scope.addValueChangeListener(e -> changed());
        comments.addValueChangeListener(e -> changed());
        // the text field's clear button takes Escape for itself, so each field listens too
        Shortcuts.addShortcutListener(this, this::close, Key.ESCAPE).listenOn(this);
        text.addKeyDownListener(Key.ESCAPE, e -> close());
        for (com.vaadin.flow.component.Component field : List.<com.vaadin.flow.component.Component>of(status, text, scope)) {
            field.getElement().getThemeList().add("small");
        }
        add(status, text, matchCase, wholeWord, scope, comments, close);
        setVisible(false);
    }

    void onClosed(Runnable closed) {
        this.closed = closed;
    }

    void open() {
        setVisible(true);
        text.focus();
    }

    void close() {
        if (!isVisible()) {
            return;
        }
        setVisible(false);
        apply.accept(SegmentFilter.none());
        closed.run();
    }

    private void changed() {
        if (!isVisible()) {
            return; // a field's last change arriving after Esc must not filter the list behind a closed bar
        }
        apply.accept(new SegmentFilter(status.getValue(), text.getValue(), matchCase.getValue(), wholeWord.getValue(),
                !"target".equals(scope.getValue()), !"source".equals(scope.getValue()), comments.getValue()));
    }
}
