package app.tandem.i18n;

import com.ibm.icu.text.MessageFormat;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * English and Russian texts for the interface and the files written for people (a review DOCX, a
 * findings CSV). Keys are the English texts, so English needs no bundle and a missing key reads in
 * English. Texts are ICU message patterns formatted in the locale: a count picks its plural form by
 * the language's rules and a number passed as a number is written as the locale writes it.
 */
public final class Translations {
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Translations() {
    }

    public static String get(Locale locale, String key, Object... params) {
        String text = key;
        if (locale != null && "ru".equals(locale.getLanguage())) {
            try {
                text = ResourceBundle.getBundle("vaadin-i18n/translations", RUSSIAN).getString(key);
            } catch (MissingResourceException missing) {
                text = key;
            }
        }
        return params.length == 0 ? text : new MessageFormat(text, locale == null ? Locale.ENGLISH : locale).format(params);
    }

    public static Translator in(Locale locale) {
        return (key, params) -> get(locale, key, params);
    }
}
