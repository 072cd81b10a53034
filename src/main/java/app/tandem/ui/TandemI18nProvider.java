package app.tandem.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * English and Russian interface. Keys are the English texts, so English needs no bundle and a
 * missing key reads in English. Texts are ICU message patterns formatted in the interface's
 * locale: a count picks its plural form by the language's rules
 * ({@code {0,plural,one{# термин} few{# термина} many{# терминов} other{# термина}}}), and a
 * number passed as a number is written as the locale writes it (99,85 in Russian).
 */
@Component
public class TandemI18nProvider implements I18NProvider {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, RUSSIAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
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
}
