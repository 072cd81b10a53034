package app.tandem.ui.workbench;

import app.tandem.document.SegmentRow;
import app.tandem.tm.TranslationMemoryService;
import app.tandem.memory.FuzzyMatcher;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Translation-memory matches for the active source, best first and numbered: "Use" or
 * Ctrl+Shift+number puts a match's English into the target. Words of the matched sentence that the
 * active one lacks are marked, because their English is what needs changing.
 */
final class MemoryPanel extends Div {
    static final int SHOWN = 5;
    private final TranslationMemoryService memory;
    private final List<String> targets = new ArrayList<>();
    private Consumer<String> use = s -> { };

    MemoryPanel(TranslationMemoryService memory) {
        this.memory = memory;
        setId("tm-panel");
        addClassName("tm-panel");
    }

    void onUse(Consumer<String> use) {
        this.use = use;
    }

    /** @return how many matches are listed */
    int show(SegmentRow s, long projectId) {
        removeAll();
        targets.clear();
        for (FuzzyMatcher.Match m : memory.matches(s, projectId, SHOWN)) {
            targets.add(app.tandem.memory.MarkerCarry.carry(s.sourceText(), m.unit().source(), m.unit().target()));
            add(match(targets.size(), m, s.sourceText()));
        }
        if (targets.isEmpty()) {
            Span none = new Span(getTranslation("No similar sentence in the memory"));
            none.addClassName("panel-empty");
            add(none);
        }
        return targets.size();
    }

    private Div match(int n, FuzzyMatcher.Match m, String activeSource) {
        Span number = new Span(String.valueOf(n));
        number.addClassName("tm-number");
        number.getElement().setAttribute("title", "Ctrl+Shift+" + n);
        Span score = new Span(m.score() + "%");
        score.addClassName("tm-score");
        score.getElement().setAttribute("data-score", String.valueOf(m.score()));
        Span source = new Span();
        source.addClassName("tm-source");
        DiffText.fill(source, m.unit().source(), activeSource);
        Span english = new Span(m.unit().target());
        english.addClassName("tm-target");
        Span origin = new Span(m.unit().origin());
        origin.addClassName("tm-origin");
        Button useIt = new Button(getTranslation("Use"), e -> use.accept(targets.get(n - 1)));
        useIt.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        useIt.addClassName("tm-use");
        useIt.getElement().setAttribute("title", getTranslation("Replace the target with this translation") + " (Ctrl+Shift+" + n + ")");
        Div head = new Div(number, score, origin, useIt);
        head.addClassName("tm-head");
        Div row = new Div(head, source, english);
        row.addClassName("tm-match");
        return row;
    }

    /** Ctrl+Shift+{@code number}: that match's English replaces the target. */
    void use(int number) {
        if (number >= 1 && number <= targets.size()) {
            use.accept(targets.get(number - 1));
        }
    }
}
