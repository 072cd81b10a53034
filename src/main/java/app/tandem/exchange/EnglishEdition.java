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
                    warnings.add("segment " + s.number() + (s.translated() ? " is not approved" : " is not translated")
                            + (mode == Untranslated.OMIT ? " (left out)" : " (source shown in brackets)"));
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
        return new EnglishEdition(out, warnings);
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
