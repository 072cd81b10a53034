package app.tandem.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A long text in a grid (a document's title) on one line, cut with an ellipsis and whole in its
 * tooltip; everything else in a grid wraps rather than being cut. Lit escapes the text.
 */
public final class OneLine {
    private OneLine() {
    }

    public static <T> LitRenderer<T> of(ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<span class=\"one-line\" title=\"${item.t}\">${item.t}</span>").withProperty("t", text);
    }
}
