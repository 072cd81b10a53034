package app.tandem.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translation-memory look-up: the stored sentences most like a new one, scored as CAT tools do,
 * 100 × (1 − word edit distance / length of the longer sentence). Units are indexed by their words,
 * so a look-up only scores sentences that share enough words to reach the threshold (an edit
 * distance can never be smaller than the number of words the two do not share). Units are added,
 * replaced and removed by id while the matcher is in use (a translator's confirmed segment is a
 * match for the next one at once). Thread-safe: look-ups and changes are serialised.
 *
 * <p>Built for memories of a million units in a small heap: words become numbers, each unit keeps
 * only its word numbers, and the index keeps plain int arrays. Built with a {@link UnitLoader}, the
 * matcher keeps no texts at all and asks the loader for the few units a look-up returns; the
 * target's words are indexed too, for concordance searches in English.
 */
public final class FuzzyMatcher {
    /**
     * A stored pair. {@code id} identifies it for replacement and removal; {@code owner} is the
     * segment it was confirmed in (0 for none), so a segment is never offered its own translation.
     */
    public record Unit(long id, long owner, String source, String target, String origin) {
    }

    public record Match(Unit unit, int score) {
    }

    /** Reads the units with the given ids (from the database); ids it cannot find are left out. */
    public interface UnitLoader {
        Map<Long, Unit> load(Collection<Long> ids);
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\d]+|[^\\s\\p{L}\\p{M}\\d]");
    private static final int MAX_SCORED = 300;

    private final UnitLoader loader;
    private final Vocabulary sourceWords = new Vocabulary();
    private final Vocabulary targetWords = new Vocabulary();
    private final Postings sourcePostings = new Postings();
    private final Postings targetPostings = new Postings();
    private final LongIntMap slotById = new LongIntMap();
    private long[] ids = new long[1024];
    private long[] owners = new long[1024];
    private int[][] tokens = new int[1024][];
    /** The units themselves, only when there is no loader. */
    private Unit[] kept;
    private int[] stamp = new int[1024];
    private int stampValue;
    private int slots;
    private int live;

    /** A matcher that keeps its units' texts (small memories, tests). */
    public FuzzyMatcher() {
        this.loader = null;
        this.kept = new Unit[1024];
    }

    /** A matcher that keeps only word numbers and reads the texts of its results through {@code loader}. */
    public FuzzyMatcher(UnitLoader loader) {
        this.loader = loader;
    }

    public synchronized void put(Unit unit) {
        remove(unit.id());
        int slot = slots++;
        grow(slot + 1);
        ids[slot] = unit.id();
        owners[slot] = unit.owner();
        int[] t = sourceWords.ids(tokenize(unit.source()), true);
        tokens[slot] = t;
        sourcePostings.addDistinct(t, slot);
        targetPostings.addDistinct(targetWords.ids(tokenize(unit.target()), true), slot);
        if (kept != null) {
            kept[slot] = unit;
        }
        slotById.put(unit.id(), slot);
        live++;
    }

    public synchronized void remove(long id) {
        int slot = slotById.remove(id);
        if (slot >= 0) {
            // the slot stays in the postings as a tombstone; look-ups skip it
            ids[slot] = -1;
            tokens[slot] = null;
            if (kept != null) {
                kept[slot] = null;
            }
            live--;
        }
    }

    /** Removes the units confirmed in segment {@code owner} (its unit was deleted along with the confirmation). */
    public synchronized void removeOwnedBy(long owner) {
        for (int slot = 0; slot < slots; slot++) {
            if (ids[slot] >= 0 && owners[slot] == owner) {
                remove(ids[slot]);
            }
        }
    }

    public synchronized int size() {
        return live;
    }

