package app.tandem.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as a quote counts them: a run of letters or digits; parts joined by a hyphen are one word
 * ("северо-западный", "1920-х"), so a word wrapped or spelt with a hyphen costs the same as
 * without. Punctuation, dashes and footnote brackets count nothing.
 */
public final class WordCounter {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:[-\u2010\u2011][\\p{L}\\p{M}\\p{Nd}]+)*");

    private WordCounter() {
    }

    public static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
