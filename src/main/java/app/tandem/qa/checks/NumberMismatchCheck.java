package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number of the source must appear in the target (error) and the target should not add
 * numbers (warning, since translators legitimately write "two" as "2" or expand a date).
 */
public final class NumberMismatchCheck implements QaCheck {
    private final NumberExtractor extractor = new NumberExtractor();

    @Override
    public String id() {
        return "number-mismatch";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        List<NumberExtractor.Num> src = extractor.numbers(pair.source(), false);
        List<NumberExtractor.Num> tgt = extractor.numbers(pair.target(), true);
        Map<String, Integer> available = new HashMap<>();
        tgt.forEach(n -> available.merge(n.value(), 1, Integer::sum));
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (NumberExtractor.Num n : src) {
            if (available.getOrDefault(n.value(), 0) > used.getOrDefault(n.value(), 0)) {
                used.merge(n.value(), 1, Integer::sum);
            } else if (!available.containsKey(n.value())) {
                out.add(Findings.source(id(), Severity.ERROR, "Number " + n.value() + " of the source is missing from the target",
                        n.start(), n.end()));
            }
        }
        Map<String, Integer> sourceValues = new HashMap<>();
        src.forEach(n -> sourceValues.merge(n.value(), 1, Integer::sum));
        for (NumberExtractor.Num n : tgt) {
            if (!sourceValues.containsKey(n.value()) && n.value().chars().allMatch(Character::isDigit)
                    && pair.target().substring(n.start(), n.end()).chars().anyMatch(Character::isDigit)
                    && !coveredByDecade(n, tgt)) {
                out.add(Findings.target(id(), Severity.WARNING, "Number " + n.value() + " is not in the source", n.start(), n.end()));
            }
        }
        return out;
    }

    /** "1920s" translating "20-е гг.": the four-digit form is fine when its decade alias matched. */
    private static boolean coveredByDecade(NumberExtractor.Num n, List<NumberExtractor.Num> all) {
        return all.stream().anyMatch(o -> o != n && o.start() == n.start() && o.end() > n.end());
    }
}
