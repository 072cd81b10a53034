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
        java.util.Map<String, Integer> formatCodes = new java.util.LinkedHashMap<>();
        for (InlineToken t : finder.find(pair.source())) {
            if (t.type() == InlineToken.Type.CITATION) {
                String want = digits(t.text());
                if (!targetGroups.remove(want)) {
                    out.add(Findings.source(id(), Severity.ERROR, "Citation " + t.text() + " is missing from the target", t.start(), t.end()));
                }
            } else if (t.type() == InlineToken.Type.FORMAT) {
                formatCodes.merge(t.text(), 1, Integer::sum);
            } else {
                Pattern marker = Pattern.compile("(?<=[\\p{L}.,;:»\"”’)])" + t.text() + "(?!\\d)");
                if (!marker.matcher(pair.target()).find()) {
                    out.add(Findings.source(id(), Severity.ERROR, "Footnote marker " + t.text() + " is missing from the target", t.start(), t.end()));
                }
            }
        }
        // formatting: each code of the source as often in the target (where it goes is the translator's choice)
        for (java.util.Map.Entry<String, Integer> code : formatCodes.entrySet()) {
            int inTarget = count(pair.target(), code.getKey());
            if (inTarget < code.getValue()) {
                int at = pair.source().indexOf(code.getKey());
                out.add(Findings.source(id(), Severity.WARNING, "Formatting code " + code.getKey() + " is missing from the target",
                        at, at + code.getKey().length()));
            }
        }
        return out;
    }

    private static int count(String text, String code) {
        int n = 0;
        for (int i = text.indexOf(code); i >= 0; i = text.indexOf(code, i + code.length())) {
            n++;
        }
        return n;
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
