package app.tandem.ui.workbench;

import app.tandem.document.DocumentRepository;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentService;
import app.tandem.document.SegmentStatus;
import app.tandem.document.WorkPositions;
import app.tandem.glossary.TermSpans;
import app.tandem.project.GlossaryRepository;
import app.tandem.review.QaService;
import app.tandem.review.ReviewService;
import app.tandem.ui.UiErrorHandling;
import app.tandem.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The active segment, edited in its row: this component is the target cell (the English, the
 * reviewer's rejection note, the row's buttons) and supplies the source cell. Changes are saved
 * when the translator leaves the segment or confirms it; a save based on an outdated version opens
 * the conflict dialog instead of overwriting anyone's work.
 */
@SpringComponent
@Scope("prototype")
public class InPlaceEditor extends Div {
    private final SegmentService segments;
    private final ReviewService reviews;
    private final DocumentRepository documents;
    private final WorkPositions positions;
    private final QaService qa;
    private final SourceText source = new SourceText();
    /** The row's kind (footnote, title…), which the list's renderer shows and the editor's cell replaces. */
    private final com.vaadin.flow.component.html.Span kind = new com.vaadin.flow.component.html.Span();
    private final com.vaadin.flow.component.html.Div sourceCell = new com.vaadin.flow.component.html.Div(kind, source);
    private final TargetEditor target = new TargetEditor();
    private final Span notice = new Span();
    private final SegmentActions actions;
    private final List<Consumer<SegmentRow>> shown = new ArrayList<>();
    /** Told (state before or null when unknown, state after) whenever the segment shown was saved or changed. */
    private final List<java.util.function.BiConsumer<SegmentRow, SegmentRow>> saved = new ArrayList<>();
    private final List<Runnable> restructured = new ArrayList<>();
    private Consumer<SegmentRow> placer = s -> { };
    private Consumer<String> addTerm = s -> { };
    private IntConsumer termKey = n -> { };
    private IntConsumer memoryKey = n -> { };
    private long projectId = -1;
    private SegmentRow current;

    public InPlaceEditor(SegmentService segments, ReviewService reviews, DocumentRepository documents, WorkPositions positions, QaService qa) {
        this.segments = segments;
        this.reviews = reviews;
        this.documents = documents;
        this.positions = positions;
        this.qa = qa;
        this.actions = new SegmentActions(ReviewService.canReview());
        setId("segment-editor");
        addClassName("target-cell");
        source.setId("editor-source");
        source.addClassName("active-source");
        kind.setId("editor-kind");
        kind.addClassName("block-kind");
        sourceCell.addClassName("active-source-cell");
        target.setId("editor-target");
        target.addClassName("target-editor");
        target.setWidthFull();
        target.setPlaceholder(getTranslation("Type the English translation; Ctrl+Enter confirms and moves on"));
        target.getElement().setAttribute("aria-label", getTranslation("English target"));
        notice.setId("editor-notice");
        notice.addClassName("editor-notice");
        add(target, notice, actions);

        target.addConfirmListener(e -> confirmAndNext());
        target.addMoveListener(e -> move(e.delta()));
        target.addCopySourceListener(e -> copySource());
        target.addTermKeyListener(e -> termKey.accept(e.number()));
        target.addMemoryKeyListener(e -> memoryKey.accept(e.number()));
        actions.confirm.addClickListener(e -> confirmAndNext());
        actions.copySource.addClickListener(e -> copySource());
        actions.merge.addClickListener(e -> mergeWithNext());
        actions.split.addClickListener(e -> splitAtCaret());
        actions.addTerm.addClickListener(e -> addSelectionToGlossary());
        actions.approve.addClickListener(e -> approve());
        actions.reject.addClickListener(e -> openReject());
        actions.reopen.addClickListener(e -> reopen());
    }

    com.vaadin.flow.component.html.Div sourceCell() {
        return sourceCell;
    }

    TargetEditor target() {
        return target;
    }

    SegmentRow current() {
        return current;
    }

    void setProject(long projectId) {
        this.projectId = projectId;
    }

