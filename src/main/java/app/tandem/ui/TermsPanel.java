package app.tandem.ui;

import app.tandem.document.SegmentRow;
import app.tandem.glossary.TermMatch;
import app.tandem.project.GlossaryRepository;
import app.tandem.review.QaService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.HashSet;
import java.util.Set;

/** Glossary terms found in the current source (any inflection), with their English equivalents to insert at the caret. */
final class TermsPanel extends VerticalLayout {
    private final QaService qa;
    private final TextArea target;

    TermsPanel(QaService qa, TextArea target) {
        this.qa = qa;
        this.target = target;
        setId("terms-panel");
        setPadding(false);
        setSpacing(false);
        addClassName("terms-panel");
    }

    void show(SegmentRow s, long projectId) {
        removeAll();
        if (s == null) {
            return;
        }
        QaService.ProjectGlossary g = qa.projectGlossary(projectId);
        Set<Integer> seen = new HashSet<>();
        for (TermMatch m : g.glossary().findInSource(s.sourceText())) {
            if (!seen.add(m.termIndex())) {
                continue;
            }
            GlossaryRepository.Entry e = g.entries().get(m.termIndex());
            Span term = new Span(s.sourceText().substring(m.start(), m.end()) + " → ");
            term.addClassName("term-source");
            HorizontalLayout row = new HorizontalLayout(term);
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
            if (e.note() != null) {
                Span note = new Span(e.note());
                note.addClassName("term-note");
                row.add(note);
            }
            add(row);
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
