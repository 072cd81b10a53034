package app.tandem.pipeline;

import app.tandem.text.HyphenDecision;

import java.util.List;

public record CleanDocument(List<CleanBlock> blocks, List<HyphenDecision> hyphens) {
    public int sentenceCount() {
        return blocks.stream().mapToInt(b -> b.sentences().size()).sum();
    }
}
