package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.List;

public final class EmptyTargetCheck implements QaCheck {
    @Override
    public String id() {
        return "empty-target";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (pair.hasTarget() || pair.source().isBlank()) {
            return Findings.none();
        }
        return List.of(Findings.target(id(), Severity.ERROR, "The segment is not translated", 0, 0));
    }
}
