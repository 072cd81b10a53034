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
            } else if (!available.containsKey(n.value()) && !scaledInTarget(n.value(), pair.source(), available)
                    && !(decade(pair.source(), n) && available.containsKey(n.value().substring(2)))) {
                out.add(Findings.source(id(), Severity.ERROR, "Number " + n.value() + " of the source is missing from the target",
                        n.start(), n.end()));
            }
        }
        Map<String, Integer> sourceValues = new HashMap<>();
        src.forEach(n -> sourceValues.merge(n.value(), 1, Integer::sum));
        extractor.spelledOut(pair.source()).forEach(v -> sourceValues.merge(v, 1, Integer::sum));
        src.stream().filter(n -> decade(pair.source(), n)).forEach(n -> sourceValues.merge(n.value().substring(2), 1, Integer::sum));
        for (NumberExtractor.Num n : tgt) {
            if (!sourceValues.containsKey(n.value()) && n.value().chars().allMatch(Character::isDigit)
                    && pair.target().substring(n.start(), n.end()).chars().anyMatch(Character::isDigit)
                    && !coveredByDecade(n, tgt, sourceValues)) {
                out.add(Findings.target(id(), Severity.WARNING, "Number " + n.value() + " is not in the source", n.start(), n.end()));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern SCALE_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}])(тыс|млн|млрд|миллион|миллиард)");

    /** "от 3 до 5 тысяч" written "3,000-5,000": each figure of a scaled range may appear multiplied. */
    private static boolean scaledInTarget(String value, String source, Map<String, Integer> target) {
        if (!value.matches("\\d+(\\.\\d+)?") || !SCALE_WORD.matcher(source).find()) {
            return false;
        }
        java.math.BigDecimal v = new java.math.BigDecimal(value);
        for (long factor : new long[]{1_000L, 1_000_000L, 1_000_000_000L}) {
            if (target.containsKey(v.multiply(java.math.BigDecimal.valueOf(factor)).stripTrailingZeros().toPlainString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "1920s" is read as 1920 and as 20: it translates "20-е гг." as well as "1920-е гг.", so
     * either reading found in the source covers both.
     */
    private static boolean coveredByDecade(NumberExtractor.Num n, List<NumberExtractor.Num> all, Map<String, Integer> source) {
        return all.stream().anyMatch(o -> o != n && o.start() == n.start() && source.containsKey(o.value()));
    }

    private static final java.util.regex.Pattern DECADE_RU = java.util.regex.Pattern.compile("^-?(?:е|х|ые|ых|ies)");

    /** "1960-х" written "the 60s". */
    private static boolean decade(String source, NumberExtractor.Num n) {
        return n.value().matches("\\d{3}0") && DECADE_RU.matcher(source.substring(n.end())).find();
    }
}