    /**
     * Up to {@code limit} matches scoring at least {@code minScore} (1–100), best first, one per
     * distinct source and target; units confirmed in segment {@code excludeOwner} are skipped (a
     * segment is not its own match; 0 skips nothing).
     */
    public synchronized List<Match> find(String source, int minScore, int limit, long excludeOwner) {
        List<String> words = tokenize(source);
        if (words.isEmpty()) {
            return List.of();
        }
        int[] query = sourceWords.ids(words, false);
        // distinct known words of the query with how often each occurs
        int[] distinct = Arrays.stream(query).filter(w -> w >= 0).distinct().toArray();
        int[] counts = new int[distinct.length];
        int known = 0;
        for (int w : query) {
            if (w >= 0) {
                counts[indexOf(distinct, w)]++;
                known++;
            }
        }
        // Prefix filter: a unit reaching minScore shares at least `needed` words with the query, so the
        // most frequent query words ("и", ",", ".") can be left out of the candidate search as long as
        // fewer than `needed` occurrences are left out; words no unit has are never shared anyway.
        int needed = Math.max(1, (int) Math.ceil(minScore * query.length / 100.0));
        Integer[] order = new Integer[distinct.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> sourcePostings.size(distinct[i])));
        int left = known;
        nextStamp();
        List<int[]> candidates = new ArrayList<>();
        int[] remaining = new int[distinct.length];
        for (Integer i : order) {
            if (left < needed) {
                break;
            }
            left -= counts[i];
            int[] posting = sourcePostings.list(distinct[i]);
            int n = sourcePostings.size(distinct[i]);
            for (int p = 0; p < n; p++) {
                int slot = posting[p];
                if (stamp[slot] == stampValue || ids[slot] < 0) {
                    continue;
                }
                stamp[slot] = stampValue;
                int[] t = tokens[slot];
                int longer = Math.max(query.length, t.length);
                if (100 * Math.min(query.length, t.length) / longer < minScore) {
                    continue; // lengths alone rule it out
                }
                System.arraycopy(counts, 0, remaining, 0, counts.length);
                int common = 0;
                for (int w : t) {
                    int k = indexOf(distinct, w);
                    if (k >= 0 && remaining[k] > 0) {
                        remaining[k]--;
                        common++;
                    }
                }
                int bound = 100 * common / longer;
                if (bound >= minScore) {
                    candidates.add(new int[] {slot, bound});
                }
            }
        }
        candidates.sort(Comparator.comparingInt((int[] c) -> -c[1]));
        List<int[]> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size() && i < MAX_SCORED; i++) {
            int slot = candidates.get(i)[0];
            if (excludeOwner != 0 && owners[slot] == excludeOwner) {
                continue;
            }
            int score = score(query, tokens[slot]);
            if (score >= minScore) {
                scored.add(new int[] {slot, score});
            }
        }
        scored.sort(Comparator.comparingInt((int[] c) -> -c[1]));
        // texts only for the few that can be shown: identical pairs collapse, so read some more than asked
        List<int[]> top = scored.subList(0, Math.min(scored.size(), Math.max(limit * 4, limit + 8)));
        Map<Long, Unit> texts = units(top.stream().map(c -> ids[c[0]]).toList());
        List<Match> out = new ArrayList<>();
        for (int[] c : top) {
            Unit u = texts.get(ids[c[0]]);
            if (u != null) {
                // 100 only for the same text; a difference in case or punctuation alone gives 99
                out.add(new Match(u, c[1] == 100 && !source.strip().equals(u.source().strip()) ? 99 : c[1]));
            }
        }
        out.sort(Comparator.comparingInt((Match m) -> -m.score()));
        Map<String, Match> distinctPairs = new LinkedHashMap<>();
        for (Match m : out) {
            distinctPairs.putIfAbsent(m.unit().source() + '\u0000' + m.unit().target(), m);
            if (distinctPairs.size() == limit) {
                break;
            }
        }
        return List.copyOf(distinctPairs.values());
    }

    /**
     * Ids of up to {@code limit} units whose source (or target) has, for every one of
     * {@code prefixes}, a word starting with it (lower case, ё as е): the candidates of a
     * concordance search, which the caller then checks word form by word form.
     */
    public synchronized List<Long> containingPrefixes(List<String> prefixes, boolean inTarget, int limit) {
        if (prefixes.isEmpty()) {
            return List.of();
        }
        Vocabulary words = inTarget ? targetWords : sourceWords;
        Postings postings = inTarget ? targetPostings : sourcePostings;
        // the rarest prefix first: every later one only narrows its candidates
        List<int[]> wordSets = new ArrayList<>();
        for (String p : prefixes) {
            // words are indexed as this class cuts them ("северо-западный" as three), so a prefix is cut the same way
            for (String piece : tokenize(p)) {
                if (Character.isLetterOrDigit(piece.charAt(0))) {
                    wordSets.add(words.withPrefix(piece));
                }
            }
        }
        if (wordSets.isEmpty()) {
            return List.of();
        }
        wordSets.sort(Comparator.comparingLong(ws -> Arrays.stream(ws).mapToLong(postings::size).sum()));
        int[] hits = new int[Math.max(16, slots)];
        int[] seen = new int[0];
        int count = 0;
        for (int k = 0; k < wordSets.size(); k++) {
            nextStamp();
            if (k == 0) {
                for (int w : wordSets.get(0)) {
                    int[] posting = postings.list(w);
                    for (int p = 0; p < postings.size(w); p++) {
                        int slot = posting[p];
                        if (stamp[slot] != stampValue && ids[slot] >= 0) {
                            stamp[slot] = stampValue;
                            hits[count++] = slot;
                        }
                    }
                }
            } else {
                for (int w : wordSets.get(k)) {
                    int[] posting = postings.list(w);
                    for (int p = 0; p < postings.size(w); p++) {
                        stamp[posting[p]] = stampValue;
                    }
                }
                int kept = 0;
                for (int i = 0; i < count; i++) {
                    if (stamp[hits[i]] == stampValue) {
                        hits[kept++] = hits[i];
                    }
                }
                count = kept;
            }
            seen = hits;
            if (count == 0) {
                break;
            }
        }
        Arrays.sort(seen, 0, count);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < count && out.size() < limit; i++) {
            out.add(ids[seen[i]]);
        }
        return out;
    }

    private Map<Long, Unit> units(List<Long> wanted) {
        if (kept == null) {
            return wanted.isEmpty() ? Map.of() : loader.load(wanted);
        }
        Map<Long, Unit> out = new HashMap<>();
        for (long id : wanted) {
            int slot = slotById.get(id);
            if (slot >= 0 && kept[slot] != null) {
                out.put(id, kept[slot]);
            }
        }
        return out;
    }

    private void nextStamp() {
        if (stamp.length < slots) {
            stamp = Arrays.copyOf(stamp, Math.max(slots, stamp.length * 2));
        }
        stampValue++;
        if (stampValue == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            stampValue = 1;
        }
    }

    private void grow(int needed) {
        if (needed > ids.length) {
            int n = Math.max(needed, ids.length * 2);
            ids = Arrays.copyOf(ids, n);
            owners = Arrays.copyOf(owners, n);
            tokens = Arrays.copyOf(tokens, n);
            if (kept != null) {
                kept = Arrays.copyOf(kept, n);
            }
        }
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** 100 only for the same text; a difference in case or punctuation alone gives 99. */
    public static int score(List<String> a, List<String> b, String rawA, String rawB) {
        int d = distance(a, b);
        int longer = Math.max(a.size(), b.size());
        int score = (int) Math.floor(100.0 * (longer - d) / longer);
        if (score == 100 && !rawA.strip().equals(rawB.strip())) {
            return 99;
        }
        return score;
    }

    /** The score of two word-number sequences (the caller decides 100 against 99 on the raw texts). */
    private static int score(int[] a, int[] b) {
        int d = distance(a, b);
        int longer = Math.max(a.length, b.length);
        return (int) Math.floor(100.0 * (longer - d) / longer);
    }

    /** A stretch of a matched sentence; {@code differs} marks words the new sentence does not have there. */
    /** {@code missing}: a marker or code the current sentence has and the matched one lacks, shown where it would stand. */
    public record Piece(String text, boolean differs, boolean missing) {
        public Piece(String text, boolean differs) {
            this(text, differs, false);
        }

        static Piece missing(String code) {
            return new Piece(code, true, true);
        }
    }

    /**
     * The matched sentence cut into pieces that the new sentence shares (by a longest common word
     * sequence) and pieces it does not, so a translator sees at once what to change in the English.
     */
    public static List<Piece> differences(String matched, String current) {
        List<int[]> spans = new ArrayList<>();
        List<String> a = new ArrayList<>();
        Matcher m = DIFF_TOKEN.matcher(matched);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            a.add(m.group().toLowerCase(Locale.ROOT).replace('ё', 'е'));
        }
        List<String> b = new ArrayList<>();
        List<String> bText = new ArrayList<>();
        Matcher c = DIFF_TOKEN.matcher(current == null ? "" : current);
        while (c.find()) {
            bText.add(c.group());
            b.add(c.group().toLowerCase(Locale.ROOT).replace('ё', 'е'));
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] shared = new boolean[a.size()];
        // footnote markers and formatting codes the matched sentence lacks: a marker or a closing code
        // by the word it follows, an opening code by the word it comes before
        String[] missingBefore = new String[a.size() + 1];
        String[] missingAfter = new String[a.size() + 1];
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                shared[i++] = true;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                noteMissing(missingBefore, missingAfter, i, bText.get(j++));
            }
        }
        while (j < b.size()) {
            noteMissing(missingBefore, missingAfter, a.size(), bText.get(j++));
        }
        List<Piece> out = new ArrayList<>();
        int at = 0;
        StringBuilder run = new StringBuilder();
        boolean runDiffers = false;
        for (int k = 0; k < spans.size(); k++) {
            boolean differs = !shared[k];
            String gap = matched.substring(at, spans.get(k)[0]);
            String token = matched.substring(spans.get(k)[0], spans.get(k)[1]);
            if (missingBefore[k] != null) {
                run.append(gap);
                gap = "";
                if (run.length() > 0) {
                    out.add(new Piece(run.toString(), runDiffers));
                    run.setLength(0);
                }
                out.add(Piece.missing(missingBefore[k]));
            } else if (differs != runDiffers && run.length() > 0) {
                // the space before a changed word stays with the shared text
                run.append(runDiffers ? "" : gap);
                out.add(new Piece(run.toString(), runDiffers));
                run.setLength(0);
                if (!runDiffers) {
                    gap = "";
                }
            }
            runDiffers = differs;
            run.append(gap).append(token);
            at = spans.get(k)[1];
            if (missingAfter[k + 1] != null) {
                out.add(new Piece(run.toString(), runDiffers));
                run.setLength(0);
                out.add(Piece.missing(missingAfter[k + 1]));
            }
        }
        String trailing = matched.substring(at);
        if (missingBefore[spans.size()] != null) {
            if (run.length() > 0) {
                out.add(new Piece(run.toString(), runDiffers));
                run.setLength(0);
            }
            out.add(Piece.missing(missingBefore[spans.size()]));
        }
        run.append(trailing);
        if (run.length() > 0) {
            out.add(new Piece(run.toString(), runDiffers && !trailing.equals(run.toString())));
        }
        return out;
    }

    private static void noteMissing(String[] missingBefore, String[] missingAfter, int before, String token) {
        if (!IS_CODE.matcher(token).matches()) {
            return;
        }
        String[] into = before > 0 && !token.startsWith("⟨") || token.startsWith("⟨/") && before > 0 ? missingAfter : missingBefore;
        into[before] = into[before] == null ? token : into[before] + token;
    }

    /** A footnote marker run or a formatting code is one token when sentences are compared for display. */
    private static final Pattern IS_CODE = Pattern.compile(app.tandem.text.FormatCodes.CODE.pattern() + "|" + app.tandem.text.FootnoteMarks.MARK_CLASS);
    private static final Pattern DIFF_TOKEN = Pattern.compile(IS_CODE.pattern() + "|" + TOKEN.pattern());

    public static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('ё', 'е'));
        }
        return out;
    }

    /** Word-level Levenshtein distance. */
    private static int distance(List<String> a, List<String> b) {
        return app.tandem.text.EditDistance.between(a.size(), b.size(), (i, j) -> a.get(i).equals(b.get(j)));
    }

    private static int distance(int[] a, int[] b) {
        // an unknown query word (-1) never equals a stored one
        return app.tandem.text.EditDistance.between(a.length, b.length, (i, j) -> a[i] >= 0 && a[i] == b[j]);
    }

    /** Words to numbers; a sorted copy of the words answers prefix searches (rebuilt only after new words). */
    private static final class Vocabulary {
        private final HashMap<String, Integer> numbers = new HashMap<>();
        private String[] sorted = new String[0];
        private int[] sortedNumbers = new int[0];
        private boolean stale;

        int[] ids(List<String> words, boolean add) {
            int[] out = new int[words.size()];
            for (int i = 0; i < out.length; i++) {
                Integer n = numbers.get(words.get(i));
                if (n == null && add) {
                    n = numbers.size();
                    numbers.put(words.get(i), n);
                    stale = true;
                }
                out[i] = n == null ? -1 : n;
            }
            return out;
        }

        int[] withPrefix(String prefix) {
            if (stale) {
                sorted = numbers.keySet().toArray(new String[0]);
                Arrays.sort(sorted);
                sortedNumbers = new int[sorted.length];
                for (int i = 0; i < sorted.length; i++) {
                    sortedNumbers[i] = numbers.get(sorted[i]);
                }
                stale = false;
            }
            int from = Arrays.binarySearch(sorted, prefix);
            from = from < 0 ? -from - 1 : from;
            int to = from;
            while (to < sorted.length && sorted[to].startsWith(prefix)) {
                to++;
            }
            return Arrays.copyOfRange(sortedNumbers, from, to);
        }
    }

    /** For each word number, the slots of the units that have it, in growing int arrays. */
    private static final class Postings {
        private int[][] lists = new int[1024][];
        private int[] sizes = new int[1024];

        void addDistinct(int[] words, int slot) {
            for (int i = 0; i < words.length; i++) {
                int w = words[i];
                boolean earlier = false;
                for (int j = 0; j < i && !earlier; j++) {
                    earlier = words[j] == w;
                }
                if (!earlier) {
                    add(w, slot);
                }
            }
        }

        private void add(int word, int slot) {
            if (word >= lists.length) {
                int n = Math.max(word + 1, lists.length * 2);
                lists = Arrays.copyOf(lists, n);
                sizes = Arrays.copyOf(sizes, n);
            }
            int[] l = lists[word];
            if (l == null) {
                l = new int[2];
                lists[word] = l;
            } else if (sizes[word] == l.length) {
                l = Arrays.copyOf(l, l.length * 2);
                lists[word] = l;
            }
            l[sizes[word]++] = slot;
        }

        int[] list(int word) {
            return word < lists.length && lists[word] != null ? lists[word] : new int[0];
        }

        int size(int word) {
            return word >= 0 && word < sizes.length ? sizes[word] : 0;
        }
    }

    /** Unit id to slot, open addressing over two primitive arrays (a million boxed entries would not fit). */
    private static final class LongIntMap {
        private long[] keys = new long[2048];
        private int[] values = new int[2048];
        private boolean[] used = new boolean[2048];
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = hash(key) & mask; used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return -1;
        }

        void put(long key, int value) {
            if ((size + 1) * 2 > keys.length) {
                rehash(keys.length * 2);
            }
            int mask = keys.length - 1;
            int i = hash(key) & mask;
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                size++;
            }
            values[i] = value;
        }

        int remove(long key) {
            int mask = keys.length - 1;
            int i = hash(key) & mask;
            while (used[i]) {
                if (keys[i] == key) {
                    int value = values[i];
                    used[i] = false;
                    size--;
                    // re-insert the rest of the cluster so later keys stay reachable
                    for (int j = (i + 1) & mask; used[j]; j = (j + 1) & mask) {
                        used[j] = false;
                        size--;
                        put(keys[j], values[j]);
                    }
                    return value;
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        private void rehash(int capacity) {
            long[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[capacity];
            values = new int[capacity];
            used = new boolean[capacity];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
