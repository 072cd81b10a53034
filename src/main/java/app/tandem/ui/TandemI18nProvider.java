package app.tandem.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** English and Russian interface. Keys are the English texts, so English needs no bundle and a missing key reads in English. */
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
        return params.length == 0 ? text : MessageFormat.format(text, params);
    }
}
