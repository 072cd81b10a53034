package app.tandem.qa.checks;

import app.tandem.glossary.TermMatch;
import app.tandem.qa.Finding;
import app.tandem.qa.Glossary;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A glossary term of the source needs one of its English equivalents in the target, in any inflection; forbidden variants are errors. */
public final class GlossaryCheck implements QaCheck {
    @Override
    public String id() {
        return "glossary";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        Glossary g = context.glossary();
        if (!pair.hasTarget() || g.entries().isEmpty()) {
            return Findings.none();
        }
        List<Finding> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (TermMatch m : g.findInSource(pair.source())) {
            if (!seen.add(m.termIndex())) {
                continue;
            }
            Glossary.Entry e = g.entries().get(m.termIndex());
            if (!e.english().isEmpty() && !g.targetHasEquivalent(m.termIndex(), pair.target())) {
                out.add(Findings.source(id(), Severity.ERROR, "Term \"" + e.russian() + "\" should be translated as \""
                        + e.english().get(0) + "\"", m.start(), m.end()));
            }
            for (TermMatch bad : g.forbiddenInTarget(m.termIndex(), pair.target())) {
                out.add(Findings.target(id(), Severity.ERROR, "\"" + bad.term() + "\" is a forbidden translation of \""
                        + e.russian() + "\"; use \"" + e.english().get(0) + "\"", bad.start(), bad.end()));
            }
        }
        return out;
    }
}
