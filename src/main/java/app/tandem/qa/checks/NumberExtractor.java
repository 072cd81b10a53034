package app.tandem.qa.checks;

import app.tandem.text.InlineToken;
import app.tandem.text.InlineTokenFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of a sentence in a form both languages share: thousands separators removed, decimal
 * comma as a point, ranges split ("1917–1922" gives 1917 and 1922), ordinal endings dropped
 * ("6-й", "6th"), decades kept in both spellings ("20-е" and "1920s"), English number words
 * one to twenty read as digits. Citations and footnote markers are left to InlineElementCheck.
 */
final class NumberExtractor {
    record Num(String value, int start, int end) {
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d{1,3}(?:(?:[ \\u00a0,])\\d{3})+(?![\\d,.]\\d)|(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?");
    private static final Pattern DECADE_EN = Pattern.compile("^(\\d{2})(\\d0)s$");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("first", "1"), Map.entry("second", "2"), Map.entry("third", "3"), Map.entry("fourth", "4"),
            Map.entry("fifth", "5"), Map.entry("sixth", "6"), Map.entry("seventh", "7"), Map.entry("eighth", "8"),
            Map.entry("ninth", "9"), Map.entry("tenth", "10"), Map.entry("twenty", "20"), Map.entry("thirty", "30"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1000"), Map.entry("fifteen", "15"), Map.entry("fifty", "50"));
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]+\\b");

    private final InlineTokenFinder inline = new InlineTokenFinder();

    List<Num> numbers(String text, boolean english) {
        List<InlineToken> protectedTokens = inline.find(text);
        List<Num> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (insideProtected(protectedTokens, m.start())) {
                continue;
            }
            String raw = m.group();
            String value;
            if (raw.matches("\\d{1,3}([ \\u00a0,]\\d{3})+")) {
                value = raw.replaceAll("[ \\u00a0,]", "");
            } else {
                value = raw.replace(',', '.');
            }
            if (value.contains(".")) {
                value = value.replaceAll("\\.0+$", "");
            }
            out.add(new Num(value, m.start(), m.end()));
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
            if (english && after.startsWith("s") && value.matches("\\d{3}0")) {
                out.add(new Num(value.substring(2), m.start(), m.end() + 1));
            }
        }
        if (english) {
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                String d = WORDS.get(w.group().toLowerCase());
                if (d != null) {
                    out.add(new Num(d, w.start(), w.end()));
                }
            }
        }
        return out;
    }

    private static boolean insideProtected(List<InlineToken> tokens, int pos) {
        for (InlineToken t : tokens) {
            if (pos >= t.start() && pos < t.end()) {
                return true;
            }
        }
        return false;
    }

    static boolean isDecade(String english) {
        return DECADE_EN.matcher(english).matches();
    }
}
