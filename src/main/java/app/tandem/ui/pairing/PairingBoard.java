package app.tandem.ui.pairing;

import app.tandem.align.Pairing;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One passage's pairing drawn as two columns, the Russian sentences left and the English right,
 * with a line between each English sentence and the Russian one it translates. It holds the
 * pairing being edited, the English sentence in hand and the Russian sentence chosen, and offers
 * the operations the keys and buttons call; every text goes in as text, never as markup.
 */
class PairingBoard extends Div implements com.vaadin.flow.component.Focusable<PairingBoard> {
    /** Draws the lines between the columns from the rows' positions (no user text in it). */
    private static final String DRAW = """
            const c = $0;
            let svg = c.querySelector(':scope > svg.pairing-lines');
            if (!svg) {
              svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
              svg.setAttribute('class', 'pairing-lines');
              svg.setAttribute('aria-hidden', 'true');
              c.appendChild(svg);
            }
            const box = c.getBoundingClientRect();
            svg.setAttribute('height', c.scrollHeight);
            while (svg.firstChild) svg.removeChild(svg.firstChild);
            c.querySelectorAll('[data-link]').forEach(en => {
              const ru = c.querySelector('[data-ru="' + en.dataset.link + '"]');
              if (!ru) return;
              const a = ru.getBoundingClientRect(), b = en.getBoundingClientRect();
              const l = document.createElementNS('http://www.w3.org/2000/svg', 'line');
              l.setAttribute('x1', a.right - box.left + c.scrollLeft);
              l.setAttribute('y1', a.top + Math.min(a.height / 2, 14) - box.top + c.scrollTop);
              l.setAttribute('x2', b.left - box.left + c.scrollLeft);
              l.setAttribute('y2', b.top + Math.min(b.height / 2, 14) - box.top + c.scrollTop);
              if (en.classList.contains('selected')) l.setAttribute('class', 'selected');
              svg.appendChild(l);
            });
            const sel = c.querySelector('.pairing-en.selected');
            if (sel) sel.scrollIntoView({block: 'nearest'});
            if (!c.__pairingResize) { c.__pairingResize = true; window.addEventListener('resize', () => c.$server && c.$server.redraw && c.$server.redraw()); }
            """;

    private final Div russianColumn = new Div();
    private final Div englishColumn = new Div();
    private final Deque<Pairing> undo = new ArrayDeque<>();
    private List<Integer> russianNumbers = List.of();
    private Pairing pairing;
    private Pairing original;
    private int selectedEnglish;
    private int chosenRussian;

    PairingBoard() {
        setId("pairing-board");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "application");
        getElement().setAttribute("aria-label", getTranslation("Pairing of the file's English"));
        addClassName("pairing-board");
        russianColumn.addClassName("pairing-column");
        russianColumn.setId("pairing-russian");
        englishColumn.addClassName("pairing-column");
        englishColumn.setId("pairing-english");
        Div gap = new Div();
        gap.addClassName("pairing-gap");
        add(russianColumn, gap, englishColumn);
        addAttachListener(e -> draw());
    }

    void show(Pairing newPairing, List<Integer> numbers) {
        this.pairing = newPairing;
        this.original = newPairing;
        this.russianNumbers = numbers;
        undo.clear();
        selectedEnglish = 0;
        chosenRussian = newPairing.english().isEmpty() || newPairing.linkOf(0) == Pairing.NONE ? 0 : newPairing.linkOf(0);
        render();
    }

    Pairing pairing() {
        return pairing;
    }

    boolean changed() {
        return pairing != null && !pairing.equals(original);
    }

    void selectEnglish(int delta) {
        if (pairing == null || pairing.english().isEmpty()) {
            return;
        }
        selectedEnglish = Math.max(0, Math.min(pairing.english().size() - 1, selectedEnglish + delta));
        int link = pairing.linkOf(selectedEnglish);
        if (link != Pairing.NONE) {
            chosenRussian = link;
        }
        render();
    }

    void chooseRussian(int delta) {
        if (pairing == null) {
            return;
        }
        chosenRussian = Math.max(0, Math.min(pairing.russian().size() - 1, chosenRussian + delta));
        render();
    }

    void connect() {
        change(p -> p.connect(selectedEnglish, chosenRussian));
    }

    void disconnect() {
        change(p -> p.disconnect(selectedEnglish));
    }

    void mergeWithNext() {
        change(p -> p.mergeWithNext(selectedEnglish));
    }

    void move(int direction) {
        change(p -> p.move(selectedEnglish, direction));
        if (pairing.linkOf(selectedEnglish) != Pairing.NONE) {
            chosenRussian = pairing.linkOf(selectedEnglish);
            render();
        }
    }

    void undo() {
        if (!undo.isEmpty()) {
            pairing = undo.pop();
            render();
        }
    }

    private void change(java.util.function.UnaryOperator<Pairing> op) {
        if (pairing == null || pairing.english().isEmpty()) {
            return;
        }
        Pairing next = op.apply(pairing);
        if (!next.equals(pairing)) {
            undo.push(pairing);
            pairing = next;
        }
        render();
    }

    @com.vaadin.flow.component.ClientCallable
    void redraw() {
        draw();
    }

    private void render() {
        russianColumn.removeAll();
        englishColumn.removeAll();
        if (pairing == null) {
            return;
        }
        for (int r = 0; r < pairing.russian().size(); r++) {
            Div row = new Div();
            row.addClassName("pairing-ru");
            row.getElement().setAttribute("data-ru", String.valueOf(r));
            if (r == chosenRussian) {
                row.addClassName("chosen");
            }
            Span number = new Span(String.valueOf(russianNumbers.get(r)));
            number.addClassName("pairing-number");
            row.add(number, new Span(pairing.russian().get(r)));
            int index = r;
            row.addClickListener(e -> {
                chosenRussian = index;
                render();
            });
            russianColumn.add(row);
        }
        for (int e = 0; e < pairing.english().size(); e++) {
            Div row = new Div();
            row.addClassName("pairing-en");
            row.getElement().setAttribute("data-en", String.valueOf(e));
            int link = pairing.linkOf(e);
            if (link != Pairing.NONE) {
                row.getElement().setAttribute("data-link", String.valueOf(link));
            } else {
                row.addClassName("free");
            }
            if (e == selectedEnglish) {
                row.addClassName("selected");
            }
            Span to = new Span(link == Pairing.NONE ? "—" : "→ " + russianNumbers.get(link));
            to.addClassName("pairing-number");
            to.getElement().setAttribute("title", link == Pairing.NONE ? getTranslation("translates no Russian sentence")
                    : getTranslation("translates segment {0}", String.valueOf(russianNumbers.get(link))));
            row.add(to, new Span(pairing.english().get(e)));
            int index = e;
            row.addClickListener(ev -> {
                selectedEnglish = index;
                render();
            });
            englishColumn.add(row);
        }
        draw();
    }

    private void draw() {
        getElement().executeJs(DRAW, getElement());
    }
}
