package app.tandem.bench;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a clean translation in one of the ways QA must catch. Each method returns null when
 * the pair offers nothing to damage (no number, no citation ...), so recall is measured only
 * over pairs where the error could occur.
 */
final class ErrorInjector {
    enum Type { NUMBER_ALTERED, CITATION_DROPPED, GLOSSARY_TERM_REPLACED, CYRILLIC_HOMOGLYPH, DOUBLE_SPACE,
        MISSING_SPACE_AFTER_PERIOD, FINAL_PUNCTUATION_REMOVED, TARGET_LEFT_IN_RUSSIAN, REPEATED_WORD }

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[a-zA-Z]{4,}\\b");
    private static final Pattern ANY_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_GAP = Pattern.compile("(?<=[a-z]{2}[.!?]) (?=[A-Z][a-z])");
    private final Random random;

    ErrorInjector(long seed) {
        random = new Random(seed);
    }

    record Damaged(String source, String target) {
    }

    Damaged inject(Type type, String source, String target) {
        return switch (type) {
            case NUMBER_ALTERED -> {
                Matcher m = NUMBER.matcher(target);
                if (!m.find() || !NUMBER.matcher(source).find()) {
                    yield null;
                }
                String n = m.group();
                String changed = String.valueOf(Long.parseLong(n.length() > 15 ? n.substring(0, 15) : n) + 1 + random.nextInt(8));
                yield new Damaged(source, target.substring(0, m.start()) + changed + target.substring(m.end()));
            }
            case CITATION_DROPPED -> {
                // PUD has no citations: add one to both sides, then drop it from the target
                int n = 1 + random.nextInt(30);
                int page = 1 + random.nextInt(400);
                String s = withBeforeFinal(source, " [" + n + ", с. " + page + "]");
                yield new Damaged(s, target);
            }
            case GLOSSARY_TERM_REPLACED -> null; // handled by the benchmark with a glossary entry per pair
            case CYRILLIC_HOMOGLYPH -> {
                Matcher m = LATIN_WORD.matcher(target);
                List<int[]> spots = new java.util.ArrayList<>();
                while (m.find()) {
                    for (int i = m.start(); i < m.end(); i++) {
                        if ("aeopcxyAEOPCXTHBMK".indexOf(target.charAt(i)) >= 0) {
                            spots.add(new int[]{i});
                        }
                    }
                }
                if (spots.isEmpty()) {
                    yield null;
                }
                int i = spots.get(random.nextInt(spots.size()))[0];
                char c = target.charAt(i);
                char cyr = "аеорсхуАЕОРСХТНВМК".charAt("aeopcxyAEOPCXTHBMK".indexOf(c));
                yield new Damaged(source, target.substring(0, i) + cyr + target.substring(i + 1));
            }
            case DOUBLE_SPACE -> {
                int[] spaces = target.chars().map(ch -> ch == ' ' ? 1 : 0).toArray();
                List<Integer> at = new java.util.ArrayList<>();
                for (int i = 1; i < spaces.length - 1; i++) {
                    if (spaces[i] == 1) {
                        at.add(i);
                    }
                }
                if (at.isEmpty()) {
                    yield null;
                }
                int i = at.get(random.nextInt(at.size()));
                yield new Damaged(source, target.substring(0, i) + " " + target.substring(i));
            }
            case MISSING_SPACE_AFTER_PERIOD -> {
                // join the translation with a following sentence without the space
                String s2 = source + " Это было важно.";
                String t2 = target + " This was important.";
                Matcher m = SENTENCE_GAP.matcher(t2);
                int last = -1;
                while (m.find()) {
                    last = m.start();
                }
                if (last < 0) {
                    yield null;
                }
                yield new Damaged(s2, t2.substring(0, last) + t2.substring(last + 1));
            }
            case FINAL_PUNCTUATION_REMOVED -> {
                String t = target.stripTrailing();
                int i = t.length() - 1;
                while (i >= 0 && "\"”’)»'".indexOf(t.charAt(i)) >= 0) {
                    i--;
                }
                if (i < 0 || ".!?".indexOf(t.charAt(i)) < 0) {
                    yield null;
                }
                yield new Damaged(source, t.substring(0, i) + t.substring(i + 1));
            }
            case TARGET_LEFT_IN_RUSSIAN -> new Damaged(source, source);
            case REPEATED_WORD -> {
                // any word, short or long, with apostrophes, hyphens or digits: typed twice
                Matcher m = ANY_WORD.matcher(target);
                List<int[]> words = new java.util.ArrayList<>();
                while (m.find()) {
                    words.add(new int[]{m.start(), m.end()});
                }
                if (words.isEmpty()) {
                    yield null;
                }
                int[] w = words.get(random.nextInt(words.size()));
                yield new Damaged(source, target.substring(0, w[1]) + " " + target.substring(w[0], w[1]) + target.substring(w[1]));
            }
        };
    }

    private static String withBeforeFinal(String s, String insert) {
        String t = s.stripTrailing();
        int i = t.length();
        while (i > 0 && ".!?»\"”".indexOf(t.charAt(i - 1)) >= 0) {
            i--;
        }
        return t.substring(0, i) + insert + t.substring(i);
    }
}
