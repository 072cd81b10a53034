package app.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which English sentence is the translation of which Russian sentence in one passage, as a person
 * fixes it: every English sentence links to one Russian sentence or to none; a Russian sentence's
 * target is its English sentences joined in their order. The operations are the ones the pairing
 * view offers (connect, disconnect, merge two English sentences into one target, move one to the
 * neighbouring Russian sentence); none loses an English sentence — a disconnected one stays listed.
 */
public final class Pairing {
    public static final int NONE = -1;

    private final List<String> russian;
    private final List<String> english;
    private final int[] links;

    public Pairing(List<String> russian, List<String> english, int[] links) {
        if (links.length != english.size()) {
            throw new IllegalArgumentException("one link per English sentence");
        }
        this.russian = List.copyOf(russian);
        this.english = List.copyOf(english);
        this.links = links.clone();
        for (int l : links) {
            if (l < NONE || l >= russian.size()) {
                throw new IllegalArgumentException("link to no Russian sentence: " + l);
            }
        }
    }

    /**
     * The pairing the targets hold now: each target's sentences (as {@code splitter} cuts them) link to its Russian
     * sentence; an empty target links nothing.
     */
    public static Pairing ofTargets(List<String> russian, List<String> targets, java.util.function.Function<String, List<String>> splitter) {
        List<String> english = new ArrayList<>();
        List<Integer> links = new ArrayList<>();
        for (int r = 0; r < targets.size(); r++) {
            String t = targets.get(r);
            if (t == null || t.isBlank()) {
                continue;
            }
            for (String s : splitter.apply(t)) {
                english.add(s.strip());
                links.add(r);
            }
        }
        return new Pairing(russian, english, links.stream().mapToInt(Integer::intValue).toArray());
    }

    public List<String> russian() {
        return russian;
    }

    public List<String> english() {
        return english;
    }

    public int linkOf(int englishIndex) {
        return links[englishIndex];
    }

    public Pairing connect(int englishIndex, int russianIndex) {
        int[] next = links.clone();
        next[englishIndex] = russianIndex;
        return new Pairing(russian, english, next);
    }

    public Pairing disconnect(int englishIndex) {
        return connect(englishIndex, NONE);
    }

    /** The English sentence after {@code englishIndex} joins it in the same target. */
    public Pairing mergeWithNext(int englishIndex) {
        if (englishIndex + 1 >= english.size() || links[englishIndex] == NONE) {
            return this;
        }
        return connect(englishIndex + 1, links[englishIndex]);
    }

    /** To the Russian sentence before ({@code -1}) or after ({@code +1}) the one it translates now; a free one goes to the first or last. */
    public Pairing move(int englishIndex, int direction) {
        int from = links[englishIndex];
        int to = from == NONE ? (direction < 0 ? russian.size() - 1 : 0) : from + direction;
        if (to < 0 || to >= russian.size()) {
            return this;
        }
        return connect(englishIndex, to);
    }

    /** The English sentences of a Russian sentence, in their order. */
    public List<Integer> englishOf(int russianIndex) {
        List<Integer> out = new ArrayList<>();
        for (int e = 0; e < links.length; e++) {
            if (links[e] == russianIndex) {
                out.add(e);
            }
        }
        return out;
    }

    /** The target of a Russian sentence: its English sentences joined, or null without any. */
    public String target(int russianIndex) {
        List<Integer> mine = englishOf(russianIndex);
        if (mine.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int e : mine) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(english.get(e));
        }
        return sb.toString();
    }

    /** English sentences linked to nothing. */
    public List<Integer> free() {
        List<Integer> out = new ArrayList<>();
        for (int e = 0; e < links.length; e++) {
            if (links[e] == NONE) {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pairing p && russian.equals(p.russian) && english.equals(p.english) && Arrays.equals(links, p.links);
    }

    @Override
    public int hashCode() {
        return russian.hashCode() * 31 + Arrays.hashCode(links);
    }
}
