package app.tandem.ui.workbench;

import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.SegmentEvents;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentStatus;
import app.tandem.document.WorkPositions;
import app.tandem.review.ReviewService;
import app.tandem.ui.MainLayout;
import app.tandem.user.CurrentUser;
import app.tandem.user.ProjectAccess;
import app.tandem.user.WorkbenchPreferences;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The translator's workbench for one document: a one-line header, the segment list filling the
 * height with the active segment edited in its row, and the docked side panel. This class only
 * wires the parts together; each part is given the services it uses.
 */
@PermitAll
@Route(value = "documents/:documentId", layout = MainLayout.class)
@PageTitle("Document · Tandem")
public class DocumentView extends Div implements BeforeEnterObserver {
    private final DocumentRepository documents;
    private final ProjectAccess access;
    private final WorkPositions positions;
    private final WorkbenchPreferences preferences;
    private final SegmentEvents events;
    private final DocumentHeader header;
    private final SegmentList list;
    private final InPlaceEditor editor;
    private final SidePanel panel;
    private final FilterBar filterBar;
    private final SplitLayout split = new SplitLayout();
    private final Div listArea = new Div();
    /** Until the user drags the splitter: narrower on a laptop, where the list needs the room. */
    private static final String DEFAULT_PANEL_WIDTH = "clamp(260px, 21vw, 400px)";
    private DocumentSummary doc;
    private Runnable unsubscribe;

    public DocumentView(DocumentRepository documents, ProjectAccess access, WorkPositions positions, WorkbenchPreferences preferences,
                        SegmentEvents events, DocumentHeader header, SegmentList list, InPlaceEditor editor, SidePanel panel,
                        InlineQa inlineQa, AddToGlossary addToGlossary) {
        this.documents = documents;
        this.access = access;
        this.positions = positions;
        this.preferences = preferences;
        this.events = events;
        this.header = header;
        this.list = list;
        this.editor = editor;
        this.panel = panel;
        this.filterBar = new FilterBar(list::setFilter);
        setId("document-view");
        addClassName("workbench");

        list.setEditorComponents(editor.sourceCell(), editor);
        list.onRowClick(row -> {
            if (editor.current() == null || row.id() != editor.current().id()) {
                editor.show(row);
            }
        });
        editor.onPlace(list::edit);
        editor.onShown(s -> {
            panel.show(s);
            // the caret moves in this response; the sections (terms, matches, QA, history: hundreds of
            // elements) follow when the browser says the caret is in place, so neither the server's
            // work on them nor the browser's stands between Ctrl+Enter and typing
            sectionsDue = s;
        });
        editor.onSettled(this::showDueSections);
        editor.onSaved((before, after) -> {
            list.refresh(after);
            if (before != null && before.id() == after.id()) {
                countTransition(before, after);
            } else {
                refreshProgress();
            }
        });
        editor.onRestructured(() -> {
            list.refreshAll();
            header.showRepeated(documents.countRepeated(doc.id()));
            refreshProgress();
        });
        // a key for a term or a match pressed before the page said the caret is in place acts on this segment's panel, not the last one's
        editor.onTermKey(n -> {
            showDueSections();
            panel.terms.insertPreferred(n);
        });
        editor.onMemoryKey(n -> {
            showDueSections();
            panel.memory.use(n);
        });
        editor.onAddTerm(selected -> addToGlossary.open(this, doc.projectId(), selected, () -> {
            editor.refreshTerms();
            list.refreshAll(); // every row marks the new term too
            if (editor.current() != null) {
                panel.show(editor.current());
                panel.showSections(editor.current());
            }
        }, editor::focusTarget));
        panel.findings.afterDialog(editor::focusTarget);
        panel.terms.onInsert(editor::insert);
        panel.concordance.onInsert(text -> {
            editor.insert(text);
            editor.target().focusSoon();
        });
        panel.memory.onUse(editor::replace);
        panel.history.onRestore(editor::replace);
        panel.comments.onChanged(() -> editor.reload(editor.current().id()));
        panel.onHide(this::togglePanel);
        inlineQa.attach(editor);
        filterBar.onClosed(() -> editor.target().focusSoon());

        listArea.addClassName("list-area");
        listArea.add(filterBar, list);
        split.addToPrimary(listArea);
        split.addToSecondary(panel);
        split.addClassName("workbench-split");
        split.addSplitterDragendListener(e -> panel.getElement().executeJs("return this.offsetWidth")
                .then(Integer.class, width -> preferences.setPanelWidth(CurrentUser.get().username(), width)));
        add(split);
        keys();
    }

