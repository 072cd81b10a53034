package app.tandem.ui.workbench;

import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * For a sentence an author's new version reworded: the source as it was, the words that changed
 * marked (as in a memory match), above the old English now waiting as a draft.
 */
final class SourceChangeNote extends Div {
    private final Span label = new Span();
    private final Span before = new Span();

    SourceChangeNote() {
        setId("source-change");
        addClassName("source-change");
        label.addClassName("source-change-label");
        before.addClassName("tm-source");
        before.setId("source-change-before");
        add(label, before);
        setVisible(false);
    }

    void show(SegmentRow s) {
        boolean show = s.previousSource() != null && s.status() == SegmentStatus.DRAFT;
        setVisible(show);
        before.removeAll();
        before.getElement().removeAllChildren();
        if (!show) {
            return;
        }
        label.setText(getTranslation("The source changed in a new version; it was:"));
        DiffText.fill(before, s.previousSource(), s.sourceText());
    }
}
