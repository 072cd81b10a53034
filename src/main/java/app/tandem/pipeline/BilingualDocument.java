package app.tandem.pipeline;

import app.tandem.text.BlockKind;
import app.tandem.text.Lang;

import java.util.List;

/** The source side of a document, with targets taken from English passages the file already carries. */
public record BilingualDocument(List<SourceBlock> blocks) {
    public record SourceBlock(BlockKind kind, Lang lang, String text, List<SourceSentence> sentences) {
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
        // only a heading that opens the article is its title; a later one is a section title
        for (int i = 0; i < Math.min(2, blocks.size()); i++) {
            if (blocks.get(i).kind() == BlockKind.HEADING) {
                return blocks.get(i).text();
            }
        }
        return fileName;
    }
}
