package app.tandem.pipeline;

import app.tandem.text.BlockKind;
import app.tandem.text.Lang;

import java.util.List;

/**
 * A block of a cleaned document with its sentences, ready to become segments; {@code mark} is a
 * footnote's number (or asterisk), the link to its marker in the text, and null elsewhere; {@code ref}
 * the block's place in its source file.
 */
public record CleanBlock(BlockKind kind, Lang lang, String text, List<String> sentences, String mark, String ref) {
    public CleanBlock(BlockKind kind, Lang lang, String text, List<String> sentences) {
        this(kind, lang, text, sentences, null, null);
    }

    /** The block with its footnote mark and its place in the source file (see {@link app.tandem.source.SourcePart#ref()}). */
    public CleanBlock from(String newMark, String newRef) {
        return new CleanBlock(kind, lang, text, sentences, newMark, newRef);
    }
}