    /** Puts the active row into the list and scrolls to it. */
    void onPlace(Consumer<SegmentRow> placer) {
        this.placer = placer;
    }

    /** The caret reached the shown segment's target in the browser. */
    void onSettled(Runnable listener) {
        target.addSettledListener(e -> listener.run());
    }

    void onShown(Consumer<SegmentRow> listener) {
        shown.add(listener);
    }

    void onSaved(java.util.function.BiConsumer<SegmentRow, SegmentRow> listener) {
        saved.add(listener);
    }

    void onRestructured(Runnable listener) {
        restructured.add(listener);
    }

    void onAddTerm(Consumer<String> addTerm) {
        this.addTerm = addTerm;
    }

    void onTermKey(IntConsumer termKey) {
        this.termKey = termKey;
    }

    void onMemoryKey(IntConsumer memoryKey) {
        this.memoryKey = memoryKey;
    }

    /** Shows a segment, after saving the one being left if it changed; false when a conflict dialog opened instead. */
    boolean show(SegmentRow s) {
        if (s == null || !saveIfChanged(false)) {
            return false;
        }
        current = s;
        placer.accept(s);
        fill(s);
        shown.forEach(l -> l.accept(s));
        target.focusSoon();
        // where to resume is written after the response (its own small commit), not before the caret moves
        String user = CurrentUser.get().username();
        com.vaadin.flow.component.UI.getCurrent().access(() -> positions.remember(user, s.documentId(), s.id()));
        return true;
    }

    private void fill(SegmentRow s) {
        kind.setText(BlockKinds.label(this, s.blockKind()));
        kind.setVisible(!kind.getText().isEmpty());
        target.setValue(s.targetText() == null ? "" : s.targetText());
        boolean locked = s.status() == SegmentStatus.APPROVED && !ReviewService.canReview();
        target.setReadOnly(s.coveredBy() != null || locked);
        String rejection = s.status() == SegmentStatus.REJECTED ? lastRejection(s.id()) : null;
        notice.setText(s.coveredBy() != null ? getTranslation("Covered: its translation is in the previous segment's target.")
                : rejection != null ? rejection
                : locked ? getTranslation("Approved and locked; a reviewer can reopen it.")
                : s.alignFlagged() ? getTranslation("Aligned with low confidence: check this pair.") : "");
        notice.setVisible(!notice.getText().isEmpty());
        actions.update(s);
        QaService.ProjectGlossary g = qa.projectGlossary(projectId);
        String text = s.sourceText();
        source.show(text, TermSpans.split(text, g.glossary().findInSource(text)), p -> hint(g.entries().get(p.match().termIndex())));
    }

    /** The glossary changed: the source's marks are drawn again. */
    void refreshTerms() {
        if (current != null) {
            QaService.ProjectGlossary g = qa.projectGlossary(projectId);
            String text = current.sourceText();
            source.show(text, TermSpans.split(text, g.glossary().findInSource(text)), p -> hint(g.entries().get(p.match().termIndex())));
        }
    }

    private String hint(GlossaryRepository.Entry e) {
        return String.join(" · ", e.english()) + (e.forbidden().isEmpty() ? "" : " (" + getTranslation("not") + ": "
                + String.join(", ", e.forbidden()) + ")") + (e.note() == null ? "" : " — " + e.note());
    }

    /**
     * Someone else (or QA) changed a segment. The active segment's text is never replaced from
     * here: the browser may hold keystrokes the server has not seen yet. The translator is told,
     * and their next save meets the conflict dialog with both versions.
     */
    void changedElsewhere(long segmentId) {
        if (current == null || current.id() != segmentId) {
            return;
        }
        documents.findSegment(segmentId).ifPresent(s -> {
            if (s.version() != current.version() && !Objects.equals(s.lastEditor(), CurrentUser.get().username())) {
                notice.setText(getTranslation("{0} changed this segment meanwhile; saving shows both versions", String.valueOf(s.lastEditor())));
                notice.setVisible(true);
            }
        });
    }

