package app.tandem.ui.workbench;

import app.tandem.document.SegmentRow;
import app.tandem.review.QaService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks the target while it is typed (each pause sends the text) and underlines the findings in
 * it. Checks run on QA's threads; only the answer for the latest text is shown, and the browser
 * drops it too if the translator has typed on.
 */
@SpringComponent
@Scope("prototype")
public class InlineQa {
    private final QaService qa;
    private final AtomicLong latest = new AtomicLong();

    public InlineQa(QaService qa) {
        this.qa = qa;
    }

    void attach(InPlaceEditor editor) {
        TargetEditor target = editor.target();
        target.addValueChangeListener(e -> {
            if (e.isFromClient() && editor.current() != null) {
                SegmentRow typedIn = editor.current();
                String text = e.getValue();
                // the text comes with Ctrl+Enter too; a segment confirmed and left in the same request
                // needs no underlines, and LanguageTool would take a core from the next one opening
                UI.getCurrent().beforeClientResponse(target, ctx -> {
                    SegmentRow now = editor.current();
                    if (now != null && now.id() == typedIn.id() && text.equals(target.getValue())) {
                        check(target, now, text);
                    }
                });
            }
        });
        // the segment shown is checked once the caret is in its target, as the side panel is
        editor.onShown(s -> due = s);
        editor.onSettled(() -> {
            SegmentRow s = due;
            due = null;
            if (s != null && editor.current() != null && editor.current().id() == s.id()) {
                check(target, editor.current(), editor.current().targetText());
            }
        });
    }

    private SegmentRow due;

    private void check(TargetEditor target, SegmentRow s, String text) {
        long ticket = latest.incrementAndGet();
        if (text == null || text.isBlank()) {
            return;
        }
        UI ui = UI.getCurrent();
        qa.preview(s.id(), text).thenAccept(findings -> {
            if (ticket == latest.get()) {
                ui.access(() -> target.showFindings(text, findings));
            }
        });
    }
}
