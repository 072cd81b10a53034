package app.tandem.glossary;

/** One occurrence of a glossary term in a sentence: which term, and the character span it covers. */
public record TermMatch(int termIndex, String term, int start, int end) {
}
