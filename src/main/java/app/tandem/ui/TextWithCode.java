package app.tandem.ui;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translated sentence with literal technical bits (paths, headers) set in as code: they are
 * the same in every language and marked as such for readers and for the interface-language check.
 */
final class TextWithCode {
    private static final Pattern SLOT = Pattern.compile("\\{(\\d)}");

    private TextWithCode() {
    }

    /** {@code translated} holds {0}, {1}, … where {@code codes} go. */
    static Paragraph paragraph(String translated, String... codes) {
        Paragraph p = new Paragraph();
        Matcher m = SLOT.matcher(translated);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                p.add(new Span(translated.substring(at, m.start())));
            }
            p.add(new Code(codes[Integer.parseInt(m.group(1))]));
            at = m.end();
        }
        if (at < translated.length()) {
            p.add(new Span(translated.substring(at)));
        }
        return p;
    }
}