    private void keys() {
        // the same actions from inside the target, where the editor itself reads the keys
        editor.target().addActionKeyListener(e -> {
            switch (e.key()) {
                case "M" -> editor.mergeWithNext();
                case "S" -> editor.splitAtCaret();
                case "T" -> editor.addSelectionToGlossary();
                case "C" -> openComments();
                case "H" -> panel.openHistory();
                case "E" -> reviewerOnly(this::openQualityErrors);
                case "A" -> reviewerOnly(editor::approve);
                case "R" -> reviewerOnly(editor::openReject);
                case "O" -> reviewerOnly(editor::reopen);
                default -> { }
            }
        });
        concordanceKey();
        Shortcuts.addShortcutListener(this, filterBar::open, Key.KEY_F, KeyModifier.CONTROL).listenOn(this);
        Shortcuts.addShortcutListener(this, this::openGoTo, Key.KEY_G, KeyModifier.CONTROL).listenOn(this);
        Shortcuts.addShortcutListener(this, this::togglePanel, Key.F6).listenOn(this);
        Shortcuts.addShortcutListener(this, this::openShortcuts, Key.F1).listenOn(this);
        Shortcuts.addShortcutListener(this, editor::mergeWithNext, Key.KEY_M, KeyModifier.ALT).listenOn(this);
        Shortcuts.addShortcutListener(this, editor::splitAtCaret, Key.KEY_S, KeyModifier.ALT).listenOn(this);
        Shortcuts.addShortcutListener(this, editor::addSelectionToGlossary, Key.KEY_T, KeyModifier.ALT).listenOn(this);
        Shortcuts.addShortcutListener(this, this::openComments, Key.KEY_C, KeyModifier.ALT).listenOn(this);
        Shortcuts.addShortcutListener(this, panel::openHistory, Key.KEY_H, KeyModifier.ALT).listenOn(this);
        if (ReviewService.canReview()) {
            Shortcuts.addShortcutListener(this, editor::approve, Key.KEY_A, KeyModifier.ALT).listenOn(this);
            Shortcuts.addShortcutListener(this, editor::openReject, Key.KEY_R, KeyModifier.ALT).listenOn(this);
            Shortcuts.addShortcutListener(this, editor::reopen, Key.KEY_O, KeyModifier.ALT).listenOn(this);
            Shortcuts.addShortcutListener(this, this::openQualityErrors, Key.KEY_E, KeyModifier.ALT).listenOn(this);
        }
    }

    /**
     * Ctrl+K searches the concordance for the text selected anywhere on the page (in the source
     * cell as much as in the target), so it is read in the browser, where the selection is.
     */
    private void concordanceKey() {
        getElement().addEventListener("tandem-concordance", e -> searchConcordance(e.getEventData().getString("event.detail.text")))
                .addEventData("event.detail.text");
        getElement().executeJs("""
                const view = this;
                if (view.__tandemConcordanceKey) return;
                view.__tandemConcordanceKey = true;
                document.addEventListener('keydown', e => {
                  if (!(e.ctrlKey && !e.altKey && !e.shiftKey && (e.code === 'KeyK' || e.key === 'k')) || !view.isConnected) return;
                  e.preventDefault();
                  e.stopPropagation();
                  const a = document.activeElement;
                  const inField = a && (a.localName === 'textarea' || a.localName === 'input') && a.selectionEnd > a.selectionStart;
                  const text = inField ? a.value.substring(a.selectionStart, a.selectionEnd) : String(window.getSelection() || '');
                  view.dispatchEvent(new CustomEvent('tandem-concordance', {detail: {text: text.trim().substring(0, 200)}}));
                }, true);""");
    }

    private void searchConcordance(String text) {
        if (!panel.isVisible()) {
            togglePanel();
        }
        panel.searchConcordance(text);
    }

