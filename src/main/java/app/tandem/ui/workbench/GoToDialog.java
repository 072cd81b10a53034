package app.tandem.ui.workbench;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.function.IntConsumer;

/** Ctrl+G: a segment number, Enter, and the editor is there. */
final class GoToDialog extends Dialog {
    GoToDialog(int segments, IntConsumer goToPosition) {
        setHeaderTitle(getTranslation("Go to segment"));
        IntegerField number = new IntegerField();
        number.setId("jump-to");
        number.setMin(1);
        number.setMax(Math.max(1, segments));
        number.setHelperText(getTranslation("1 to {0}; Enter goes there", String.valueOf(segments)));
        number.setWidth("220px");
        number.addKeyDownListener(Key.ENTER, e -> {
            if (number.getValue() != null) {
                close();
                goToPosition.accept(Math.max(1, Math.min(segments, number.getValue())) - 1);
            }
        });
        add(number);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                number.focus();
            }
        });
    }
}
