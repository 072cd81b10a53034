package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "the the": the same word twice in a row ("had had" and "that that" are English, so they pass). */
public final class RepeatedWordCheck implements QaCheck {
    private static final Pattern REPEAT = Pattern.compile("\\b(\\p{L}+)\\s+(\\1)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> ALLOWED = List.of("had", "that", "is", "bye", "very", "ha", "no", "so");

    @Override
    public String id() {
        return "repeated-word";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        List<Finding> out = new ArrayList<>();
        Matcher m = REPEAT.matcher(pair.target());
        while (m.find()) {
            if (!ALLOWED.contains(m.group(1).toLowerCase())) {
                out.add(Findings.target(id(), Severity.WARNING, "Repeated word \"" + m.group(1) + "\"", m.start(2), m.end(2)));
            }
        }
        return out;
    }
}
