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

/** Double spaces and spaces before punctuation in the target. */
public final class SpacingCheck implements QaCheck {
    private static final Pattern DOUBLE = Pattern.compile("(?<=\\S) {2,}(?=\\S)");
    private static final Pattern BEFORE_PUNCT = Pattern.compile("(?<=[\\p{L}\\d]) +(?=[,.;:!?](\\s|$))");

    @Override
    public String id() {
        return "spacing";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        List<Finding> out = new ArrayList<>();
        Matcher d = DOUBLE.matcher(pair.target());
        while (d.find()) {
            out.add(Findings.target(id(), Severity.ERROR, "Double space", d.start(), d.end()));
        }
        Matcher b = BEFORE_PUNCT.matcher(pair.target());
        while (b.find()) {
            out.add(Findings.target(id(), Severity.WARNING, "Space before punctuation", b.start(), b.end()));
        }
        return out;
    }
}
