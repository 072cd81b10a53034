package app.tandem.text;

import java.util.List;

public record UnwrapResult(List<Paragraph> paragraphs, List<HyphenDecision> hyphens) {
}
