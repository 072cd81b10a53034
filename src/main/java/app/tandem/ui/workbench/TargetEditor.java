package app.tandem.ui.workbench;

import app.tandem.qa.Finding;
import app.tandem.qa.Side;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.List;

/**
 * The active segment's English, typed in place in its row ({@code frontend/tandem-target-editor.js}):
 * grows with its text, underlines QA findings where they are, and sends the editor's keys
 * (confirm, move, copy source, term and memory digits) as events after the value they act on.
 */
@Tag("tandem-target-editor")
@JavaScript("context://scripts/tandem-target-editor.js")
public class TargetEditor extends AbstractSinglePropertyField<TargetEditor, String> implements HasSize {
    public TargetEditor() {
        super("value", "", false);
    }

    public void setPlaceholder(String text) {
        getElement().setProperty("placeholder", text);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        getElement().setProperty("readonly", readOnly);
    }

    /** Inserts at the caret as if typed. */
    public void insertAtCaret(String text) {
        getElement().callJsFunction("insertAtCaret", text);
    }

    /** Replaces the whole text as if typed (the value reaches the server like typing). */
    public void replaceText(String text) {
        getElement().callJsFunction("replaceText", text);
    }

    public void focusSoon() {
        getElement().callJsFunction("focusSoon");
    }

    /** Underlines the target-side findings of {@code text}; the browser drops them if the text changed meanwhile. */
    public void showFindings(String text, List<Finding> findings) {
        JsonArray array = Json.createArray();
        for (Finding f : findings) {
            // a finding about the whole sentence (length, final punctuation of all of it) is no place in the text: the panel lists it
            if (f.side() != Side.TARGET || f.end() <= f.start() || f.end() - f.start() >= Math.max(1, text.strip().length() * 0.9)) {
                continue;
            }
            JsonObject o = Json.createObject();
            o.put("start", f.start());
            o.put("end", f.end());
            o.put("severity", f.severity().name());
            // the underline's tooltip in the interface's language, as the side panel says it
            o.put("message", app.tandem.ui.FindingTexts.check(this, f.checkId(), f.message()) + ": "
                    + app.tandem.ui.FindingTexts.message(this, f.checkId(), f.message()));
            o.put("en", app.tandem.ui.FindingTexts.isEnglish(this, f.checkId(), f.message()));
            o.put("kind", f.checkId().startsWith("languagetool") ? (app.tandem.qa.checks.LanguageToolCheck.isSpelling(f.message()) ? "spelling" : "grammar")
                    : f.checkId().startsWith("glossary") ? "term" : "other");
            JsonArray fixes = Json.createArray();
            f.suggestions().forEach(s -> fixes.set(fixes.length(), s));
            o.put("suggestions", fixes);
            array.set(array.length(), o);
        }
        getElement().callJsFunction("setFindings", text, array);
    }

    @DomEvent("tandem-confirm")
    public static class ConfirmEvent extends ComponentEvent<TargetEditor> {
        public ConfirmEvent(TargetEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** The caret is in place after {@link #focusSoon()} (or the editor gave up waiting for its row). */
    @DomEvent("tandem-settled")
    public static class SettledEvent extends ComponentEvent<TargetEditor> {
        public SettledEvent(TargetEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    public Registration addSettledListener(ComponentEventListener<SettledEvent> listener) {
        return addListener(SettledEvent.class, listener);
    }

    @DomEvent("tandem-move")
    public static class MoveEvent extends ComponentEvent<TargetEditor> {
        private final int delta;

        public MoveEvent(TargetEditor source, boolean fromClient, @EventData("event.detail.delta") int delta) {
            super(source, fromClient);
            this.delta = delta;
        }

        public int delta() {
            return delta;
        }
    }

    @DomEvent("tandem-copy-source")
    public static class CopySourceEvent extends ComponentEvent<TargetEditor> {
        public CopySourceEvent(TargetEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** Alt+digit: a glossary term's preferred English. */
    @DomEvent("tandem-term")
    public static class TermKeyEvent extends ComponentEvent<TargetEditor> {
        private final int number;

        public TermKeyEvent(TargetEditor source, boolean fromClient, @EventData("event.detail.n") int number) {
            super(source, fromClient);
            this.number = number;
        }

        public int number() {
            return number;
        }
    }

    /** Ctrl+Shift+digit: a memory match's English. */
    @DomEvent("tandem-memory")
    public static class MemoryKeyEvent extends ComponentEvent<TargetEditor> {
        private final int number;

        public MemoryKeyEvent(TargetEditor source, boolean fromClient, @EventData("event.detail.n") int number) {
            super(source, fromClient);
            this.number = number;
        }

        public int number() {
            return number;
        }
    }

    /** Alt+letter: one of the row's actions (M, S, T, C, H, A, R, O). */
    @DomEvent("tandem-action-key")
    public static class ActionKeyEvent extends ComponentEvent<TargetEditor> {
        private final String key;

        public ActionKeyEvent(TargetEditor source, boolean fromClient, @EventData("event.detail.key") String key) {
            super(source, fromClient);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Registration addActionKeyListener(ComponentEventListener<ActionKeyEvent> l) {
        return addListener(ActionKeyEvent.class, l);
    }

    public Registration addConfirmListener(ComponentEventListener<ConfirmEvent> l) {
        return addListener(ConfirmEvent.class, l);
    }

    public Registration addMoveListener(ComponentEventListener<MoveEvent> l) {
        return addListener(MoveEvent.class, l);
    }

    public Registration addCopySourceListener(ComponentEventListener<CopySourceEvent> l) {
        return addListener(CopySourceEvent.class, l);
    }

    public Registration addTermKeyListener(ComponentEventListener<TermKeyEvent> l) {
        return addListener(TermKeyEvent.class, l);
    }

    public Registration addMemoryKeyListener(ComponentEventListener<MemoryKeyEvent> l) {
        return addListener(MemoryKeyEvent.class, l);
    }
}
