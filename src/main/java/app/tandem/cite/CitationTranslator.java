package app.tandem.cite;

import app.tandem.translit.Transliterator;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Russian citations in English, as the English edition prints them: bracketed references
 * ({@code [8, с. 10]} → {@code [8, p. 10]}), and whole references — "Там же. С. 45.", an archival
 * reference "РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15.", a book "М.: Наука, 1990. 448 с.", a journal
 * "Вопросы истории. 2015. № 2. С. 60–71." — with their abbreviations in English (p./pp., vol.,
 * iss., no., Ibid., Op. cit., See, Cited in, f./op./d./l., Moscow, Leningrad, St. Petersburg) and
 * their titles, publishers, archives and authors romanised by the reference scheme. In running
 * text only the bracketed references change; the rest of a line stays as it is.
 */
public final class CitationTranslator {
    private static final String PAGE_RANGE = "\\d+\\s*[–—-]\\s*\\d+|\\d+(?:\\s*,\\s*\\d+)+";
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]\\n]*\\d[^\\[\\]\\n]*)]");
    /** Abbreviations whose English keeps the source's capital, in the order they are tried. */
    private static final List<Rule> ABBREVIATIONS = List.of(
            new Rule("Там\\s+же", "Ibid."), new Rule("Указ\\.\\s*соч\\.", "Op. cit."), new Rule("Цит\\.\\s*по", "Cited in"),
            new Rule("См\\.", "See"), new Rule("Ср\\.", "Cf."), new Rule("и\\s+др\\.", "et al."),
            new Rule("Под\\s+ред\\.", "Ed. by"),
            // a number must follow: "Т. А. Смирнова" is a name's initials, "Т. 3" a volume
            new Rule("Т\\.(?=\\s*\\d)", "Vol."), new Rule("Вып\\.(?=\\s*\\d)", "Iss."), new Rule("Ч\\.(?=\\s*\\d)", "Pt."),
            new Rule("Кн\\.(?=\\s*\\d)", "Bk."), new Rule("Гл\\.(?=\\s*\\d)", "Ch."), new Rule("Разд\\.(?=\\s*\\d)", "Sect."),
            new Rule("Ф\\.(?=\\s*[\\dРрA-Z])", "F."), new Rule("Оп\\.(?=\\s*\\d)", "Op."), new Rule("Д\\.(?=\\s*\\d)", "D."),
            new Rule("Лл\\.(?=\\s*\\d)", "Ll."), new Rule("об(?=\\.)", "verso"),
            new Rule("Рис\\.(?=\\s*\\d)", "Fig."), new Rule("Табл\\.(?=\\s*\\d)", "Table"), new Rule("Прим\\.", "Note."));
    private static final Pattern CITY = Pattern.compile("(?<![\\p{L}.])(М|Л|СПб|Пг|Киев|Минск)\\.?(?=\\s*[,:]\\s*(?:[\\p{L}«\"]|\\d{4}))");
    /** "с. 12" is p., "с. 12–14" and "с. 5, 7" pp.: the look-ahead takes the longest of range, list, number. */
    private static final Pattern PAGES = Pattern.compile("(?<![\\p{L}])([Сс])\\.\\s*(?=(" + PAGE_RANGE + "|\\d+))");
    private static final Pattern PAGE_COUNT = Pattern.compile("(\\d+)\\s+с\\.(?=\\s*$|\\s*[;)\\]]|\\s*\\.?\\s*$)");
    private static final Pattern ARCHIVE_LEAF = Pattern.compile("(?<![\\p{L}.])(Л|л)\\.\\s*(?=\\d)");
    private static final Pattern NUMBER = Pattern.compile("№\\s*(?=\\d)");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("[\\p{IsCyrillic}][\\p{IsCyrillic}\\p{L}'’-]*");
    private static final Pattern REFERENCE_MARK = Pattern.compile(
            "^(\\d{1,3}\\.\\s+)?(Там\\s+же|Указ\\.\\s*соч|См\\.|Цит\\.\\s*по|Ср\\.)"
                    + "|(?<![\\p{L}])[Сс]\\.\\s*\\d|\\d\\s+с\\.|№\\s*\\d|(?<![\\p{L}])[ТтФ]\\.\\s*[\\dР]|Оп\\.\\s*\\d|(?<![\\p{L}])Д\\.\\s*\\d"
                    + "|(?<![\\p{L}.])(М|Л|СПб|Пг)\\.?\\s*[,:]\\s*[\\p{L}«\"\\d]|(?<!:)//|(?:^|\\.\\s)(1[89]|20)\\d\\d\\.");

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)");
    private static final List<String> MONTHS_RU = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря");
    private static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    private final Transliterator romaniser;

    /** @param romaniser the scheme titles, publishers and names in references are romanised by */
    public CitationTranslator(Transliterator romaniser) {
        this.romaniser = romaniser;
    }

    /** A line with its citations in English: whole if it is a reference, its bracketed references only otherwise. */
    public String translateLine(String line) {
        if (isReference(line)) {
            return translateReference(line);
        }
        return parenthesised(bracketed(line));
    }

    /** A reference in parentheses inside running text — "(РГАСПИ. Ф. 5. Оп. 1. Д. 2. Л. 3)" — in English; other parentheses as they are. */
    public String parenthesised(String line) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (int[] g : groups(line)) {
            String inner = line.substring(g[0] + 1, g[1] - 1);
            sb.append(line, pos, g[0]).append(isReference(inner) ? "(" + translateReference(inner) + ")" : line.substring(g[0], g[1]));
            pos = g[1];
        }
        return sb.append(line.substring(pos)).toString();
    }

    /** The outermost parenthesised groups ("(Протокол … АКП(б). 1921)" is one), as [start, end). */
    private static List<int[]> groups(String text) {
        List<int[]> out = new java.util.ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == ')' && depth > 0 && --depth == 0) {
                out.add(new int[]{start, i + 1});
            }
        }
        return out;
    }

    private static String withoutParentheses(String text) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (int[] g : groups(text)) {
            sb.append(text, pos, g[0]).append(' ');
            pos = g[1];
        }
        return sb.append(text.substring(pos)).toString();
    }

    /** Whether a line (a footnote, an entry of a reference list) is a reference rather than running text. */
    public static boolean isReference(String line) {
        // a sentence that ends with its source in parentheses or brackets is running text: the marks must stand outside them
        String text = withoutParentheses(BRACKETED.matcher(line).replaceAll(" "));
        Matcher m = REFERENCE_MARK.matcher(text);
        int marks = 0;
        while (m.find()) {
            marks++;
        }
        if (marks == 0) {
            return false;
        }
        long words = CYRILLIC_WORD.matcher(text).results().count();
        // a sentence that cites has many ordinary words; a reference has few beyond its title
        return marks >= 2 ? words <= 30 : words <= 12;
    }

    /** Only the bracketed references of running text: "[8, с. 10]" → "[8, p. 10]". */
    public String bracketed(String line) {
        Matcher m = BRACKETED.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("[" + abbreviations(m.group(1), false) + "]"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A whole reference: its abbreviations in English, everything Russian left romanised. */
    public String translateReference(String line) {
        String out = abbreviations(line, true);
        // a newspaper's date is English, not romanised: "18 апреля" is "18 April"
        out = replace(DAY_MONTH, out, m -> m.group(1) + " " + MONTHS_EN.get(MONTHS_RU.indexOf(m.group(2))));
        Matcher w = CYRILLIC_WORD.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (w.find()) {
            w.appendReplacement(sb, Matcher.quoteReplacement(romaniser.apply(w.group())));
        }
        w.appendTail(sb);
        return sb.toString();
    }

    private String abbreviations(String text, boolean whole) {
        String out = text;
        for (Rule r : ABBREVIATIONS) {
            out = r.apply(out);
        }
        out = replace(PAGES, out, m -> {
            String en = m.group(2).matches("\\d+") ? "p." : "pp.";
            return (m.group(1).equals("С") ? Character.toUpperCase(en.charAt(0)) + en.substring(1) : en) + " ";
        });
        out = replace(PAGE_COUNT, out, m -> m.group(1) + " p.");
        out = replace(NUMBER, out, m -> "No. ");
        if (whole) {
            out = replace(CITY, out, m -> switch (m.group(1)) {
                case "М" -> "Moscow";
                case "Л" -> "Leningrad";
                case "СПб" -> "St. Petersburg";
                case "Пг" -> "Petrograd";
                case "Киев" -> "Kiev";
                default -> m.group(1);
            });
        }
        out = replace(ARCHIVE_LEAF, out, m -> m.group(1).equals("Л") ? "L. " : "l. ");
        return out;
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A Russian abbreviation and its English; a lower-case source gives lower-case English. */
    private record Rule(Pattern pattern, String english) {
        Rule(String regex, String english) {
            // "Там же." is "Ibid.", not "Ibid..": an English that ends in a full stop takes the source's with it
            this(Pattern.compile("(?<![\\p{L}])(?iu:" + regex + ")" + (english.endsWith(".") && !regex.endsWith("\\.") ? "\\.?" : "")
                    + "(?![\\p{L}])"), english);
        }

        String apply(String text) {
            Matcher m = pattern.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                boolean lower = Character.isLowerCase(m.group().charAt(0));
                String en = lower ? Character.toLowerCase(english.charAt(0)) + english.substring(1) : english;
                m.appendReplacement(sb, Matcher.quoteReplacement(en));
            }
            m.appendTail(sb);
            return sb.toString();
        }
    }
}
