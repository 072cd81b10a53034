package app.tandem.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * The English text of a document rebuilt from its blocks: headings stay headings, the targets
 * of a paragraph are joined into one paragraph. Untranslated segments are either shown as their
 * Russian source in brackets (to be noticed) or left out; either way they are listed as warnings.
 */
public final class EnglishEdition {
    public enum Untranslated { BRACKETED_SOURCE, OMIT }

    /** A run of text in a paragraph; {@code untranslated} runs are highlighted in DOCX. */
    public record Run(String text, boolean untranslated) {
    }

    public record Paragraph(boolean heading, List<Run> runs) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Run r : runs) {
                sb.append(r.text());
            }
            return sb.toString();
        }
    }

    private final List<Paragraph> paragraphs;
    private final List<String> warnings;

    private EnglishEdition(List<Paragraph> paragraphs, List<String> warnings) {
        this.paragraphs = paragraphs;
        this.warnings = warnings;
    }

    public static EnglishEdition build(List<ExportBlock> blocks, Untranslated mode, boolean approvedOnly) {
        List<Paragraph> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (ExportBlock b : blocks) {
            List<Run> runs = new ArrayList<>();
            for (ExportSegment s : b.segments()) {
                if (s.covered()) {
                    continue;
                }
                boolean usable = s.translated() && (!approvedOnly || "APPROVED".equals(s.status()));
                String text;
                boolean untranslated = false;
                if (usable) {
                    text = s.target().strip();
                } else {
                    missing.add(s.number());
                    if (mode == Untranslated.OMIT) {
                        continue;
                    }
                    text = "[" + s.source().strip() + "]";
                    untranslated = true;
                }
                if (!runs.isEmpty()) {
                    runs.add(new Run(" ", false));
                }
                runs.add(new Run(text, untranslated));
            }
            if (!runs.isEmpty()) {
                out.add(new Paragraph("HEADING".equals(b.kind()), runs));
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(missing.size() + " segments are not " + (approvedOnly ? "approved" : "translated")
                    + (mode == Untranslated.OMIT ? " and were left out" : "; their Russian source is shown in brackets")
                    + ": " + ranges(missing));
        }
        return new EnglishEdition(out, warnings);
    }

    /** 1, 2, 3, 7 → "1-3, 7". */
    static String ranges(List<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(numbers.get(i));
            if (j > i) {
                sb.append('-').append(numbers.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Plain text: one paragraph per line, a blank line between paragraphs. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }
}
