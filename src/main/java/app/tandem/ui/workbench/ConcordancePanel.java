package app.tandem.ui.workbench;

import app.tandem.tm.ConcordanceService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;

import java.util.List;
import java.util.function.Consumer;

/**
 * Concordance in the side panel: a word or phrase looked up in the project's memory and
 * documents (Russian in any form, English by word), each hit with both sides, the words found
 * marked, where it comes from, and a button that inserts its English at the caret.
 */
final class ConcordancePanel extends Div {
    private static final int SHOWN = 30;
    private final ConcordanceService concordance;
    private final TextField query = new TextField();
    private final Div hits = new Div();
    private Consumer<String> insert = s -> { };
    private long projectId = -1;

    ConcordancePanel(ConcordanceService concordance) {
        this.concordance = concordance;
        setId("concordance");
        addClassName("concordance-panel");
        query.setId("concordance-text");
        query.setPlaceholder(getTranslation("Word or phrase, Russian or English"));
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.addKeyDownListener(Key.ENTER, e -> run());
        query.setTooltipText(getTranslation("Searches the memory and every document of the project (Ctrl+K searches the selected text)"));
        hits.setId("concordance-hits");
        hits.addClassName("concordance-hits");
        add(query, hits);
    }

    void setProject(long projectId) {
        this.projectId = projectId;
    }

    void onInsert(Consumer<String> insert) {
        this.insert = insert;
    }

    /** Searches for {@code text} (Ctrl+K with a selection); an empty text just puts the caret in the field. */
    void search(String text) {
        if (text != null && !text.isBlank()) {
            query.setValue(text.strip());
            run();
        }
        query.focus();
    }

    private void run() {
        hits.removeAll();
        List<ConcordanceService.Hit> found = concordance.search(projectId, query.getValue(), SHOWN);
        if (found.isEmpty()) {
            Span none = new Span(query.getValue().isBlank() ? "" : getTranslation("Not found in the memory or the documents"));
            none.addClassName("panel-empty");
            hits.add(none);
            return;
        }
        for (ConcordanceService.Hit h : found) {
            hits.add(hit(h));
        }
    }

    private Div hit(ConcordanceService.Hit h) {
        Span source = h.inTarget() ? plain(h.source()) : marked(h.source(), h.spans());
        source.addClassName("concordance-source");
        Span target = h.inTarget() ? marked(h.target(), h.spans()) : plain(h.target());
        target.addClassName("concordance-target");
        Span origin = new Span(h.origin());
        origin.addClassName("concordance-origin");
        Div head = new Div(origin);
        head.addClassName("concordance-head");
        if (!h.target().isBlank()) {
            Button use = new Button(getTranslation("Insert"), e -> insert.accept(h.target()));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            use.addClassName("concordance-insert");
            use.getElement().setAttribute("title", getTranslation("Insert this English at the caret"));
            head.add(use);
        }
        Div row = new Div(head, source, target);
        row.addClassName("concordance-hit");
        return row;
    }

    private static Span plain(String text) {
        return new Span(text);
    }

    /** The text with the found words in mark elements; every piece is a text node, never markup. */
    private static Span marked(String text, List<int[]> spans) {
        Span out = new Span();
        int at = 0;
        for (int[] s : spans) {
            if (s[0] < at) {
                continue;
            }
            out.getElement().appendChild(Element.createText(text.substring(at, s[0])));
            Element mark = new Element("mark");
            mark.setText(text.substring(s[0], s[1]));
            out.getElement().appendChild(mark);
            at = s[1];
        }
        out.getElement().appendChild(Element.createText(text.substring(at)));
        return out;
    }
}
