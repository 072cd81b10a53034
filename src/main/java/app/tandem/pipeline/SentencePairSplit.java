package app.tandem.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two Russian sentences aligned to one English "sentence" (or to two cut in the wrong place) usually mean
 * the English splitter kept two sentences together at an abbreviation, or cut one at another ("… ca." +
 * "1600 B.C.E. The Canaanite city …"): the English is cut at the sentence end whose halves are as long,
 * relative to each other, as the two Russian sentences, so each segment gets its own English. No cut
 * fits well enough: the pair stays as the aligner made it.
 */
final class SentencePairSplit {
    private static final Pattern BOUNDARY = Pattern.compile("[.!?…][»\"”’)]*\\s+(?=[«\"“(]*\\p{Lu})");
    /** How far apart the two halves' length ratios may be (a factor of 1.6) for the cut to count. */
    private static final double MAX_IMBALANCE = Math.log(1.6);

    private SentencePairSplit() {
    }

    static String[] split(String english, String ru1, String ru2) {
        Matcher m = BOUNDARY.matcher(english);
        String[] best = null;
        double bestCost = MAX_IMBALANCE;
        while (m.find()) {
            String left = english.substring(0, m.end()).strip();
            String right = english.substring(m.end()).strip();
            if (left.length() < 10 || right.length() < 10) {
                continue;
            }
            double cost = Math.abs(Math.log((double) left.length() / ru1.length()) - Math.log((double) right.length() / ru2.length()));
            if (cost < bestCost) {
                bestCost = cost;
                best = new String[]{left, right};
            }
        }
        return best;
    }
}
