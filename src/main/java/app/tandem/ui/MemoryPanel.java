package app.tandem.ui;

import app.tandem.document.SegmentRow;
import app.tandem.document.TranslationMemoryService;
import app.tandem.memory.FuzzyMatcher;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Translation-memory matches for the current source, best first; "Use" puts a match's English into the target. */
final class MemoryPanel extends VerticalLayout {
    private static final int SHOWN = 3;
    private final TranslationMemoryService memory;
    private final TextArea target;

    MemoryPanel(TranslationMemoryService memory, TextArea target) {
        this.memory = memory;
        this.target = target;
        setId("tm-panel");
        setPadding(false);
        setSpacing(false);
        addClassName("tm-panel");
    }

    void show(SegmentRow s, long projectId) {
        removeAll();
        if (s == null) {
            return;
        }
        for (FuzzyMatcher.Match m : memory.matches(s, projectId, SHOWN)) {
            Span score = new Span(m.score() + "%");
            score.addClassName("tm-score");
            score.getElement().setAttribute("data-score", String.valueOf(m.score()));
            // words of the matched sentence that the current one lacks are marked: their English needs changing
            Span source = new Span();
            source.addClassName("tm-source");
            for (FuzzyMatcher.Piece p : FuzzyMatcher.differences(m.unit().source(), s.sourceText())) {
                if (p.differs()) {
                    Span changed = new Span(p.text());
                    changed.addClassName("tm-diff");
                    source.add(changed);
                } else {
                    source.getElement().appendChild(com.vaadin.flow.dom.Element.createText(p.text()));
                }
            }
            Span english = new Span(m.unit().target());
            english.addClassName("tm-target");
            Span origin = new Span(m.unit().origin());
            origin.addClassName("tm-origin");
            Button use = new Button(getTranslation("Use"), e -> {
                if (!target.isReadOnly()) {
                    target.setValue(m.unit().target());
                    target.focus();
                }
            });
            use.addThemeVariants(ButtonVariant.LUMO_SMALL);
            use.addClassName("tm-use");
            use.getElement().setAttribute("title", getTranslation("Replace the target with this translation"));
            VerticalLayout texts = new VerticalLayout(source, english, origin);
            texts.setPadding(false);
            texts.setSpacing(false);
            HorizontalLayout row = new HorizontalLayout(score, texts, use);
            row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            row.addClassName("tm-match");
            row.setWidthFull();
            row.setFlexGrow(1, texts);
            add(row);
        }
    }
}
