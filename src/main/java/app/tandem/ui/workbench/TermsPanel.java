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
 * After them, numbered alike, the source's citations in English and the people it names with
 * their English (the names list's, else the project's names scheme); a name can be proposed to
 * the names list (a reviewer's entry is approved at once).
 */
final class TermsPanel extends Div {
    static final int SHORTCUTS = 9;
    private final QaService qa;
    private final app.tandem.project.SourceOffers offers;
    private final List<String> preferred = new ArrayList<>();
    private Consumer<String> insert = s -> { };

    TermsPanel(QaService qa, app.tandem.project.SourceOffers offers) {
        this.qa = qa;
        this.offers = offers;
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
        for (app.tandem.project.SourceOffers.Offer o : offers.offers(projectId, source)) {
            preferred.add(o.english());
            add(offerRow(preferred.size(), o, projectId));
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

    private Div offerRow(int n, app.tandem.project.SourceOffers.Offer o, long projectId) {
        Span number = new Span(n <= SHORTCUTS ? String.valueOf(n) : "");
        number.addClassName("term-number");
        if (n <= SHORTCUTS) {
            number.getElement().setAttribute("title", "Alt+" + n);
        }
        Span kind = new Span(getTranslation(o.kind().equals("name") ? "Person" : "Citation"));
        kind.addClassName("offer-kind");
        Span asInSource = new Span(o.asInSource() + " →");
        asInSource.addClassName("term-source");
        Button english = new Button(o.english(), click -> insert.accept(o.english()));
        english.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        english.addClassName("term-insert");
        english.getElement().setAttribute("title", getTranslation("Insert at the caret"));
        Div row = new Div(number, kind, asInSource, english);
        row.addClassName("term-row");
        row.addClassName("offer-" + o.kind());
        if (o.kind().equals("name")) {
            if (o.approved()) {
                Span ok = new Span("✓");
                ok.addClassName("offer-approved");
                ok.getElement().setAttribute("title", getTranslation("Approved in the names list"));
                row.add(ok);
            } else {
                Button keep = new Button("+", click -> {
                    if (app.tandem.ui.UiErrorHandling.attempt(() -> offers.propose(projectId, o.personKey(), o.nominative(), o.english()))) {
                        com.vaadin.flow.component.notification.Notification.show(getTranslation("{0} added to the names list", o.nominative()),
                                3000, com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
                    }
                });
                keep.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
                keep.addClassName("offer-keep");
                keep.getElement().setAttribute("title", getTranslation("Add to the names list"));
                keep.getElement().setAttribute("aria-label", getTranslation("Add to the names list"));
                row.add(keep);
            }
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
