package app.tandem.exchange;

import app.tandem.text.FootnoteMarks;
import app.tandem.text.FormatCodes;

import java.util.ArrayList;
import java.util.List;

/**
 * The English text of a document rebuilt from its blocks: each block a paragraph of its kind
 * (title, heading, abstract, footnote, …) with the targets of its segments joined, their
 * formatting codes and footnote markers kept for the writers. Untranslated segments are shown
 * as their Russian source in brackets (to be noticed), kept as they are (a target file keeps
 * what is not yet translated), or left out; in every case they are listed as warnings.
 */
public final class EnglishEdition {
    public enum Untranslated { BRACKETED_SOURCE, SOURCE, OMIT }

    /** A run of text in a paragraph, codes and markers included; {@code untranslated} runs are highlighted. */
    public record Run(String text, boolean untranslated) {
    }

    /**
     * A block's English: {@code kind} as the block's ({@code HEADING}, {@code FOOTNOTE}, …),
     * {@code mark} a footnote's number, {@code ref} its place in the source file.
     */
    public record Paragraph(String kind, List<Run> runs, String mark, String ref) {
        public Paragraph(boolean heading, List<Run> runs) {
            this(heading ? "HEADING" : "BODY", runs, null, null);
        }

        public boolean heading() {
            return "HEADING".equals(kind) || "TITLE".equals(kind);
        }

        public boolean footnote() {
            return "FOOTNOTE".equals(kind);
        }

        /** The text with its codes and markers. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Run r : runs) {
                sb.append(r.text());
            }
            return sb.toString();
        }

        /** The text as read: no formatting codes. */
        public String plainText() {
            return FormatCodes.strip(text());
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
                    text = mode == Untranslated.SOURCE ? s.source().strip() : "[" + s.source().strip() + "]";
                    untranslated = true;
                }
                if (!runs.isEmpty()) {
                    runs.add(new Run(" ", false));
                }
                runs.add(new Run(text, untranslated));
            }
            if (runs.isEmpty()) {
                continue;
            }
            Paragraph last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && b.ref() != null && b.ref().equals(last.ref())) {
                // blocks cut from one paragraph of the source (a label and its text, a passage in each language) are one again
                List<Run> joined = new ArrayList<>(last.runs());
                joined.add(new Run(" ", false));
                joined.addAll(runs);
                out.set(out.size() - 1, new Paragraph("LABEL".equals(last.kind()) ? b.kind() : last.kind(), joined, last.mark(), last.ref()));
            } else {
                out.add(new Paragraph(b.kind(), runs, b.mark(), b.ref()));
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(missing.size() + " segments are not " + (approvedOnly ? "approved" : "translated")
                    + switch (mode) {
                        case OMIT -> " and were left out";
                        case SOURCE -> " and stay in Russian";
                        case BRACKETED_SOURCE -> "; their Russian source is shown in brackets";
                    }
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

    /** The running text's paragraphs, notes left out. */
    public List<Paragraph> body() {
        return paragraphs.stream().filter(p -> !p.footnote()).toList();
    }

    /** The footnotes and endnotes, in the order of their markers. */
    public List<Paragraph> notes() {
        return paragraphs.stream().filter(Paragraph::footnote).toList();
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Plain text: one paragraph per line, a blank line between paragraphs, the notes last with their numbers. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (p.footnote() && p.mark() != null) {
                sb.append(FootnoteMarks.superscript(p.mark())).append(' ');
            }
            sb.append(p.plainText()).append('\n');
        }
        return sb.toString();
    }
}
