package app.tandem.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.List;

/**
 * A dialog done from the keyboard: Enter in its fields presses its main button (Shift+Enter still
 * breaks a line in a text area), Esc cancels (every Vaadin dialog does), and the caret goes where
 * the work goes on once it closes, however it closes.
 */
public final class DialogKeys {
    private DialogKeys() {
    }

    /**
     * In {@code fields} (not in a combo box, where Enter picks an item) Enter presses {@code button}.
     * A text area keeps Enter to itself, so its own text element is listened to.
     */
    public static void enterPresses(Button button, Component... fields) {
        List<Component> plain = new ArrayList<>();
        for (Component field : fields) {
            if (field instanceof TextArea area) {
                area.getElement().executeJs("""
                        this.inputElement.addEventListener('keydown', e => {
                          if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !e.isComposing) {
                            e.preventDefault();
                            // the text goes to the server first (it is sent on change, which a prevented Enter never fires)
                            this.dispatchEvent(new CustomEvent('change', { bubbles: true }));
                            this.dispatchEvent(new CustomEvent('tandem-enter'));
                          }
                        });""");
                area.getElement().addEventListener("tandem-enter", e -> button.clickInClient());
            } else {
                plain.add(field);
            }
        }
        if (!plain.isEmpty()) {
            button.addClickShortcut(Key.ENTER).listenOn(plain.toArray(Component[]::new));
        }
    }

    public static void whenClosed(Dialog dialog, Runnable then) {
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                then.run();
            }
        });
    }
}
