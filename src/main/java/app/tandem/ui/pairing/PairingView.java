package app.tandem.ui.pairing;

import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.PairingService;
import app.tandem.ui.MainLayout;
import app.tandem.ui.workbench.DocumentView;
import app.tandem.user.ProjectAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * Fixing which English sentence of the file translates which Russian sentence, one passage at a
 * time (Review → "Pairing of the file's English…", or the "low alignment confidence" mark): the
 * Russian left, the English right, a line for each pair. Everything is done from the keyboard too;
 * applying rewrites the changed targets as drafts, each with its history.
 */
@PermitAll
@Route(value = "documents/:documentId/pairing", layout = MainLayout.class)
public class PairingView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final DocumentRepository documents;
    private final ProjectAccess access;
    private final PairingService pairings;
    private final Div bar = new Div();
    private final ComboBox<PairingService.Passage> passageSelect = new ComboBox<>();
    private final PairingBoard board = new PairingBoard();
    private final Paragraph empty = new Paragraph();
    private final Button apply = new Button();
    private long documentId;
    private List<PairingService.Passage> passages = List.of();
    private String title = "Tandem";

    public PairingView(DocumentRepository documents, ProjectAccess access, PairingService pairings) {
        this.documents = documents;
        this.access = access;
        this.pairings = pairings;
        setId("pairing-view");
        addClassName("pairing-view");
        bar.addClassName("pairing-bar");
        empty.setId("pairing-empty");
        empty.addClassName("page-hint");
        passageSelect.setId("pairing-passage");
        passageSelect.setAllowCustomValue(false);
        passageSelect.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                showPassage(e.getValue());
            }
        });
        apply.setId("pairing-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applyPairing());
        add(bar, board, empty);
        keys();
    }

    /** One keydown listener reads the keys with their modifiers exactly (Alt+↓ is no ↓) and names the action. */
    private static final String KEYS = """
            const view = $0;
            view.addEventListener('keydown', e => {
              const inField = e.composedPath().some(n => n.localName === 'vaadin-combo-box' || n.localName === 'input');
              const ctrl = e.ctrlKey || e.metaKey;
              let a = null;
              if (ctrl && !e.altKey && (e.key === 's' || e.key === 'S')) a = 'apply';
              else if (ctrl && !e.altKey && (e.key === 'z' || e.key === 'Z')) a = 'undo';
              else if (!inField && !ctrl) {
                if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  const d = e.key === 'ArrowDown' ? 'next' : 'previous';
                  a = e.altKey && !e.shiftKey ? 'move-' + d : e.shiftKey && !e.altKey ? 'russian-' + d : !e.altKey ? 'english-' + d : null;
                } else if (!e.altKey && !e.shiftKey && e.key === 'Enter') a = 'connect';
                else if (!e.altKey && !e.shiftKey && (e.key === 'Delete' || e.key === 'Backspace')) a = 'disconnect';
                else if (!e.altKey && (e.key === 'm' || e.key === 'M' || e.key === 'ь' || e.key === 'Ь')) a = 'merge';
              }
              if (a) { e.preventDefault(); e.stopPropagation(); view.$server.key(a); }
            });
            """;

    private void keys() {
        addAttachListener(e -> getElement().executeJs(KEYS, getElement()));
    }

    @com.vaadin.flow.component.ClientCallable
    void key(String action) {
        switch (action) {
            case "apply" -> applyPairing();
            case "undo" -> board.undo();
            case "english-next" -> board.selectEnglish(1);
            case "english-previous" -> board.selectEnglish(-1);
            case "russian-next" -> board.chooseRussian(1);
            case "russian-previous" -> board.chooseRussian(-1);
            case "move-next" -> board.move(1);
            case "move-previous" -> board.move(-1);
            case "connect" -> board.connect();
            case "disconnect" -> board.disconnect();
            case "merge" -> board.mergeWithNext();
            default -> {
                // a key the view does not know: nothing to do
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        documentId = event.getRouteParameters().getLong("documentId").orElse(-1L);
        DocumentSummary doc = documents.findSummary(documentId).orElse(null);
        if (doc == null || !access.canSee(doc.projectId())) {
            event.rerouteToError(NotFoundException.class, "No such document");
            return;
        }
        title = getTranslation("Pairing of the file's English") + " · " + doc.title();
        int segment = event.getLocation().getQueryParameters().getParameters().getOrDefault("segment", List.of("0")).stream()
                .findFirst().map(PairingView::number).orElse(0);
        RouterLink back = new RouterLink("← " + getTranslation("Back to the document"), DocumentView.class,
                new RouteParameters("documentId", String.valueOf(documentId)));
        back.setId("pairing-back");
        Span heading = new Span(getTranslation("Pairing of the file's English"));
        heading.addClassName("pairing-heading");
        bar.removeAll();
        bar.add(back, heading, passageSelect, buttons(), apply);
        load(segment);
    }

    private Div buttons() {
        Div tools = new Div();
        tools.addClassName("pairing-tools");
        tools.add(tool("pairing-connect", "Connect", "Enter", board::connect),
                tool("pairing-disconnect", "Disconnect", "Del", board::disconnect),
                tool("pairing-merge", "Merge with next", "M", board::mergeWithNext),
                tool("pairing-up", "To the sentence before", "Alt+↑", () -> board.move(-1)),
                tool("pairing-down", "To the sentence after", "Alt+↓", () -> board.move(1)),
                tool("pairing-undo", "Undo", "Ctrl+Z", board::undo));
        return tools;
    }

    private Button tool(String id, String label, String key, Runnable action) {
        Button b = new Button(getTranslation(label));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setTooltipText(getTranslation(label) + " (" + key + ")");
        b.addClickListener(e -> {
            action.run();
            board.focus();
        });
        return b;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void load(int segmentNumber) {
        passages = pairings.passages(documentId);
        passageSelect.setItems(passages);
        passageSelect.setItemLabelGenerator(p -> getTranslation("segments {0}–{1}", String.valueOf(p.firstNumber()), String.valueOf(p.lastNumber())));
        apply.setText(getTranslation("Apply") + " (Ctrl+S)");
        if (passages.isEmpty()) {
            empty.setText(getTranslation("No English from the file is paired with this document's sentences."));
            empty.setVisible(true);
            board.setVisible(false);
            passageSelect.setVisible(false);
            apply.setEnabled(false);
            return;
        }
        empty.setText(getTranslation("↑/↓ choose an English sentence, Shift+↑/↓ a Russian one, Enter connects them; Alt+↑/↓ moves the English to the sentence before or after, M merges it with the next, Del disconnects, Ctrl+Z undoes, Ctrl+S applies."));
        empty.setVisible(true);
        board.setVisible(true);
        passageSelect.setVisible(passages.size() > 1);
        apply.setEnabled(true);
        PairingService.Passage chosen = passages.stream().filter(p -> p.contains(segmentNumber)).findFirst().orElse(passages.get(0));
        passageSelect.setValue(chosen);
        showPassage(chosen);
    }

    private void showPassage(PairingService.Passage passage) {
        board.show(pairings.pairing(passage), passage.segments().stream().map(s -> s.position() + 1).toList());
        board.focus();
    }

    private void applyPairing() {
        PairingService.Passage passage = passageSelect.getValue();
        if (passage == null) {
            return;
        }
        if (!board.changed()) {
            notify(getTranslation("Nothing to apply: the pairing is as the targets hold it"), true);
            return;
        }
        PairingService.Applied a = pairings.apply(documentId, passage, board.pairing());
        notify(getTranslation("{0} targets rewritten as drafts", String.valueOf(a.changed()))
                + (a.conflicts() > 0 ? ", " + getTranslation("{0} changed by someone meanwhile and left alone", String.valueOf(a.conflicts())) : ""),
                a.conflicts() == 0);
        load(passage.firstNumber());
    }

    private static void notify(String message, boolean ok) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
