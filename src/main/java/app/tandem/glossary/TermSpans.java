package app.tandem.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a sentence into plain pieces and term pieces for highlighting. The matcher reports nested
 * and overlapping terms; a reader can only see one mark per word, so the longest term wins and
 * terms it overlaps are left out (they stay listed in the terms panel).
 */
public final class TermSpans {
    /** A piece of the sentence; {@code match} is null for text between terms. */
    public record Piece(String text, TermMatch match) {
        public boolean isTerm() {
            return match != null;
        }
    }

    private TermSpans() {
    }

    public static List<Piece> split(String sentence, List<TermMatch> matches) {
        List<TermMatch> byLength = new ArrayList<>(matches);
        byLength.sort(Comparator.comparingInt((TermMatch m) -> m.end() - m.start()).reversed().thenComparingInt(TermMatch::start));
        List<TermMatch> kept = new ArrayList<>();
        for (TermMatch m : byLength) {
            if (m.start() >= 0 && m.end() <= sentence.length() && m.start() < m.end()
                    && kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(TermMatch::start));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (TermMatch m : kept) {
            if (m.start() > at) {
                pieces.add(new Piece(sentence.substring(at, m.start()), null));
            }
            pieces.add(new Piece(sentence.substring(m.start(), m.end()), m));
            at = m.end();
        }
        if (at < sentence.length()) {
            pieces.add(new Piece(sentence.substring(at), null));
        }
        return pieces;
    }
}
