package app.tandem.ui.workbench;

import app.tandem.memory.FuzzyMatcher;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/** A sentence shown against another, the words the other lacks marked (a memory match, a reworded source). */
final class DiffText {
    private DiffText() {
    }

    /** Fills {@code into} with {@code shown}, its pieces that {@code against} does not have marked {@code tm-diff}. */
    static void fill(Span into, String shown, String against) {
        for (FuzzyMatcher.Piece p : FuzzyMatcher.differences(shown, against)) {
            if (p.differs()) {
                Span changed = new Span(p.text());
                changed.addClassName("tm-diff");
                into.add(changed);
            } else {
                into.getElement().appendChild(Element.createText(p.text()));
            }
        }
    }
}
