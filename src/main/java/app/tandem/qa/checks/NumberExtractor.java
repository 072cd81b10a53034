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

    /** Stems of Russian numerals, longest first, so that "пятнадцат" is read before "пят". */
    private static final String[][] RUSSIAN_STEMS = {
            {"одиннадцат", "11"}, {"двенадцат", "12"}, {"тринадцат", "13"}, {"четырнадцат", "14"}, {"пятнадцат", "15"},
            {"шестнадцат", "16"}, {"семнадцат", "17"}, {"восемнадцат", "18"}, {"девятнадцат", "19"}, {"двадцат", "20"},
            {"тридцат", "30"}, {"сорок", "40"}, {"пятьдесят", "50"}, {"пятидесят", "50"}, {"шестьдесят", "60"},
            {"шестидесят", "60"}, {"семьдесят", "70"}, {"семидесят", "70"}, {"восемьдесят", "80"}, {"восьмидесят", "80"},
            {"девяност", "90"}, {"двести", "200"}, {"двухсот", "200"}, {"трист", "300"}, {"трехсот", "300"}, {"трёхсот", "300"},
            {"тысяч", "1000"}, {"миллион", "1000000"}, {"десят", "10"}, {"девят", "9"}, {"восьм", "8"}, {"восем", "8"},
            {"седьм", "7"}, {"семь", "7"}, {"семи", "7"}, {"шест", "6"}, {"пят", "5"}, {"четвер", "4"}, {"четыр", "4"},
            {"трет", "3"}, {"трое", "3"}, {"трех", "3"}, {"трёх", "3"}, {"три", "3"}, {"втор", "2"}, {"двое", "2"}, {"двух", "2"},
            {"два", "2"}, {"две", "2"}, {"перв", "1"}, {"один", "1"}, {"одна", "1"}, {"одно", "1"}, {"сто", "100"}, {"ста", "100"},
            {"сотн", "100"}};
    private static final Pattern RUSSIAN_WORD = Pattern.compile("(?<![\\p{L}])\\p{IsCyrillic}+");
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}\\d])(?=[IVXLCM])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})(?![\\p{L}\\d])");
    private static final Pattern SCALED = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d+(?:[.,]\\d+)?)(?:\\s*(?:[-–]|до|и|или)\\s*(\\d+(?:[.,]\\d+)?))?\\s*(тыс|млн|млрд|миллион|миллиард)");

    /**
     * Values the Russian states without digits — Roman numerals ("XVI век": 16th), numerals in
     * words ("десяти", "восемнадцатилетней") and scaled figures ("5 тысяч": 5000). A target may
     * write them as digits; they are not required there, since the translator may keep words.
     */
    java.util.Set<String> spelledOut(String russian) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher r = ROMAN.matcher(russian);
        while (r.find()) {
            if (!r.group().isEmpty()) {
                out.add(String.valueOf(romanValue(r.group())));
            }
        }
        Matcher w = RUSSIAN_WORD.matcher(russian.toLowerCase(java.util.Locale.ROOT));
        while (w.find()) {
            String word = w.group();
            for (String[] stem : RUSSIAN_STEMS) {
                if (word.startsWith(stem[0])) {
                    out.add(stem[1]);
                    break;
                }
            }
        }
        Matcher sc = SCALED.matcher(russian);
        while (sc.find()) {
            String scale = sc.group(3);
            long factor = scale.startsWith("тыс") ? 1_000L : scale.startsWith("млн") || scale.startsWith("миллион") ? 1_000_000L : 1_000_000_000L;
            for (int g = 1; g <= 2; g++) {
                if (sc.group(g) != null) {
                    out.add(new java.math.BigDecimal(sc.group(g).replace(',', '.')).multiply(java.math.BigDecimal.valueOf(factor))
                            .stripTrailingZeros().toPlainString());
                }
            }
        }
        return out;
    }

    private static int romanValue(String roman) {
        int total = 0;
        for (int i = 0; i < roman.length(); i++) {
            int v = romanDigit(roman.charAt(i));
            total += i + 1 < roman.length() && v < romanDigit(roman.charAt(i + 1)) ? -v : v;
        }
        return total;
    }

    private static int romanDigit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }

    /** "06:30", and in English also "6.30am" or "6.30-10am": a time of day, hours and minutes. */
    private static final Pattern TIME = Pattern.compile("(?<![\\d.,:])([01]?\\d|2[0-4]):([0-5]\\d)(?![\\d]|[.,:]\\d)");
    /** "at 23.45", "until 6.30": the British way of writing a time of day. */
    private static final Pattern TIME_EN_AFTER_PREPOSITION = Pattern.compile(
            "(?<=\\b(?:at|from|until|till|to|by|before|after) )([01]?\\d|2[0-4])\\.([0-5]\\d)(?![\\d]|[.,]\\d)");
    private static final Pattern TIME_EN = Pattern.compile("(?<![\\d.,:])([01]?\\d|2[0-4])[.:]([0-5]\\d)(?=\\s?(?:am|pm|a\\.m|p\\.m)|\\s?[-–])");

    List<Num> numbers(String text, boolean english) {
        List<InlineToken> protectedTokens = inline.find(text);
        List<Num> out = new ArrayList<>();
        List<int[]> times = new ArrayList<>();
        for (Pattern timePattern : english ? List.of(TIME, TIME_EN, TIME_EN_AFTER_PREPOSITION) : List.of(TIME)) {
            Matcher t = timePattern.matcher(text);
            while (t.find()) {
                int at = t.start();
                if (times.stream().anyMatch(x -> at >= x[0] && at < x[1])) {
                    continue;
                }
                times.add(new int[]{t.start(), t.end()});
                out.add(new Num(t.group(1).replaceFirst("^0(?=\\d)", ""), t.start(1), t.end(1)));
                if (!t.group(2).equals("00")) {
                    out.add(new Num(t.group(2).replaceFirst("^0(?=\\d)", ""), t.start(2), t.end(2)));
                }
            }
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int at = m.start();
            if (insideProtected(protectedTokens, at) || times.stream().anyMatch(x -> at >= x[0] && at < x[1])) {
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
            } else if (value.length() > 1 && value.startsWith("0")) {
                // "06:30" and "6.30": hours and days are read without their leading zero
                value = value.replaceFirst("^0+(?=\\d)", "");
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
