package app.tandem.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * English and Russian interface. Keys are the English texts, so English needs no bundle and a
 * missing key reads in English. Texts are ICU message patterns formatted in the interface's
 * locale: a count picks its plural form by the language's rules
 * ({@code {0,plural,one{# термин} few{# термина} many{# терминов} other{# термина}}}), and a
 * number passed as a number is written as the locale writes it (99,85 in Russian).
 */
@Component
public class TandemI18nProvider implements I18NProvider {
    private static final Locale RUSSIAN = app.tandem.i18n.Translations.RUSSIAN;

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, RUSSIAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return app.tandem.i18n.Translations.get(locale, key, params);
    }
}
