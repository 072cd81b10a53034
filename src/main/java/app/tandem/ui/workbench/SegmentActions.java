package app.tandem.ui.workbench;

import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * The buttons of the active row, one small line under its target. Each has a key (shown as its
 * tooltip and in the shortcuts dialog); the review buttons exist only for reviewers, and the
 * services refuse anyone else anyway.
 */
final class SegmentActions extends Div {
    final Button confirm;
    final Button approve;
    final Button reject;
    final Button reopen;
    final Button copySource;
    final Button merge;
    final Button split;
    final Button addTerm;
    private final boolean reviewer;

    SegmentActions(boolean reviewer) {
        this.reviewer = reviewer;
        addClassName("segment-actions");
        confirm = button("confirm", getTranslation("Confirm"), "Ctrl+Enter");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve = button("approve", getTranslation("Approve"), "Alt+A");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        reject = button("reject", getTranslation("Reject…"), "Alt+R");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reopen = button("reopen", getTranslation("Reopen"), "Alt+O");
        copySource = button("copy-source", getTranslation("Copy source"), "Ctrl+Shift+Insert · Ctrl+Shift+S");
        merge = button("merge-next", getTranslation("Merge with next"), "Alt+M");
        split = button("split", getTranslation("Split at caret"), getTranslation("click in the source first") + " · Alt+S");
        addTerm = button("add-to-glossary", getTranslation("Add selection to glossary"), getTranslation("select in the source first") + " · Alt+T");
        add(confirm);
        if (reviewer) {
            add(approve, reject, reopen);
        }
        add(copySource, merge, split, addTerm);
    }

    private Button button(String id, String label, String keys) {
        Button b = new Button(label);
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setTooltipText(keys);
        return b;
    }

    /** What fits the segment's state: no confirm for a covered segment, approve only for a confirmed one, and so on. */
    void update(SegmentRow s) {
        boolean covered = s.coveredBy() != null;
        confirm.setVisible(!covered && (s.status() != SegmentStatus.APPROVED || reviewer));
        approve.setVisible(reviewer && s.status() != SegmentStatus.APPROVED && s.targetText() != null);
        reject.setVisible(reviewer && s.targetText() != null && s.status() != SegmentStatus.REJECTED);
        reopen.setVisible(reviewer && (s.status() == SegmentStatus.APPROVED || s.status() == SegmentStatus.REJECTED));
    }
}
