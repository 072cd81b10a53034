package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;
import app.tandem.qa.Side;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word mixing Latin and Cyrillic letters: a homoglyph ("Тimes" with a Cyrillic Т) that breaks
 * search and spelling. In the target an error; in the source, which the translator cannot change,
 * information (it explains a term or memory match that was not found).
 */
public final class MixedScriptCheck implements QaCheck {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @Override
    public String id() {
        return "mixed-script";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        List<Finding> out = new ArrayList<>();
        scan(pair.source(), Side.SOURCE, Severity.INFO, out);
        if (pair.hasTarget()) {
            scan(pair.target(), Side.TARGET, Severity.ERROR, out);
        }
        return out;
    }

    private void scan(String text, Side side, Severity severity, List<Finding> out) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            boolean latin = false;
            boolean cyrillic = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic = true;
                } else if (c < 0x250) {
                    latin = true;
                }
            }
            if (latin && cyrillic) {
                out.add(new Finding(id(), severity, "Word mixes Latin and Cyrillic letters: " + w, side, m.start(), m.end()));
            }
        }
    }
}
