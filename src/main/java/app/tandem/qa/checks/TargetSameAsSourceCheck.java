package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.List;

/** A target identical to a source that has letters: copied, not translated (numbers-only segments are fine). */
public final class TargetSameAsSourceCheck implements QaCheck {
    @Override
    public String id() {
        return "target-equals-source";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget() || !pair.target().strip().equals(pair.source().strip())) {
            return Findings.none();
        }
        boolean hasCyrillic = pair.source().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
        if (!hasCyrillic) {
            return Findings.none();
        }
        return List.of(Findings.target(id(), Severity.ERROR, "The target is the untranslated source", 0, pair.target().length()));
    }
}
