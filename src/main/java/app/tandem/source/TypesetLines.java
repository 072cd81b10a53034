package app.tandem.source;

import app.tandem.text.Lang;
import app.tandem.text.LanguageToolDictionary;
import app.tandem.text.Scripts;
import app.tandem.text.WrapHyphenJoiner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins two lines of one typeset title or heading. A line that ends in a hyphen is either a word
 * broken by the typesetter ("ОТНОШЕ-" + "НИЙ") or a compound broken at its own hyphen ("СОВЕТСКО-" +
 * "ГЕРМАНСКИХ"); the dictionary decides, as for body text, and neither leaves "СОВЕТСКО- ГЕРМАНСКИХ".
 */
final class TypesetLines {
    private static final Pattern BROKEN = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)");

    private TypesetLines() {
    }

    static String join(String first, String second) {
        String a = first.stripTrailing();
        String b = second.stripLeading();
        if (a.isEmpty()) {
            return b;
        }
        Matcher left = BROKEN.matcher(a);
        Matcher right = FIRST_WORD.matcher(b);
        if (!left.find() || !right.find()) {
            return a + " " + b;
        }
        Lang lang = Scripts.dominant(left.group(1), Lang.RU);
        WrapHyphenJoiner joiner = new WrapHyphenJoiner(lang, LanguageToolDictionary.of(lang));
        String word = joiner.join(left.group(1), right.group(1)).word();
        return a.substring(0, left.start()) + word + b.substring(right.end());
    }
}
