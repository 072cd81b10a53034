package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.ArrayList;
import java.util.List;

/** Guillemets «» and „“ are Russian typography; English uses “” or "". */
public final class RussianQuotesCheck implements QaCheck {
    @Override
    public String id() {
        return "russian-quotes";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        List<Finding> out = new ArrayList<>();
        String t = pair.target();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '«' || c == '»' || c == '„') {
                out.add(Findings.target(id(), Severity.ERROR, "Russian quotation mark \"" + c + "\" in English: use “…” or \"…\"", i, i + 1));
            }
        }
        return out;
    }
}
