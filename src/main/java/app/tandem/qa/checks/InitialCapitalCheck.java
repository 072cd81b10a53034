package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.List;

/** A target sentence starting in lower case while its source starts with a capital. */
public final class InitialCapitalCheck implements QaCheck {
    @Override
    public String id() {
        return "initial-capital";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        int s = firstLetter(pair.source());
        int t = firstLetter(pair.target());
        if (s < 0 || t < 0) {
            return Findings.none();
        }
        if (Character.isUpperCase(pair.source().charAt(s)) && Character.isLowerCase(pair.target().charAt(t))) {
            return List.of(Findings.target(id(), Severity.WARNING, "The sentence does not start with a capital letter", t, t + 1));
        }
        return Findings.none();
    }

    private static int firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return i;
            }
            if (Character.isDigit(s.charAt(i))) {
                return -1;
            }
        }
        return -1;
    }
}
