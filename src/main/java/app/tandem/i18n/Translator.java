package app.tandem.i18n;

import java.util.Locale;

/** A text of the interface in one language: the English text is the key, the parameters are ICU's. */
@FunctionalInterface
public interface Translator {
    String get(String key, Object... params);

    /** English as written (the keys are the English texts), with its parameters filled in. */
    Translator ENGLISH = Translations.in(Locale.ENGLISH);
}
