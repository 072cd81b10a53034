package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;
import app.tandem.text.InlineToken;
import app.tandem.text.InlineTokenFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations and footnote markers of the source must survive in the target: "[8, с. 10]" as
 * "[8, p. 10]" (same numbers in the same order inside brackets), "западе1." as "west1.".
 */
public final class InlineElementCheck implements QaCheck {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern BRACKETS = Pattern.compile("[\\[(][^\\[\\]()]*[\\])]");
    private final InlineTokenFinder finder = new InlineTokenFinder();

    @Override
    public String id() {
        return "inline-element";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        List<String> targetGroups = new ArrayList<>();
        Matcher b = BRACKETS.matcher(pair.target());
        while (b.find()) {
            targetGroups.add(digits(b.group()));
        }
        List<Finding> out = new ArrayList<>();
        for (InlineToken t : finder.find(pair.source())) {
            if (t.type() == InlineToken.Type.CITATION) {
                String want = digits(t.text());
                if (!targetGroups.remove(want)) {
                    out.add(Findings.source(id(), Severity.ERROR, "Citation " + t.text() + " is missing from the target", t.start(), t.end()));
                }
            } else if (t.type() == InlineToken.Type.FOOTNOTE) {
                // after a word, a closing mark of any kind (a question too) or a formatting code
                Pattern marker = Pattern.compile("(?<=[\\p{L}.,;:?!…»\"”’)\\]⟩])" + Pattern.quote(t.text()) + "(?!\\d)");
                if (!marker.matcher(pair.target()).find()) {
                    out.add(Findings.source(id(), Severity.ERROR, "Footnote marker " + t.text() + " is missing from the target", t.start(), t.end()));
                }
            }
        }
        return out;
    }

    private static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        Matcher m = DIGITS.matcher(s);
        while (m.find()) {
            sb.append(m.group()).append(' ');
        }
        return sb.toString();
    }
}
