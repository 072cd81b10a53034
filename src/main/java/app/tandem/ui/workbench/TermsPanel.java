package app.tandem.ui.workbench;

import app.tandem.document.SegmentRow;
import app.tandem.glossary.TermMatch;
import app.tandem.project.GlossaryRepository;
import app.tandem.review.QaService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Glossary terms found in the active source (any inflection), numbered, with their English
 * equivalents to insert at the caret: a click inserts any of them, Alt+number the preferred one.
 */
final class TermsPanel extends Div {
    static final int SHORTCUTS = 9;
    private final QaService qa;
    private final List<String> preferred = new ArrayList<>();
    private Consumer<String> insert = s -> { };

    TermsPanel(QaService qa) {
        this.qa = qa;
        setId("terms-panel");
        addClassName("terms-panel");
    }

    void onInsert(Consumer<String> insert) {
        this.insert = insert;
    }

    /** @return how many terms are listed */
    int show(SegmentRow s, long projectId) {
        removeAll();
        preferred.clear();
        QaService.ProjectGlossary g = qa.projectGlossary(projectId);
        String source = s.sourceText();
        Set<Integer> shown = new LinkedHashSet<>();
        for (TermMatch m : g.glossary().findInSource(source)) {
            if (!shown.add(m.termIndex())) {
                continue;
            }
            GlossaryRepository.Entry e = g.entries().get(m.termIndex());
            preferred.add(e.english().get(0));
            add(row(preferred.size(), source.substring(m.start(), m.end()), e));
        }
        if (preferred.isEmpty()) {
            Span none = new Span(getTranslation("No glossary terms in this sentence"));
            none.addClassName("panel-empty");
            add(none);
        }
        return preferred.size();
    }

    private Div row(int n, String asInSource, GlossaryRepository.Entry e) {
        Span number = new Span(n <= SHORTCUTS ? String.valueOf(n) : "");
        number.addClassName("term-number");
        if (n <= SHORTCUTS) {
            number.getElement().setAttribute("title", "Alt+" + n);
        }
        Span term = new Span(asInSource + " →");
        term.addClassName("term-source");
        Div row = new Div(number, term);
        row.addClassName("term-row");
        for (String english : e.english()) {
            Button b = new Button(english, click -> insert.accept(english));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            b.addClassName("term-insert");
            b.getElement().setAttribute("title", getTranslation("Insert at the caret"));
            row.add(b);
        }
        if (!e.forbidden().isEmpty()) {
            Span not = new Span(getTranslation("not") + ": " + String.join(", ", e.forbidden()));
            not.addClassName("term-forbidden");
            row.add(not);
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
        return row;
    }

    /** Alt+{@code number}: the preferred English of the numbered term, if there is one. */
    void insertPreferred(int number) {
        if (number >= 1 && number <= preferred.size()) {
            insert.accept(preferred.get(number - 1));
        }
    }
}
