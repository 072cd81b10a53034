package app.tandem.ui;

import app.tandem.i18n.FindingWords;
import com.vaadin.flow.component.Component;

import java.util.Locale;

/** {@link FindingWords} in the language of the interface a component is shown in. */
public final class FindingTexts {
    private FindingTexts() {
    }

    public static String severity(Component c, String severity) {
        return FindingWords.severity(c::getTranslation, severity);
    }

    public static String check(Component c, String checkId, String message) {
        return FindingWords.check(c::getTranslation, checkId, message);
    }

    public static String message(Component c, String checkId, String message) {
        return FindingWords.message(c::getTranslation, locale(c), checkId, message);
    }

    /** Whether {@link #message} is English text in an interface that is not English (for the element's {@code lang}). */
    public static boolean isEnglish(Component c, String checkId, String message) {
        return FindingWords.isEnglish(c::getTranslation, locale(c), checkId, message);
    }

    /** The interface's locale where the component is shown (a component not yet attached: the current UI's). */
    private static Locale locale(Component c) {
        return c.getUI().map(com.vaadin.flow.component.UI::getLocale).orElseGet(() -> {
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            return ui == null ? Locale.ENGLISH : ui.getLocale();
        });
    }
}
