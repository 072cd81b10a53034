package app.tandem.ui;

import app.tandem.document.DocumentRepository;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentService;
import app.tandem.document.SegmentStatus;
import app.tandem.review.ReviewService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The current segment, source beside target, edited in place. Changes are saved when the
 * translator leaves the segment or confirms; a save based on an outdated version opens the
 * conflict dialog instead of overwriting.
 */
final class SegmentEditor extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final SegmentService segments;
    private final ReviewService reviews;
    private final DocumentRepository documents;
    private final Consumer<SegmentRow> changed;
    private final Span title = new Span();
    private final Span notice = new Span();
    private final SourceText source = new SourceText();
    private final TextArea target = new TextArea(getTranslation("English target"));
    private final HorizontalLayout reviewActions = new HorizontalLayout();
    private SegmentRow current;

    private final QaFindingsList findings;
    private final TermsPanel terms;
    private final MemoryPanel memory;

    private final app.tandem.project.GlossaryService glossary;
    private final app.tandem.review.QaService qa;
    /** The project of the document being edited, looked up once per document (Vaadin may reuse the view for another). */
    private long projectId = -1;
    private long projectOfDocument = -1;

    SegmentEditor(SegmentService segments, ReviewService reviews, DocumentRepository documents, app.tandem.review.QaService qa,
                  app.tandem.project.GlossaryService glossary, app.tandem.document.TranslationMemoryService memoryService,
                  Consumer<SegmentRow> changed) {
        this.glossary = glossary;
        this.qa = qa;
        this.findings = new QaFindingsList(qa);
        this.terms = new TermsPanel(target);
        this.memory = new MemoryPanel(memoryService, target);
        this.segments = segments;
        this.reviews = reviews;
        this.documents = documents;
        this.changed = changed;
        setId("segment-editor");
        setPadding(false);
        addClassName("segment-editor");
        title.setId("editor-title");
        title.addClassName("editor-title");
        notice.setId("editor-notice");
        notice.addClassName("editor-notice");
        source.setId("editor-source");
        source.setWidthFull();
        target.setId("editor-target");
        target.setWidthFull();
        target.setPlaceholder(getTranslation("Type the English translation; Ctrl+Enter confirms and moves on"));
        Span sourceLabel = new Span(getTranslation("Russian source"));
        sourceLabel.addClassName("source-label");
        VerticalLayout sourceBox = new VerticalLayout(sourceLabel, source);
        sourceBox.setPadding(false);
        sourceBox.setSpacing(false);
        sourceBox.setWidthFull();
        HorizontalLayout texts = new HorizontalLayout(sourceBox, target);
        texts.setWidthFull();
        source.setMinHeight("110px");
        target.setMinHeight("110px");

        Button confirm = button("confirm", getTranslation("Confirm (Ctrl+Enter)"), e -> confirmAndNext());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button copy = button("copy-source", getTranslation("Copy source (Ctrl+Shift+Insert)"), e -> copySource());
        Button merge = button("merge-next", getTranslation("Merge with next"), e -> run(() -> show(segments.mergeWithNext(current.id()))));
        Button split = button("split", getTranslation("Split at caret"), e -> source.caret().then(Integer.class, offset -> {
            if (offset < 0) {
                Notification.show(getTranslation("Click in the Russian source where the segment should be split"), 4000, Notification.Position.MIDDLE);
            } else {
                run(() -> show(segments.split(current.id(), offset)));
            }
        }));
        Button comments = button("comments", getTranslation("Comments"), e -> openComments());
        Button history = button("history", getTranslation("History"), e -> openHistory());
        Button approve = button("approve", getTranslation("Approve"), e -> run(() -> reviews.approve(current.id())));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button reject = button("reject", getTranslation("Reject…"), e -> openReject());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button reopen = button("reopen", getTranslation("Reopen"), e -> run(() -> reviews.reopen(current.id())));
        reviewActions.add(approve, reject, reopen);
        reviewActions.setVisible(ReviewService.canReview());
        Button toGlossary = button("add-to-glossary", getTranslation("Add selection to glossary"), e -> source.selectedText()
                .then(String.class, this::openAddTerm));
        HorizontalLayout buttons = new HorizontalLayout(confirm, copy, merge, split, comments, history, toGlossary, reviewActions);
        buttons.setWrap(true);
        // glossary terms under the source, memory matches under the target
        HorizontalLayout aids = new HorizontalLayout(terms, memory);
        aids.setWidthFull();
        aids.setFlexGrow(1, terms);
        aids.setFlexGrow(1, memory);
        terms.setWidth("50%");
        memory.setWidth("50%");
        add(new HorizontalLayout(title, notice), texts, aids, findings, buttons);

        // the value must reach the server before the shortcut acts on it
        target.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        target.setValueChangeTimeout(250);
        Shortcuts.addShortcutListener(target, this::confirmAndNext, Key.ENTER, KeyModifier.CONTROL).listenOn(target)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(target, this::copySource, Key.INSERT, KeyModifier.CONTROL, KeyModifier.SHIFT).listenOn(target)
                .resetFocusOnActiveElement();
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5, Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};
        for (int i = 0; i < TermsPanel.SHORTCUTS; i++) {
            int number = i + 1;
            Shortcuts.addShortcutListener(target, () -> terms.insertPreferred(number), digits[i], KeyModifier.ALT).listenOn(target);
        }
        setEnabled(false);
    }

    private Button button(String id, String label, com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> l) {
        Button b = new Button(label, l);
        b.setId(id);
        return b;
    }

    SegmentRow current() {
        return current;
    }

    /** Shows a segment, after saving the one being left if it changed. */
    boolean show(SegmentRow s) {
        if (!saveIfChanged(false)) {
            return false;
        }
        current = s;
        setEnabled(s != null);
        if (s == null) {
            return true;
        }
        title.setText("Segment " + (s.position() + 1) + " · " + s.status().name() + (s.lastEditor() == null ? "" : " · last edited by "
                + s.lastEditor() + (s.updatedAt() == null ? "" : " " + s.updatedAt().format(WHEN))));
        title.getElement().setAttribute("data-status", s.status().name());
        target.setValue(s.targetText() == null ? "" : s.targetText());
        target.setReadOnly(s.coveredBy() != null);
        String rejection = s.status() == SegmentStatus.REJECTED ? lastRejection(s.id()) : null;
        notice.setText(s.coveredBy() != null ? "Covered: its translation is in the previous segment's target."
                : rejection != null ? rejection : s.alignFlagged() ? "Aligned with low confidence: check this pair." : "");
        findings.show(s);
        showTerms();
        memory.show(s, project());
        target.focus();
        return true;
    }

    private long project() {
        if (current != null && projectOfDocument != current.documentId()) {
            projectId = documents.findSummary(current.documentId()).map(app.tandem.document.DocumentSummary::projectId).orElse(-1L);
            projectOfDocument = current.documentId();
        }
        return projectId;
    }

    /** Marks the glossary terms in the source and lists them with their equivalents. */
    private void showTerms() {
        String text = current.sourceText();
        app.tandem.review.QaService.ProjectGlossary g = qa.projectGlossary(project());
        List<app.tandem.glossary.TermMatch> matches = g.glossary().findInSource(text);
        source.show(text, app.tandem.glossary.TermSpans.split(text, matches), p -> hint(g.entries().get(p.match().termIndex())));
        terms.show(text, matches, g.entries());
    }

    private String hint(app.tandem.project.GlossaryRepository.Entry e) {
        return String.join(" · ", e.english()) + (e.forbidden().isEmpty() ? "" : " (" + getTranslation("not") + ": "
                + String.join(", ", e.forbidden()) + ")") + (e.note() == null ? "" : " — " + e.note());
    }

    /** New QA findings arrived for the segment being shown. */
    void refreshFindings() {
        if (current != null) {
            documents.findSegment(current.id()).ifPresent(findings::show);
        }
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
        if (current == null || current.coveredBy() != null) {
            return true;
        }
        String now = target.getValue().strip();
        String before = current.targetText() == null ? "" : current.targetText();
        if (!confirm && Objects.equals(now, before.strip())) {
            return true;
        }
        SegmentService.SaveOutcome outcome = segments.save(current.id(), current.version(), now, confirm);
        if (outcome.saved()) {
            current = outcome.current();
            changed.accept(current);
            return true;
        }
        new ConflictDialog(current.position() + 1, now, outcome.current(), resolved -> {
            SegmentService.SaveOutcome retry = segments.save(resolved.basedOn().id(), resolved.basedOn().version(), resolved.text(), confirm);
            current = retry.current();
            changed.accept(current);
            show(current);
        }, theirs -> {
            current = theirs;
            changed.accept(theirs);
            show(theirs);
        }).open();
        return false;
    }

    private void confirmAndNext() {
        if (current == null) {
            return;
        }
        int position = current.position();
        if (!saveIfChanged(true)) {
            return;
        }
        documents.nextUnconfirmed(current.documentId(), position).ifPresentOrElse(next -> {
            current = null;
            show(next);
            changed.accept(next);
        }, () -> Notification.show("All segments after this one are confirmed", 3000, Notification.Position.BOTTOM_START));
    }

    private void copySource() {
        if (current != null && !target.isReadOnly()) {
            target.setValue(current.sourceText());
            target.focus();
        }
    }

    private void run(Runnable action) {
        if (UiErrorHandling.attempt(action)) {
            documents.findSegment(current.id()).ifPresent(s -> {
                current = null;
                show(s);
                changed.accept(s);
            });
        }
    }

    /** The selected source words as a new glossary term; a single word is offered in its dictionary form. */
    private void openAddTerm(String selected) {
        String sel = selected == null ? "" : selected.strip();
        if (sel.isEmpty() || current == null) {
            Notification.show(getTranslation("Select the term in the Russian source first"), 4000, Notification.Position.MIDDLE);
            return;
        }
        String suggestion = sel;
        if (!sel.contains(" ")) {
            String norm = app.tandem.glossary.Lemmatizer.normalize(sel);
            String lemma = app.tandem.glossary.Lemmatizer.of(app.tandem.text.Lang.RU).lemmas(sel).stream()
                    .filter(l -> !l.equals(norm)).findFirst().orElse(norm);
            suggestion = Character.isUpperCase(sel.charAt(0)) ? Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1) : lemma;
        }
        long project = project();
        List<String> domains = glossary.entries(project).stream().map(app.tandem.project.GlossaryRepository.Entry::domain)
                .filter(Objects::nonNull).distinct().sorted().toList();
        new TermDialog(getTranslation("Add to glossary"), new app.tandem.exchange.TermEntry(suggestion, List.of(), List.of(), null, null,
                null, null), domains, term -> {
            glossary.add(project, term);
            showTerms();
            changed.accept(current); // the list marks the new term in every row too
        }).focusEnglish().open();
    }

    private void openReject() {
        Dialog d = new Dialog();
        d.setHeaderTitle("Reject segment " + (current.position() + 1));
        TextArea reason = new TextArea(getTranslation("Reason (the translator sees it)"));
        reason.setId("reject-reason");
        reason.setWidth("500px");
        d.add(reason);
        Button ok = new Button(getTranslation("Reject"), e -> {
            run(() -> reviews.reject(current.id(), reason.getValue()));
            d.close();
        });
        ok.setId("reject-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        d.getFooter().add(new Button(getTranslation("Cancel"), e -> d.close()), ok);
        d.open();
        reason.focus();
    }

    private void openComments() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("Comments") + " · " + (current.position() + 1));
        d.setWidth("640px");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        List<DocumentRepository.CommentRow> rows = segments.commentThreads(current.id());
        for (DocumentRepository.CommentRow top : rows) {
            if (top.parentId() != null) {
                continue;
            }
            list.add(commentItem(top, false, d));
            for (DocumentRepository.CommentRow reply : rows) {
                if (top.id() == Objects.requireNonNullElse(reply.parentId(), -1L)) {
                    list.add(commentItem(reply, true, d));
                }
            }
        }
        TextArea body = new TextArea(getTranslation("New comment"));
        body.setId("comment-body");
        body.setWidthFull();
        Button add = new Button(getTranslation("Add comment"), e -> run(() -> {
            segments.comment(current.id(), body.getValue());
            d.close();
        }));
        add.setId("comment-add");
        d.add(list, body);
        d.getFooter().add(new Button(getTranslation("Close"), e -> d.close()), add);
        d.open();
    }

    private com.vaadin.flow.component.Component commentItem(DocumentRepository.CommentRow c, boolean reply, Dialog dialog) {
        Div text = new Div();
        text.setText(c.author() + " · " + c.createdAt().format(WHEN) + (c.resolved() ? " · resolved" : "") + ": " + c.body());
        HorizontalLayout row = new HorizontalLayout(text);
        row.addClassName("comment");
        if (reply) {
            row.getStyle().set("margin-left", "2em");
        } else {
            TextArea answer = new TextArea();
            answer.setPlaceholder(getTranslation("Reply"));
            answer.setWidth("220px");
            Button send = new Button(getTranslation("Reply"), e -> run(() -> {
                segments.reply(current.id(), c.id(), answer.getValue());
                dialog.close();
            }));
            row.add(answer, send);
            if (!c.resolved()) {
                row.add(new Button(getTranslation("Resolve"), e -> run(() -> {
                    segments.resolve(current.id(), c.id());
                    dialog.close();
                })));
            }
        }
        return row;
    }

    private void openHistory() {
        Dialog d = new Dialog();
        d.setHeaderTitle("History of segment " + (current.position() + 1));
        d.setWidth("75vw");
        Grid<DocumentRepository.HistoryRow> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addColumn(h -> h.changedAt().format(WHEN)).setHeader(getTranslation("When")).setWidth("150px").setFlexGrow(0);
        grid.addColumn(h -> h.editor() == null ? "" : h.editor()).setHeader(getTranslation("Who")).setWidth("120px").setFlexGrow(0);
        grid.addColumn(DocumentRepository.HistoryRow::status).setHeader(getTranslation("Status")).setWidth("120px").setFlexGrow(0);
        grid.addColumn(h -> h.target() == null ? "" : h.target()).setHeader(getTranslation("Target"));
        grid.addColumn(h -> h.note() == null ? "" : h.note()).setHeader(getTranslation("Note"));
        grid.addComponentColumn(h -> new Button(getTranslation("Restore"), e -> {
            target.setValue(h.target() == null ? "" : h.target());
            d.close();
            saveIfChanged(false);
        })).setWidth("120px").setFlexGrow(0);
        grid.setItems(segments.history(current.id()));
        d.add(grid);
        d.getFooter().add(new Button(getTranslation("Close"), e -> d.close()));
        d.open();
    }
}
