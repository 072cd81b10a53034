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

/** "foreign policy.Soviet Russia": a sentence end glued to the next sentence (addresses and initials excepted). */
public final class MissingSpaceAfterSentenceCheck implements QaCheck {
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2})[.!?](?=\\p{Lu}\\p{Ll})");

    @Override
    public String id() {
        return "missing-space";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        List<Finding> out = new ArrayList<>();
        String t = pair.target();
        Matcher m = GLUED.matcher(t);
        while (m.find()) {
            int ws = t.lastIndexOf(' ', m.start()) + 1;
            int we = t.indexOf(' ', m.end());
            String token = t.substring(ws, we < 0 ? t.length() : we);
            if (token.contains("@") || token.contains("://") || token.startsWith("www.")) {
                continue;
            }
            out.add(Findings.target(id(), Severity.ERROR, "Missing space after the end of a sentence", m.start(), m.end() + 1));
        }
        return out;
    }
}
