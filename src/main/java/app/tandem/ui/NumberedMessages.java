package app.tandem.ui;

import com.vaadin.flow.component.Component;

import java.util.regex.Pattern;

/**
 * Messages the services compose with numbers and names in them ("12 citations and reference entries
 * drafted in English", "the translator 'tina' is not a member…") in the interface's language: the
 * numbers and the quoted names become {0}, {1}, … and the rest is the key, so one translation serves
 * every count and name. A message without a translation stays as it is.
 */
public final class NumberedMessages {
    /** A number, or a name the message quotes ('tina', 'x.tmx'): both are the message's parameters. */
    private static final Pattern NUMBER = Pattern.compile("\\d+|'[^'\\n]{1,200}'");

    private NumberedMessages() {
    }

    public static String translate(Component c, String message) {
        return translate(message, c::getTranslation);
    }

    /** {@code tr} looks a key up with its parameters, as {@link Component#getTranslation(String, Object...)} does. */
    static String translate(String message, java.util.function.BiFunction<String, Object[], String> tr) {
        if (message == null) {
            return "";
        }
        // (no translation, or the English interface: the message as the service wrote it)
        return app.tandem.i18n.MessageKeys.translate(message, NUMBER, "'", tr);
    }

    /** The message of a refusal (a rule or a role), as the current screen shows it. */
    public static String ofRefusal(String message) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? message : translate(ui, message);
    }

    /** An import's summary: file, blocks, segments, English taken from the file, and each step's note. */
    public static String importSummary(Component c, app.tandem.document.ImportReport r) {
        StringBuilder sb = new StringBuilder(c.getTranslation("{0}: {1} blocks, {2} segments", r.fileName(), String.valueOf(r.blocks()),
                String.valueOf(r.segments())));
        if (r.seededTargets() > 0) {
            sb.append(", ").append(c.getTranslation("{0} targets from the English already in the file", String.valueOf(r.seededTargets())));
        }
        if (r.encodingNote() != null) {
            sb.append(" (").append(r.encodingNote()).append(')');
        }
        r.notes().forEach(n -> sb.append(", ").append(translate(c, n)));
        return sb.toString();
    }
}
