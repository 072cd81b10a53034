package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.LengthModel;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.List;
import java.util.Locale;

/** Target much longer or shorter than the project's own translations make usual (beyond 3 standard deviations). */
public final class LengthRatioCheck implements QaCheck {
    @Override
    public String id() {
        return "length-ratio";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        LengthModel model = context.lengths();
        if (!pair.hasTarget() || !model.usable() || pair.source().length() < 20) {
            return Findings.none();
        }
        double r = Math.log((double) pair.target().length() / pair.source().length());
        double z = (r - model.mean()) / model.sd();
        if (Math.abs(z) <= 3) {
            return Findings.none();
        }
        return List.of(Findings.target(id(), Severity.WARNING, String.format(Locale.ROOT,
                "The target is %.1f times the source length; this project's translations are usually %.1f",
                Math.exp(r), Math.exp(model.mean())), 0, pair.target().length()));
    }
}
