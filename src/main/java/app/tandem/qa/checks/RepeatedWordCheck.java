package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the the": the same word twice in a row, words with apostrophes, hyphens and digits included
 * ("don't don't", "well-known well-known", "1921 1921"). "had had" and "that that" are often
 * correct English, so they are reported as information only; a repetition the source has too
 * (a name, a number, a quoted phrase) is left alone.
 */
public final class RepeatedWordCheck implements QaCheck {
    private static final Pattern REPEAT = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])([\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*)\\s+(\\1)(?![\\p{L}\\p{N}]|['’-][\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> OFTEN_CORRECT = Set.of("had", "that");

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
            String word = m.group(1);
            if (repeatedInSource(word, pair.source())) {
                continue;
            }
            boolean oftenCorrect = OFTEN_CORRECT.contains(word.toLowerCase(Locale.ROOT));
            out.add(Findings.target(id(), oftenCorrect ? Severity.INFO : Severity.WARNING,
                    "Repeated word \"" + word + "\"" + (oftenCorrect ? " (correct in some sentences)" : ""), m.start(2), m.end(2)));
        }
        return out;
    }

    private static boolean repeatedInSource(String word, String source) {
        return source != null && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "\\s+" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(source).find();
    }
}
