package app.tandem.pipeline;

import app.tandem.text.BlockKind;
import app.tandem.text.Lang;

import java.util.List;

/**
 * A block of a cleaned document with its sentences, ready to become segments; {@code mark} is a
 * footnote's number (or asterisk), the link to its marker in the text, and null elsewhere.
 */
public record CleanBlock(BlockKind kind, Lang lang, String text, List<String> sentences, String mark) {
    public CleanBlock(BlockKind kind, Lang lang, String text, List<String> sentences) {
        this(kind, lang, text, sentences, null);
    }

    public CleanBlock withMark(String newMark) {
        return new CleanBlock(kind, lang, text, sentences, newMark);
    }
}