    private boolean isModified() {
        String before = current.targetText() == null ? "" : current.targetText();
        return !target.getValue().strip().equals(before.strip());
    }

    private String lastRejection(long id) {
        List<String> all = documents.comments(id);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).contains("Rejected: ")) {
                return all.get(i);
            }
        }
        return null;
    }

    /** @return false when a conflict dialog was opened instead */
    boolean saveIfChanged(boolean confirm) {
        if (current == null || current.coveredBy() != null || target.isReadOnly()) {
            return true;
        }
        String now = target.getValue().strip();
        if (!confirm && !isModified()) {
            return true;
        }
        SegmentService.SaveOutcome[] saving = new SegmentService.SaveOutcome[1];
        try {
            if (!UiErrorHandling.attempt(() -> saving[0] = segments.save(current.id(), current.version(), now, confirm))) {
                return false;
            }
        } catch (RuntimeException e) {
            if (!app.tandem.cluster.DatabaseOutage.isCause(e)) {
                throw e;
            }
            keepForRetry(confirm);
            return false;
        }
        if (pending.active()) {
            pending.stop(com.vaadin.flow.component.UI.getCurrent());
        }
        SegmentService.SaveOutcome outcome = saving[0];
        if (outcome.saved()) {
            SegmentRow before = current;
            current = outcome.current();
            saved.forEach(l -> l.accept(before, current));
            announceRepetitions(outcome);
            return true;
        }
        SegmentRow mineWasBasedOn = current;
        if (pending.active()) {
            pending.stop(com.vaadin.flow.component.UI.getCurrent());
        }
        new ConflictDialog(mineWasBasedOn.position() + 1, now, outcome.current(), resolved -> {
            SegmentService.SaveOutcome retry = segments.save(resolved.basedOn().id(), resolved.basedOn().version(), resolved.text(), confirm);
            current = null;
            saved.forEach(l -> l.accept(null, retry.current()));
            show(retry.current());
        }, theirs -> {
            current = null;
            saved.forEach(l -> l.accept(null, theirs));
            show(theirs);
        }).open();
        return false;
    }

    private final PendingSave pending = new PendingSave();

    /**
     * The database is away: the text stays in the target (nothing here clears it), and the same
     * save — of whatever the target holds by then — is tried again until it goes through; a
     * confirmation then moves on as it would have.
     */
    private void keepForRetry(boolean confirm) {
        SegmentRow segment = current;
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        pending.start(ui, () -> {
            if (current == null || current.id() != segment.id()) {
                return null; // the translator moved on; that move saved (or retries) the text itself
            }
            boolean saved = saveIfChanged(confirm);
            if (saved && confirm) {
                documents.nextUnconfirmed(current.documentId(), current.position()).ifPresent(this::show);
            }
            return saved ? Boolean.TRUE : pending.active() ? Boolean.FALSE : null;
        });
    }

    /**
     * Tells the translator what a confirmation did to the sentence's repetitions: how many it
     * filled, and (when some carry another translation) offers to give them this one.
     */
    private void announceRepetitions(SegmentService.SaveOutcome outcome) {
        if (outcome.repetitionsFilled() > 0) {
            Notification n = Notification.show(getTranslation("Filled {0} repetitions of this sentence",
                    String.valueOf(outcome.repetitionsFilled())), 4000, Notification.Position.TOP_CENTER);
            n.setId("repetitions-filled");
        }
        if (outcome.repetitionsDiffering() > 0) {
            long id = outcome.current().id();
            Notification offer = new Notification();
            offer.setId("repetitions-differ");
            offer.setDuration(10_000);
            offer.setPosition(Notification.Position.TOP_CENTER);
            Button update = new Button(getTranslation("Update {0} repetitions", String.valueOf(outcome.repetitionsDiffering())), e -> {
                offer.close();
                int[] n = new int[1];
                if (UiErrorHandling.attempt(() -> n[0] = segments.updateRepetitions(id))) {
                    Notification.show(getTranslation("Updated {0} repetitions", String.valueOf(n[0])), 3000, Notification.Position.TOP_CENTER);
                }
            });
            update.setId("update-repetitions");
            update.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button keep = new Button(getTranslation("Keep them"), e -> offer.close());
            keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            offer.add(new Span(getTranslation("{0} repetitions of this sentence have another translation",
                    String.valueOf(outcome.repetitionsDiffering()))), update, keep);
            offer.open();
        }
    }

    void confirmAndNext() {
        if (current == null || target.isReadOnly()) {
            return;
        }
        int position = current.position();
        if (!saveIfChanged(true)) {
            return;
        }
        documents.nextUnconfirmed(current.documentId(), position).ifPresentOrElse(this::show,
                () -> Notification.show(getTranslation("All segments after this one are confirmed"), 3000, Notification.Position.TOP_CENTER));
    }

    void move(int delta) {
        if (current == null || current.position() + delta < 0) {
            return;
        }
        documents.atPosition(current.documentId(), current.position() + delta).ifPresent(this::show);
    }

    void copySource() {
        if (current != null && !target.isReadOnly()) {
            target.replaceText(current.sourceText());
        }
    }

    /** Inserts text at the caret of the target (a term, a concordance hit). */
    void insert(String text) {
        if (current != null && !target.isReadOnly()) {
            target.insertAtCaret(text);
        }
    }

    /** Replaces the target (a memory match, an earlier version from the history). */
    void replace(String text) {
        if (current != null && !target.isReadOnly()) {
            target.replaceText(text);
        }
    }

    void mergeWithNext() {
        restructure(() -> segments.mergeWithNext(current.id()));
    }

    void splitAtCaret() {
        if (current == null) {
            return;
        }
        source.caret().then(Integer.class, offset -> {
            if (offset < 0) {
                Notification.show(getTranslation("Click in the Russian source where the segment should be split"), 4000, Notification.Position.TOP_CENTER);
            } else {
                restructure(() -> segments.split(current.id(), offset));
            }
        });
    }

    void addSelectionToGlossary() {
        source.selectedText().then(String.class, selected -> addTerm.accept(selected));
    }

    void approve() {
        act(() -> reviews.approve(current.id()));
    }

    void reopen() {
        act(() -> reviews.reopen(current.id()));
    }

    void openReject() {
        if (current == null) {
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("Reject segment {0}", String.valueOf(current.position() + 1)));
        TextArea reason = new TextArea(getTranslation("Reason (the translator sees it)"));
        reason.setId("reject-reason");
        reason.setWidth("500px");
        d.add(reason);
        Button ok = new Button(getTranslation("Reject"), e -> {
            act(() -> reviews.reject(current.id(), reason.getValue()));
            d.close();
        });
        ok.setId("reject-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        d.getFooter().add(new Button(getTranslation("Cancel"), e -> d.close()), ok);
        app.tandem.ui.DialogKeys.enterPresses(ok, reason);
        app.tandem.ui.DialogKeys.whenClosed(d, this::focusTarget);
        d.open();
        reason.focus();
    }

    /** The caret back in the target (after a dialog, a menu). */
    void focusTarget() {
        if (current != null) {
            target.focusSoon();
        }
    }

    /** Runs a change on the active segment (unsaved typing first) and shows its new state. */
    private void act(Runnable change) {
        if (current == null || !saveIfChanged(false)) {
            return;
        }
        long id = current.id();
        if (UiErrorHandling.attempt(change)) {
            reload(id);
        }
    }

    /** Shows the segment's stored state again (after an action, a comment, a restore). */
    void reload(long segmentId) {
        documents.findSegment(segmentId).ifPresent(s -> {
            current = null;
            saved.forEach(l -> l.accept(null, s));
            show(s);
        });
    }

    /** A merge or split: positions after the segment move, so the whole list is read again. */
    private void restructure(java.util.function.Supplier<SegmentRow> change) {
        if (current == null || !saveIfChanged(false)) {
            return;
        }
        SegmentRow[] result = new SegmentRow[1];
        if (UiErrorHandling.attempt(() -> result[0] = change.get())) {
            current = null;
            restructured.forEach(Runnable::run);
            show(result[0]);
        }
    }
}
