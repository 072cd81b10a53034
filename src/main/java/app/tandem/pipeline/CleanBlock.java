package app.tandem.pipeline;

import app.tandem.text.BlockKind;
import app.tandem.text.Lang;

import java.util.List;

/** A block of a cleaned document with its sentences, ready to become segments. */
public record CleanBlock(BlockKind kind, Lang lang, String text, List<String> sentences) {
}
