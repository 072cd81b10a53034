package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.ArrayList;
import java.util.List;

/** Brackets and double quotes of the target open and close in pairs. */
public final class BracketBalanceCheck implements QaCheck {
    @Override
    public String id() {
        return "unbalanced";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        String t = pair.target();
        List<Finding> out = new ArrayList<>();
        pairOf(t, '(', ')', out);
        pairOf(t, '[', ']', out);
        pairOf(t, '“', '”', out);
        long straight = t.chars().filter(c -> c == '"').count();
        if (straight % 2 == 1) {
            out.add(Findings.target(id(), Severity.WARNING, "Unpaired double quote", t.lastIndexOf('"'), t.lastIndexOf('"') + 1));
        }
        return out;
    }

    private void pairOf(String t, char open, char close, List<Finding> out) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close) {
                if (depth == 0) {
                    out.add(Findings.target(id(), Severity.WARNING, "\"" + close + "\" without \"" + open + "\"", i, i + 1));
                    return;
                }
                depth--;
            }
        }
        if (depth > 0) {
            int at = t.lastIndexOf(open);
            out.add(Findings.target(id(), Severity.WARNING, "\"" + open + "\" is never closed", at, at + 1));
        }
    }
}
