package app.tandem.ui;

import app.tandem.glossary.TermMatch;
import app.tandem.project.GlossaryRepository;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Glossary terms found in the current source (any inflection), numbered, with their English
 * equivalents to insert at the caret: a click inserts any of them, Alt+number the preferred one.
 */
final class TermsPanel extends VerticalLayout {
    static final int SHORTCUTS = 9;
    private final TextArea target;
    private final List<String> preferred = new ArrayList<>();

    TermsPanel(TextArea target) {
        this.target = target;
        setId("terms-panel");
        setPadding(false);
        setSpacing(false);
        addClassName("terms-panel");
    }

    void show(String source, List<TermMatch> matches, List<GlossaryRepository.Entry> entries) {
        removeAll();
        preferred.clear();
        Set<Integer> shown = new LinkedHashSet<>();
        for (TermMatch m : matches) {
            if (!shown.add(m.termIndex())) {
                continue;
            }
            GlossaryRepository.Entry e = entries.get(m.termIndex());
            preferred.add(e.english().get(0));
            int n = preferred.size();
            Span number = new Span(n <= SHORTCUTS ? String.valueOf(n) : "");
            number.addClassName("term-number");
            if (n <= SHORTCUTS) {
                number.getElement().setAttribute("title", "Alt+" + n);
            }
            Span term = new Span(source.substring(m.start(), m.end()) + " → ");
            term.addClassName("term-source");
            HorizontalLayout row = new HorizontalLayout(number, term);
            row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            row.addClassName("term-row");
            for (String english : e.english()) {
                Button insert = new Button(english, click -> insert(english));
                insert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                insert.addClassName("term-insert");
                insert.getElement().setAttribute("title", getTranslation("Insert at the caret"));
                row.add(insert);
            }
            if (!e.forbidden().isEmpty()) {
                row.add(new Span(getTranslation("not") + ": " + String.join(", ", e.forbidden())));
            }
            if (e.domain() != null) {
                Span domain = new Span(e.domain());
                domain.addClassName("term-domain");
                row.add(domain);
            }
            if (e.note() != null) {
                Span note = new Span(e.note());
                note.addClassName("term-note");
                row.add(note);
            }
            add(row);
        }
    }

    /** Alt+{@code number}: the preferred English of the numbered term, if there is one. */
    void insertPreferred(int number) {
        if (number >= 1 && number <= preferred.size() && !target.isReadOnly()) {
            insert(preferred.get(number - 1));
        }
    }

    /** Inserts at the caret (replacing a selection) as if typed, so the value reaches the server as usual. */
    private void insert(String text) {
        target.getElement().executeJs("""
                const ta = this.inputElement; const start = ta.selectionStart ?? ta.value.length; const end = ta.selectionEnd ?? start;
                const before = ta.value.substring(0, start);
                const glue = before.length > 0 && !/\\s$/.test(before) ? ' ' : '';
                ta.setRangeText(glue + $0, start, end, 'end');
                ta.dispatchEvent(new Event('input', {bubbles: true}));
                ta.focus();""", text);
    }
}
