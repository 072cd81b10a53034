package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.ArrayList;
import java.util.List;

/** The same source translated differently elsewhere in the project, or one translation given to different sources. */
public final class ConsistencyCheck implements QaCheck {
    @Override
    public String id() {
        return "consistency";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        List<Finding> out = new ArrayList<>();
        if (context.targetsOf(pair.source()).size() > 1) {
            out.add(Findings.target(id(), Severity.WARNING, "The same source is translated differently elsewhere ("
                    + context.targetsOf(pair.source()).size() + " versions)", 0, pair.target().length()));
        }
        if (context.sourcesOf(pair.target()).size() > 1 && pair.target().strip().length() > 15) {
            out.add(Findings.target(id(), Severity.WARNING, "The same translation is used for "
                    + context.sourcesOf(pair.target()).size() + " different sources", 0, pair.target().length()));
        }
        return out;
    }
}
