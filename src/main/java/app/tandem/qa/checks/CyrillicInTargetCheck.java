package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words written wholly in Cyrillic left in the English target (mixed words are MixedScriptCheck's). */
public final class CyrillicInTargetCheck implements QaCheck {
    private static final Pattern CYRILLIC_WORD = Pattern.compile("(?<![\\p{L}])\\p{IsCyrillic}+(?:[-]\\p{IsCyrillic}+)*(?![\\p{L}])");

    @Override
    public String id() {
        return "cyrillic-in-target";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        List<Finding> out = new ArrayList<>();
        Matcher m = CYRILLIC_WORD.matcher(pair.target());
        while (m.find()) {
            out.add(Findings.target(id(), Severity.ERROR, "Russian word left in the English target: " + m.group(), m.start(), m.end()));
        }
        return out;
    }
}
