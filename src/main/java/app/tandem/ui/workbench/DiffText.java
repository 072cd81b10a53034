package app.tandem.ui.workbench;

import app.tandem.memory.FuzzyMatcher;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/** A sentence shown against another, the words the other lacks marked (a memory match, a reworded source). */
final class DiffText {
    private DiffText() {
    }

    /**
     * Fills {@code into} with {@code shown}, its pieces that {@code against} does not have marked
     * {@code tm-diff}, and the footnote markers and codes only {@code against} has shown where they would stand ({@code tm-missing}).
     */
    static void fill(Span into, String shown, String against) {
        for (FuzzyMatcher.Piece p : FuzzyMatcher.differences(shown, against)) {
            if (p.missing()) {
                Span lacking = new Span(p.text());
                lacking.addClassName("tm-missing");
                lacking.getElement().setAttribute("title", into.getTranslation("Not in this match: the current source has it here"));
                into.add(lacking);
            } else if (p.differs()) {
                Span changed = new Span(p.text());
                changed.addClassName("tm-diff");
                into.add(changed);
            } else {
                into.getElement().appendChild(Element.createText(p.text()));
            }
        }
    }
}