    private static void reviewerOnly(Runnable action) {
        if (ReviewService.canReview()) {
            action.run();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("documentId").orElse(-1L);
        DocumentSummary found = documents.findSummary(id).orElse(null);
        if (found == null || !access.canSee(found.projectId())) {
            event.rerouteToError(NotFoundException.class, "No such document");
            return;
        }
        doc = found;
        String user = CurrentUser.get().username();
        applyPanelPreferences(user);
        editor.setProject(doc.projectId());
        panel.setProject(doc.projectId());
        list.showDocument(doc.id(), doc.projectId());
        header.showRepeated(documents.countRepeated(doc.id()));
        header.show(doc, new DocumentHeader.ViewActions(filterBar::open, this::openGoTo, this::togglePanel, this::openShortcuts,
                        () -> searchConcordance("")),
                this::goToPosition, this::refreshEverything);
        positions.resumePoint(user, doc.id()).ifPresent(editor::show);
        getUI().ifPresent(this::subscribe); // a reused view follows the new document
    }

    private void applyPanelPreferences(String user) {
        // the list takes what the panel leaves; a width in pixels keeps the panel readable on any screen
        listArea.getStyle().set("flex", "1 1 0");
        panel.getStyle().set("flex", "0 0 " + preferences.panelWidth(user).map(w -> w + "px").orElse(DEFAULT_PANEL_WIDTH));
        setPanelHidden(preferences.panelHidden(user));
    }

    private void setPanelHidden(boolean hidden) {
        panel.setVisible(!hidden);
        split.getElement().setAttribute("panel-hidden", hidden);
    }

    private void togglePanel() {
        boolean hide = panel.isVisible();
        setPanelHidden(hide);
        preferences.setPanelHidden(CurrentUser.get().username(), hide);
    }

    private void openGoTo() {
        GoToDialog d = new GoToDialog(doc.total(), this::goToPosition);
        app.tandem.ui.DialogKeys.whenClosed(d, editor::focusTarget);
        d.open();
    }

    private void openShortcuts() {
        ShortcutsDialog d = new ShortcutsDialog(ReviewService.canReview());
        app.tandem.ui.DialogKeys.whenClosed(d, editor::focusTarget);
        d.open();
    }

    private void openComments() {
        if (!panel.isVisible()) {
            togglePanel();
        }
        panel.openComments();
    }

    private void openQualityErrors() {
        if (!panel.isVisible()) {
            togglePanel();
        }
        panel.openQualityErrors();
    }

    private void goToPosition(int position) {
        documents.atPosition(doc.id(), position).ifPresent(editor::show);
    }

    /**
     * The translator's own save moves the counts by at most one: they are adjusted here rather than
     * counted again, which for a long document would read every segment on each Ctrl+Enter.
     */
    private void countTransition(SegmentRow before, SegmentRow after) {
        int translated = doc.translated() + done(after) - done(before);
        int approved = doc.approved() + (after.status() == SegmentStatus.APPROVED ? 1 : 0) - (before.status() == SegmentStatus.APPROVED ? 1 : 0);
        doc = new DocumentSummary(doc.id(), doc.projectId(), doc.title(), doc.fileName(), doc.importedAt(), doc.encodingNote(),
                doc.total(), translated, approved);
        header.showProgress(doc);
    }

    private static int done(SegmentRow s) {
        return s.coveredBy() == null && (s.status() == SegmentStatus.TRANSLATED || s.status() == SegmentStatus.APPROVED) ? 1 : 0;
    }

    /**
     * Changes pushed from elsewhere (other people, QA, repetitions) are counted again, at most once
     * a second and off the request that moves the caret.
     */
    /** The segment shown whose side panel sections wait for the caret to be in place. */
    private SegmentRow sectionsDue;

    private void showDueSections() {
        SegmentRow s = editor.current();
        if (sectionsDue != null && s != null) {
            sectionsDue = null;
            panel.showSections(s);
        }
    }

    private void refreshProgressSoon(UI ui) {
        if (progressPending.compareAndSet(false, true)) {
            long id = doc.id();
            java.util.concurrent.CompletableFuture.delayedExecutor(1, java.util.concurrent.TimeUnit.SECONDS).execute(() -> {
                progressPending.set(false);
                try {
                    documents.findSummary(id).ifPresent(d -> ui.access(() -> {
                        if (doc != null && doc.id() == d.id()) {
                            doc = d;
                            header.showProgress(d);
                        }
                    }));
                } catch (com.vaadin.flow.component.UIDetachedException closed) {
                    // the tab closed (or signed out) within the second: nobody is left to tell
                } catch (RuntimeException e) {
                    // the count is shown again with the next change; an outage is told by the save that meets it
                    org.slf4j.LoggerFactory.getLogger(DocumentView.class).debug("progress not counted again", e);
                }
            });
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean progressPending = new java.util.concurrent.atomic.AtomicBoolean();

    private void refreshProgress() {
        documents.findSummary(doc.id()).ifPresent(d -> {
            doc = d;
            header.showProgress(d);
        });
    }

    private void refreshEverything() {
        list.refreshAll();
        refreshProgress();
        SegmentRow current = editor.current();
        if (current != null) {
            editor.changedElsewhere(current.id());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        findAncestor(MainLayout.class).setViewHeader(header);
        subscribe(attachEvent.getUI());
    }

    /** Other people's saves and new QA findings reach this screen without a reload (push). */
    private void subscribe(UI ui) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        if (doc != null) {
            long documentId = doc.id();
            unsubscribe = events.subscribe(documentId, segmentId -> ui.access(() -> {
                if (segmentId < 0) {
                    list.refreshAll();
                    panel.refreshFindings();
                    return;
                }
                SegmentRow current = editor.current();
                if (current != null && segmentId == current.id()) {
                    // the active row is being typed in: it is not redrawn under the translator
                    editor.changedElsewhere(segmentId);
                    panel.refreshFindings();
                } else {
                    documents.findSegment(segmentId).ifPresent(list::refresh);
                }
                refreshProgressSoon(ui);
            }));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        editor.saveIfChanged(false);
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.setViewHeader(null);
        }
        super.onDetach(detachEvent);
    }
}
