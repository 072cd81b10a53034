package app.tandem.ui.workbench;

import app.tandem.glossary.TermSpans;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.PendingJavaScriptResult;

import java.util.List;
import java.util.function.Function;

/**
 * The read-only source sentence with its glossary terms marked. Built from text nodes and spans
 * (never HTML), so a source containing markup shows as text. A text area cannot colour inside
 * itself, hence a div; the caret and selection, which "Split at caret" and "Add selection to
 * glossary" need, are remembered in the browser as character offsets into the sentence because
 * clicking a button may clear the document selection.
 */
final class SourceText extends Div {
    SourceText() {
        addClassName("source-text");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "textbox");
        getElement().setAttribute("aria-readonly", "true");
        getElement().setAttribute("aria-label", getTranslation("Russian source"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const el = this;
                if (el.__tandemSelection) return;
                el.__tandemSelection = true;
                const offset = (node, at) => { const r = document.createRange(); r.selectNodeContents(el); r.setEnd(node, at); return r.toString().length; };
                document.addEventListener('selectionchange', () => {
                    const s = window.getSelection();
                    if (!s || s.rangeCount === 0) return;
                    const r = s.getRangeAt(0);
                    if (!el.contains(r.startContainer) || !el.contains(r.endContainer)) return;
                    el.__sel = {start: offset(r.startContainer, r.startOffset), end: offset(r.endContainer, r.endOffset)};
                });""");
    }

    /** Shows a sentence; {@code hint} gives the tooltip of each marked term. */
    void show(String text, List<TermSpans.Piece> pieces, Function<TermSpans.Piece, String> hint) {
        removeAll();
        getElement().executeJs("this.__sel = null");
        getElement().setAttribute("data-text", text);
        for (TermSpans.Piece p : pieces) {
            if (p.isTerm()) {
                Span term = new Span(p.text());
                term.addClassName("term");
                term.getElement().setAttribute("title", hint.apply(p));
                term.getElement().setAttribute("data-term", p.match().term());
                add(term);
            } else {
                appendWithCodes(p.text());
            }
        }
    }

    /** Formatting codes and footnote markers as chips (still text, so the caret offsets stay those of the sentence). */
    private void appendWithCodes(String text) {
        java.util.regex.Matcher m = CODES.matcher(text);
        int pos = 0;
        while (m.find()) {
            getElement().appendChild(com.vaadin.flow.dom.Element.createText(text.substring(pos, m.start())));
            Span code = new Span(m.group());
            code.addClassName("inline-code");
            add(code);
            pos = m.end();
        }
        getElement().appendChild(com.vaadin.flow.dom.Element.createText(text.substring(pos)));
    }

    private static final java.util.regex.Pattern CODES = java.util.regex.Pattern.compile(
            app.tandem.text.FootnoteMarks.MARK_CLASS + "|" + app.tandem.text.FormatCodes.CODE.pattern());

    /** Offset of the caret (start of the selection) in the sentence, or -1 when the source was not clicked. */
    PendingJavaScriptResult caret() {
        return getElement().executeJs("return this.__sel ? this.__sel.start : -1");
    }

    PendingJavaScriptResult selectedText() {
        return getElement().executeJs("return this.__sel ? this.textContent.substring(this.__sel.start, this.__sel.end) : ''");
    }
}
