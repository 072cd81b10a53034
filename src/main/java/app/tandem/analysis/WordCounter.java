package app.tandem.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as a quote counts them: a run of letters or digits; parts joined by a hyphen are one word
 * ("северо-западный", "1920-х"), so a word wrapped or spelt with a hyphen costs the same as
 * without. Punctuation and dashes count nothing, and neither do footnote markers and formatting
 * codes (the translator places them, does not translate them); citations are words ("с." → "p.").
 */
public final class WordCounter {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:[-\u2010\u2011][\\p{L}\\p{M}\\p{Nd}]+)*");

    private static final app.tandem.text.InlineTokenFinder TOKENS = new app.tandem.text.InlineTokenFinder();

    private WordCounter() {
    }

    private static String withoutMarkers(String text) {
        StringBuilder sb = new StringBuilder(text);
        java.util.List<app.tandem.text.InlineToken> tokens = TOKENS.find(text);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            app.tandem.text.InlineToken t = tokens.get(i);
            if (t.type() != app.tandem.text.InlineToken.Type.CITATION) {
                sb.delete(t.start(), t.end());
            }
        }
        return sb.toString();
    }

    public static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Matcher m = WORD.matcher(withoutMarkers(text));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
