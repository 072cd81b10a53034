package app.tandem.ui.workbench;

import app.tandem.document.DocumentRepository;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentService;
import app.tandem.ui.UiErrorHandling;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/** The active segment's comment threads: read, reply, resolve, and start a new one (Ctrl+Enter in the box sends it). */
final class CommentsPanel extends Div {
    private final SegmentService segments;
    private final Div threads = new Div();
    private final TextArea body = new TextArea();
    private SegmentRow current;
    private Runnable changed = () -> { };

    CommentsPanel(SegmentService segments) {
        this.segments = segments;
        setId("comments-panel");
        addClassName("comments-panel");
        body.setId("comment-body");
        body.setPlaceholder(getTranslation("New comment"));
        body.setWidthFull();
        body.addClassName("comment-new");
        Button add = new Button(getTranslation("Add comment"), e -> addComment());
        add.setId("comment-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        body.addKeyDownListener(Key.ENTER, e -> addComment(), KeyModifier.CONTROL);
        add(threads, body, add);
    }

    void onChanged(Runnable changed) {
        this.changed = changed;
    }

    /** @return how many comments are open */
    int show(SegmentRow s) {
        current = s;
        threads.removeAll();
        List<DocumentRepository.CommentRow> rows = segments.commentThreads(s.id());
        int open = 0;
        for (DocumentRepository.CommentRow top : rows) {
            if (top.parentId() != null) {
                continue;
            }
            open += top.resolved() ? 0 : 1;
            threads.add(item(top, false));
            for (DocumentRepository.CommentRow reply : rows) {
                if (top.id() == Objects.requireNonNullElse(reply.parentId(), -1L)) {
                    threads.add(item(reply, true));
                }
            }
        }
        return open;
    }

    void focusNew() {
        body.focus();
    }

    private void addComment() {
        if (current != null && UiErrorHandling.attempt(() -> segments.comment(current.id(), body.getValue()))) {
            body.clear();
            changed.run();
        }
    }

    private Div item(DocumentRepository.CommentRow c, boolean reply) {
        Span who = new Span(c.author() + " · " + app.tandem.ui.Dates.when(c.createdAt()) + (c.resolved() ? " · " + getTranslation("resolved") : ""));
        who.addClassName("comment-meta");
        Div text = new Div();
        text.setText(c.body());
        text.addClassName("comment-body");
        Div row = new Div(who, text);
        row.addClassName("comment");
        if (reply) {
            row.addClassName("comment-reply");
            return row;
        }
        TextArea answer = new TextArea();
        answer.setPlaceholder(getTranslation("Reply"));
        answer.setWidthFull();
        answer.addClassName("comment-reply-box");
        Button send = new Button(getTranslation("Reply"), e -> {
            if (UiErrorHandling.attempt(() -> segments.reply(current.id(), c.id(), answer.getValue()))) {
                changed.run();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        Div buttons = new Div(send);
        buttons.addClassName("comment-buttons");
        if (!c.resolved()) {
            Button resolve = new Button(getTranslation("Resolve"), e -> {
                if (UiErrorHandling.attempt(() -> segments.resolve(current.id(), c.id()))) {
                    changed.run();
                }
            });
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            buttons.add(resolve);
        }
        row.add(answer, buttons);
        return row;
    }
}
