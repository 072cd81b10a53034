package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;

import java.util.List;

/** The sentence-final mark of the source should end the target too (quotes, brackets, citations and footnotes set aside). */
public final class FinalPunctuationCheck implements QaCheck {
    @Override
    public String id() {
        return "final-punctuation";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        char s = finalMark(pair.source());
        char t = finalMark(pair.target());
        if (s == t) {
            return Findings.none();
        }
        int end = pair.target().stripTrailing().length();
        if (s != 0 && t == 0) {
            return List.of(Findings.target(id(), Severity.ERROR, "The target lacks the final \"" + s + "\" of the source", Math.max(0, end - 1), end));
        }
        if (s == 0) {
            return List.of(Findings.target(id(), Severity.INFO, "The target ends with \"" + t + "\", the source has no final mark", Math.max(0, end - 1), end));
        }
        return List.of(Findings.target(id(), Severity.WARNING, "The source ends with \"" + s + "\" but the target with \"" + t + "\"", Math.max(0, end - 1), end));
    }

    /** '.', '?', '!', ':' or ';' ending the text; '…' and "..." count as '.'; 0 when none. */
    static char finalMark(String text) {
        // a trailing footnote marker or formatting code is a code: the mark stands before it ("1922 г.¹")
        String t = app.tandem.text.FormatCodes.strip(text).strip().replaceAll(app.tandem.text.FootnoteMarks.MARK_CLASS + "$", "").strip()
                .replaceAll("\\s*\\[[^\\[\\]]{1,80}\\]\\.?$", "")
                .replaceAll("(?<=\\p{L})\\d{1,3}$", "");
        int i = t.length() - 1;
        while (i >= 0 && "»\"”’)]'“".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return 0;
        }
        char c = t.charAt(i);
        if (c == '…') {
            return '.';
        }
        return ".?!:;".indexOf(c) >= 0 ? c : 0;
    }
}
