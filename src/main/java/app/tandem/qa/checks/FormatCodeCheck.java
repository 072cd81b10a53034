package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;
import app.tandem.text.FormatCodes;
import app.tandem.text.InlineToken;
import app.tandem.text.InlineTokenFinder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes a DOCX or PDF source brings (⟨i⟩…⟨/i⟩, superscript footnote markers) as the English
 * edition needs them back: a code of the source the target lacks, a code the target adds, a
 * pair the target breaks (its end before its start, or two pairs crossing) and footnote markers
 * in another order. Where a pair goes in the sentence is the translator's choice; that it stays a
 * pair is not.
 */
public final class FormatCodeCheck implements QaCheck {
    private final InlineTokenFinder finder = new InlineTokenFinder();

    @Override
    public String id() {
        return "format-codes";
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        if (!pair.hasTarget()) {
            return Findings.none();
        }
        List<InlineToken> source = codes(pair.source());
        List<InlineToken> target = codes(pair.target());
        if (source.isEmpty() && target.isEmpty()) {
            return Findings.none();
        }
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> balance = new LinkedHashMap<>();
        source.stream().filter(t -> t.type() == InlineToken.Type.FORMAT).forEach(t -> balance.merge(t.text(), 1, Integer::sum));
        target.stream().filter(t -> t.type() == InlineToken.Type.FORMAT).forEach(t -> balance.merge(t.text(), -1, Integer::sum));
        for (Map.Entry<String, Integer> code : balance.entrySet()) {
            if (code.getValue() > 0) {
                InlineToken at = source.stream().filter(t -> t.text().equals(code.getKey())).findFirst().orElseThrow();
                out.add(Findings.source(id(), Severity.WARNING, "Formatting code " + code.getKey() + " is missing from the target",
                        at.start(), at.end()));
            } else if (code.getValue() < 0) {
                InlineToken at = target.stream().filter(t -> t.text().equals(code.getKey())).findFirst().orElseThrow();
                out.add(Findings.target(id(), Severity.WARNING, "Formatting code " + code.getKey() + " is not in the source",
                        at.start(), at.end()));
            }
        }
        broken(source, target).ifPresent(at -> out.add(Findings.target(id(), Severity.WARNING,
                "Formatting code " + at.text() + " is out of order: the pair it belongs to is broken", at.start(), at.end())));
        List<String> sourceMarks = markers(source);
        List<String> targetMarks = markers(target);
        if (sourceMarks.size() == targetMarks.size() && !sourceMarks.equals(targetMarks)
                && new java.util.HashSet<>(sourceMarks).equals(new java.util.HashSet<>(targetMarks))) {
            InlineToken first = target.stream().filter(t -> t.type() == InlineToken.Type.FOOTNOTE).findFirst().orElseThrow();
            out.add(Findings.target(id(), Severity.ERROR, "Footnote markers are in another order than in the source ("
                    + String.join(" ", sourceMarks) + ")", first.start(), first.end()));
        }
        for (InlineToken t : target) {
            if (t.type() == InlineToken.Type.FOOTNOTE && !sourceMarks.contains(t.text())) {
                out.add(Findings.target(id(), Severity.ERROR, "Footnote marker " + t.text() + " is not in the source", t.start(), t.end()));
            }
        }
        return out;
    }

    /** A code of the target whose pair the target breaks, where the source keeps that pair whole. */
    private static java.util.Optional<InlineToken> broken(List<InlineToken> source, List<InlineToken> target) {
        int[] sourcePartner = FormatCodes.partners(source);
        java.util.Set<String> pairedInSource = new java.util.HashSet<>();
        for (int i = 0; i < source.size(); i++) {
            if (sourcePartner[i] >= 0) {
                pairedInSource.add(FormatCodes.tag(source.get(i).text()));
            }
        }
        int[] partner = FormatCodes.partners(target);
        for (int i = 0; i < target.size(); i++) {
            InlineToken t = target.get(i);
            if (t.type() == InlineToken.Type.FORMAT && partner[i] < 0 && pairedInSource.contains(FormatCodes.tag(t.text()))) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    private List<InlineToken> codes(String text) {
        return finder.find(text).stream().filter(t -> t.type() == InlineToken.Type.FORMAT
                || t.type() == InlineToken.Type.FOOTNOTE && t.text().matches(app.tandem.text.FootnoteMarks.MARK_CLASS)).toList();
    }

    private static List<String> markers(List<InlineToken> codes) {
        return codes.stream().filter(t -> t.type() == InlineToken.Type.FOOTNOTE).map(InlineToken::text).toList();
    }
}
