package app.tandem.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translation-memory look-up: the stored sentences most like a new one, scored as CAT tools do,
 * 100 × (1 − word edit distance / length of the longer sentence). Units are indexed by their words,
 * so a look-up only scores sentences that share enough words to reach the threshold (an edit
 * distance can never be smaller than the number of words the two do not share). Units are added,
 * replaced and removed by key while the matcher is in use (a translator's confirmed segment is a
 * match for the next one at once). Thread-safe: look-ups and changes are serialised.
 */
public final class FuzzyMatcher {
    /** A stored pair; {@code key} identifies it for replacement ("seg:12", "tm:7"). */
    public record Unit(String key, String source, String target, String origin) {
    }

    public record Match(Unit unit, int score) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\d]+|[^\\s\\p{L}\\p{M}\\d]");
    private static final int MAX_SCORED = 300;

    private final List<Unit> units = new ArrayList<>();
    private final List<List<String>> tokens = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final Map<String, Integer> slotByKey = new HashMap<>();
    private int live;

    public synchronized void put(Unit unit) {
        remove(unit.key());
        int slot = units.size();
        List<String> t = tokenize(unit.source());
        units.add(unit);
        tokens.add(t);
        for (String w : new HashSet<>(t)) {
            postings.computeIfAbsent(w, k -> new ArrayList<>()).add(slot);
        }
        slotByKey.put(unit.key(), slot);
        live++;
    }

    public synchronized void remove(String key) {
        Integer slot = slotByKey.remove(key);
        if (slot != null) {
            // the slot stays in the postings as a tombstone; look-ups skip it
            units.set(slot, null);
            live--;
        }
    }

    public synchronized int size() {
        return live;
    }

    /**
     * Up to {@code limit} matches scoring at least {@code minScore} (1–100), best first, one per
     * distinct source and target; units whose key is {@code excludeKey} are skipped (a segment is not
     * its own match).
     */
    public synchronized List<Match> find(String source, int minScore, int limit, String excludeKey) {
        List<String> query = tokenize(source);
        if (query.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> queryCounts = counts(query);
        // Prefix filter: a unit reaching minScore shares at least `needed` tokens with the query, so the
        // most frequent query tokens ("и", ",", ".") can be left out of the candidate search as long
        // as fewer than `needed` occurrences are left out — every such unit still shares a kept one.
        int needed = Math.max(1, (int) Math.ceil(minScore * query.size() / 100.0));
        List<String> distinctTokens = new ArrayList<>(queryCounts.keySet());
        distinctTokens.sort(Comparator.comparingInt((String w) -> postings.getOrDefault(w, List.of()).size()));
        List<String> probe = new ArrayList<>();
        int left = query.size();
        for (String w : distinctTokens) {
            if (left < needed) {
                break;
            }
            probe.add(w);
            left -= queryCounts.get(w);
        }
        boolean[] seen = new boolean[units.size()];
        List<int[]> candidates = new ArrayList<>();
        for (String w : probe) {
            for (int slot : postings.getOrDefault(w, List.of())) {
                if (seen[slot] || units.get(slot) == null) {
                    continue;
                }
                seen[slot] = true;
                List<String> t = tokens.get(slot);
                int longer = Math.max(query.size(), t.size());
                if (100 * Math.min(query.size(), t.size()) / longer < minScore) {
                    continue; // lengths alone rule it out
                }
                int bound = 100 * commonTokens(queryCounts, t) / longer;
                if (bound >= minScore) {
                    candidates.add(new int[] {slot, bound});
                }
            }
        }
        candidates.sort(Comparator.comparingInt((int[] c) -> -c[1]));
        List<Match> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size() && i < MAX_SCORED; i++) {
            int slot = candidates.get(i)[0];
            Unit u = units.get(slot);
            if (u.key().equals(excludeKey)) {
                continue;
            }
            List<String> t = tokens.get(slot);
            int score = score(query, t, source, u.source());
            if (score >= minScore) {
                scored.add(new Match(u, score));
            }
        }
        scored.sort(Comparator.comparingInt((Match m) -> -m.score()));
        Map<String, Match> distinct = new LinkedHashMap<>();
        for (Match m : scored) {
            distinct.putIfAbsent(m.unit().source() + '\u0000' + m.unit().target(), m);
            if (distinct.size() == limit) {
                break;
            }
        }
        return List.copyOf(distinct.values());
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

    /** A stretch of a matched sentence; {@code differs} marks words the new sentence does not have there. */
    public record Piece(String text, boolean differs) {
    }

    /**
     * The matched sentence cut into pieces that the new sentence shares (by a longest common word
     * sequence) and pieces it does not, so a translator sees at once what to change in the English.
     */
    public static List<Piece> differences(String matched, String current) {
        List<int[]> spans = new ArrayList<>();
        List<String> a = new ArrayList<>();
        Matcher m = TOKEN.matcher(matched);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            a.add(m.group().toLowerCase(Locale.ROOT).replace('ё', 'е'));
        }
        List<String> b = tokenize(current);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] shared = new boolean[a.size()];
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.get(i).equals(b.get(j))) {
                shared[i++] = true;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        List<Piece> out = new ArrayList<>();
        int at = 0;
        StringBuilder run = new StringBuilder();
        boolean runDiffers = false;
        for (int k = 0; k < spans.size(); k++) {
            boolean differs = !shared[k];
            String gap = matched.substring(at, spans.get(k)[0]);
            String token = matched.substring(spans.get(k)[0], spans.get(k)[1]);
            if (differs != runDiffers && run.length() > 0) {
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
        }
        run.append(matched.substring(at));
        if (run.length() > 0) {
            out.add(new Piece(run.toString(), runDiffers));
        }
        return out;
    }

    public static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('ё', 'е'));
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> t) {
        Map<String, Integer> c = new HashMap<>();
        for (String w : t) {
            c.merge(w, 1, Integer::sum);
        }
        return c;
    }

    private static int commonTokens(Map<String, Integer> queryCounts, List<String> t) {
        Map<String, Integer> left = new HashMap<>(queryCounts);
        int common = 0;
        for (String w : t) {
            Integer n = left.get(w);
            if (n != null && n > 0) {
                left.put(w, n - 1);
                common++;
            }
        }
        return common;
    }

    /** Word-level Levenshtein distance in two rows. */
    private static int distance(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int cost = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
