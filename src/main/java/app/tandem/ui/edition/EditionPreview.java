package app.tandem.ui.edition;

import app.tandem.exchange.EnglishEdition;
import app.tandem.text.StyledText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.dom.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English edition as a reader will see it: title, author, abstract, headings and body in
 * the order of the document, italic, bold and the rest from the target's codes, footnote markers
 * as links to the notes at the end (and back), untranslated text marked. Every text goes in as
 * text, never as HTML.
 */
public class EditionPreview extends Div {
    public EditionPreview() {
        setId("edition-preview");
        addClassName("edition-preview");
        // the page is the English edition (hyphenation, screen readers and spelling follow it); untranslated parts say ru
        getElement().setAttribute("lang", "en");
        // a fragment link would go through the router (the page's base is the application's root): move within the page instead
        addAttachListener(e -> getElement().executeJs("""
                this.addEventListener('click', ev => {
                  const a = ev.target.closest('a[data-to]');
                  if (!a) { return; }
                  ev.preventDefault();
                  const to = document.getElementById(a.dataset.to);
                  if (to) { to.scrollIntoView({block: 'center'}); to.classList.add('edition-target'); setTimeout(() => to.classList.remove('edition-target'), 1500); }
                });"""));
    }

    public void show(EnglishEdition edition) {
        removeAll();
        Map<String, Integer> noteNumbers = new HashMap<>();
        List<EnglishEdition.Paragraph> notes = edition.notes();
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).mark() != null) {
                noteNumbers.putIfAbsent(notes.get(i).mark(), i);
            }
        }
        boolean titled = false;
        for (EnglishEdition.Paragraph p : edition.body()) {
            String tag = switch (p.kind()) {
                case "TITLE" -> "h1";
                case "HEADING" -> titled ? "h2" : "h1";
                case "LABEL" -> "h3";
                default -> "p";
            };
            titled |= tag.equals("h1");
            Element block = new Element(tag);
            block.getClassList().add("edition-" + p.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            fill(block, p, noteNumbers, true);
            getElement().appendChild(block);
        }
        if (!notes.isEmpty()) {
            H2 heading = new H2(getTranslation("Notes"));
            heading.addClassName("edition-notes-heading");
            OrderedList list = new OrderedList();
            list.setId("edition-notes");
            list.addClassName("edition-notes");
            for (int i = 0; i < notes.size(); i++) {
                EnglishEdition.Paragraph n = notes.get(i);
                ListItem item = new ListItem();
                item.setId("edition-note-" + (i + 1));
                item.addClassName("edition-note");
                Element back = new Element("a");
                link(back, "edition-ref-" + (i + 1));
                back.getClassList().add("edition-note-back");
                back.setText(n.mark() == null ? "↑" : n.mark() + ".");
                back.setAttribute("title", getTranslation("Back to the text"));
                item.getElement().appendChild(back);
                item.getElement().appendChild(Element.createText(" "));
                fill(item.getElement(), n, Map.of(), false);
                list.add(item);
            }
            add(heading, list);
        }
    }

    private static void link(Element a, String to) {
        a.setAttribute("href", "#" + to);
        a.setAttribute("router-ignore", true);
        a.setAttribute("data-to", to);
    }

    private void fill(Element block, EnglishEdition.Paragraph p, Map<String, Integer> noteNumbers, boolean linkMarkers) {
        for (EnglishEdition.Run run : p.runs()) {
            Element into = block;
            if (run.untranslated()) {
                into = new Element("mark");
                into.getClassList().add("edition-untranslated");
                into.setAttribute("lang", "ru");
                into.setAttribute("title", getTranslation("Not translated yet"));
                block.appendChild(into);
            }
            for (StyledText.Piece piece : StyledText.parse(run.text())) {
                Integer note = piece.isNoteMarker() && linkMarkers ? noteNumbers.get(piece.noteMark()) : null;
                if (note != null) {
                    Element sup = new Element("sup");
                    Element link = new Element("a");
                    link(link, "edition-note-" + (note + 1));
                    link.setAttribute("id", "edition-ref-" + (note + 1));
                    link.getClassList().add("edition-note-ref");
                    link.setText(piece.noteMark());
                    sup.appendChild(link);
                    into.appendChild(sup);
                    continue;
                }
                Element text = Element.createText(piece.text());
                for (String format : piece.formats()) {
                    Element wrap = new Element(switch (format) {
                        case "b" -> "strong";
                        case "i" -> "em";
                        default -> format;  // u, sup, sub are HTML's own names
                    });
                    wrap.appendChild(text);
                    text = wrap;
                }
                into.appendChild(text);
            }
        }
    }
}
