package app.tandem.pipeline;

import app.tandem.text.BlockKind;
import app.tandem.text.Lang;

import java.util.List;

/**
 * The source side of a document, with targets taken from English passages the file already carries;
 * {@code englishKeptOut} counts English blocks that translate nothing of the article (blocks without sentences).
 */
public record BilingualDocument(List<SourceBlock> blocks, int englishKeptOut) {
    public BilingualDocument(List<SourceBlock> blocks) {
        this(blocks, 0);
    }

    /** {@code mark}: a footnote block's number, the link to its marker in the text; {@code ref}: its place in the source file. */
    public record SourceBlock(BlockKind kind, Lang lang, String text, List<SourceSentence> sentences, String mark, String ref) {
        public SourceBlock(BlockKind kind, Lang lang, String text, List<SourceSentence> sentences) {
            this(kind, lang, text, sentences, null, null);
        }
    }

    /**
     * @param coveredByPrevious an English sentence aligned 2:1 sits on the previous segment and covers this one
     */
    public record SourceSentence(String source, String target, Double confidence, boolean flagged,
                                 boolean coveredByPrevious) {
        public static SourceSentence untranslated(String source) {
            return new SourceSentence(source, null, null, false, false);
        }
    }

    public String title(String fileName) {
        // a label ("Аннотация:") names a part, never the article
        List<SourceBlock> named = blocks.stream().filter(b -> b.kind() != BlockKind.LABEL && b.kind() != BlockKind.FOOTNOTE).toList();
        // only a heading that opens the article is its title; a later one is a section title
        for (int i = 0; i < Math.min(2, named.size()); i++) {
            if (named.get(i).kind() == BlockKind.HEADING || named.get(i).kind() == BlockKind.TITLE) {
                return named.get(i).text();
            }
        }
        return named.isEmpty() ? fileName : firstWords(named.get(0).text());
    }

    /** Longest title drawn from the opening words that still reads as a line in a list. */
    static final int TITLE_LENGTH = 70;

    /**
     * A document without a heading is named by its opening words, cut at a word boundary, so a
     * list of documents reads as text rather than as file names.
     */
    static String firstWords(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= TITLE_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', TITLE_LENGTH);
        String head = flat.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH);
        return head.replaceAll("[\\s,;:–—-]+$", "") + "…";
    }
}
