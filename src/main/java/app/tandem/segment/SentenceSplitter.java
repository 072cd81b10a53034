package app.tandem.segment;

import app.tandem.text.Lang;
import app.tandem.text.LanguageToolDictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence boundaries from an OpenNLP maximum-entropy model (Tandem's own Russian model, the
 * published English one), corrected by rules for what a statistical model gets wrong in
 * scholarly prose: initials, abbreviations before numbers and names, citations, missing spaces
 * after a full stop, and boundaries the model misses after plain words.
 */
public final class SentenceSplitter {
    public static final String RUSSIAN_MODEL = "/app/tandem/segment/ru-sent.bin";
    public static final String ENGLISH_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Abbreviations that are followed by a name, a number or a lower-case continuation: never a sentence end. */
    private static final Set<String> RU_NEVER_FINAL = Set.of(
            "см", "ст", "им", "с", "тов", "проф", "акад", "ген", "т", "п", "ч", "гл", "ред", "изд", "англ",
            "рус", "франц", "нем", "лат", "др.-греч", "напр", "ср", "стр", "рис", "табл", "илл", "кн", "вып",
            "no", "s", "p", "pp", "vol", "ss", "bd", "hrsg", "ed", "eds", "тт", "пп", "окт", "нояб", "дек",
            "янв", "февр", "сент", "авг", "иск", "гос", "обл", "р", "ул", "д", "пос", "оз", "о", "хр", "сб",
            "св", "кв", "сек", "ок", "ориг", "пер", "прим", "доц", "канд", "докт", "чл", "корр");
    /** Abbreviations after which a capitalised common word starts a new sentence ("1922 г. И хотя"). */
    private static final Set<String> RU_FINAL_BEFORE_COMMON_WORD = Set.of(
            "г", "гг", "в", "вв", "руб", "млн", "млрд", "тыс", "коп", "км", "кг", "долл", "д", "т.д", "т.п",
            "др", "т.е", "etc", "мм", "ед", "мин", "чел");
    private static final Set<String> EN_NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "vs", "e.g", "i.e", "cf", "p", "pp", "vol", "no", "fig", "jr",
            "sr", "gen", "col", "lt", "capt", "rev", "gov", "sen", "rep", "mt", "ft", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ed", "eds", "approx", "dept",
            "est", "ch", "sec", "art", "op", "nos", "viz", "al", "ext", "drs", "pvt");

    private static final Pattern EXTRA_BOUNDARY = Pattern.compile(
            "(?<=[\\p{Ll}\\d»\"”)\\]])[.!?…]+[»\"”’)]*(?=\\s+[«\"„(]?\\p{Lu}|\\s+\\d{1,2}\\.\\s+\\p{Lu})");
    private static final Pattern MISSING_SPACE = Pattern.compile(
            "(?<=\\p{Ll}{2})[.!?][»\"”]?(?=\\p{Lu}\\p{Ll})|(?<=\\])[.!?](?=\\p{Lu})");
    /** "... режим.[7, с. 48] Однако ..." : the sentence ends after the citation that follows its full stop. */
    private static final Pattern CITATION_AFTER_STOP = Pattern.compile("(?<=[.!?])\\s?\\[[^\\[\\]]{1,80}\\](?=\\s+\\p{Lu})");
    /** A footnote number (one to three digits) right after a word's sentence-final punctuation. */
    private static final Pattern FOOTNOTE_AFTER_STOP = Pattern.compile("(?<=\\p{L}[.!?…][»\"”)]{0,2})(\\d{1,3})$");
    private static final Pattern FOOTNOTE_BOUNDARY = Pattern.compile("(?<=\\p{L})[.!?…][»\"”)]{0,2}\\d{1,3}(?=\\s+[«\"„(]?\\p{Lu})");
    private static final Pattern LEADING_CITATION = Pattern.compile("^\\[[^\\[\\]]{1,80}\\]\\.?");
    /**
     * Where the final run of sentence punctuation of {@code before} starts (closing quotes and
     * brackets after it allowed), or -1 when it does not end so. A hand-written scan: the regex
     * {@code (\S*?)[.!?…]+[»"”’)'\]]*$} with find() retried every start and took a quarter of the time.
     */
    private static int stopsStart(String before) {
        int end = before.length();
        while (end > 0 && "»\"”’)']".indexOf(before.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && isStop(before.charAt(start - 1))) {
            start--;
        }
        return start < end ? start : -1;
    }

    /** Whitespace as {@code \s} has it, so tokens split where they did with the regex. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private final SentenceModel russian;
    private final SentenceModel english;
    private final ThreadLocal<SentenceDetectorME> russianDetector;
    private final ThreadLocal<SentenceDetectorME> englishDetector;
    private final boolean useRules;

    public SentenceSplitter(SentenceModel russian, SentenceModel english, boolean useRules) {
        this.russian = russian;
        this.english = english;
        this.russianDetector = ThreadLocal.withInitial(() -> new TokenAwareSentenceDetector(this.russian));
        this.englishDetector = ThreadLocal.withInitial(() -> new TokenAwareSentenceDetector(this.english));
        this.useRules = useRules;
    }

    private static final class Holder {
        static final SentenceSplitter DEFAULT = new SentenceSplitter(load(RUSSIAN_MODEL), load(ENGLISH_MODEL), true);
    }

    /** The shared splitter with the bundled models and all rules. */
    public static SentenceSplitter standard() {
        return Holder.DEFAULT;
    }

    public static SentenceModel load(String resource) {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + resource + " is missing from the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Codes the sentence detector does not see: footnote markers in superscript and formatting codes. */
    private static final java.util.regex.Pattern CODES = java.util.regex.Pattern.compile(
            app.tandem.text.FootnoteMarks.MARK_CLASS + "|" + app.tandem.text.FormatCodes.CODE.pattern());

    public List<String> split(String text, Lang lang) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher codes = CODES.matcher(text);
        if (!codes.find()) {
            for (Span s : spans(text, lang)) {
                out.add(text.substring(s.getStart(), s.getEnd()));
            }
            return out;
        }
        // split as if the codes were absent ("республики.¹ Период", "конференция.⟨/i⟩ Далее"); a marker
        // or a closing code then ends the sentence it follows, an opening code starts the next one
        StringBuilder stripped = new StringBuilder(text.length());
        boolean[] closesLeft = new boolean[text.length()];
        int[] at = new int[text.length() + 1];
        int pos = 0;
        codes.reset();
        while (true) {
            boolean found = codes.find();
            int codeStart = found ? codes.start() : text.length();
            for (; pos < codeStart; pos++) {
                at[stripped.length()] = pos;
                stripped.append(text.charAt(pos));
            }
            if (!found) {
                break;
            }
            boolean left = !codes.group().startsWith("⟨") || codes.group().startsWith("⟨/");
            for (int i = codes.start(); i < codes.end(); i++) {
                closesLeft[i] = left;
            }
            pos = codes.end();
        }
        at[stripped.length()] = text.length();
        int previousEnd = 0;
        for (Span s : spans(stripped.toString(), lang)) {
            int start = previousEnd;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = Math.max(start, at[s.getEnd() - 1] + 1);
            while (end < text.length() && closesLeft[end]) {
                end++;
            }
            if (end > start) {
                out.add(text.substring(start, end));
            }
            previousEnd = end;
        }
        String rest = text.substring(Math.min(previousEnd, text.length())).strip();
        if (!rest.isEmpty()) {
            // codes after the last sentence (an opening code with nothing after it) stay with it
            if (out.isEmpty()) {
                out.add(rest);
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + rest);
            }
        }
        return out;
    }

    public List<Span> spans(String text, Lang lang) {
        SentenceDetectorME detector = (lang == Lang.RU ? russianDetector : englishDetector).get();
        TreeSet<Integer> candidates = new TreeSet<>();
        Set<Integer> fromModel = new java.util.HashSet<>();
        // OpenNLP rescans the text from the sentence start for abbreviations at every candidate, which is
        // quadratic on long inputs; feeding it chunks that end after a full stop keeps the whole linear.
        int chunkStart = 0;
        while (chunkStart < text.length()) {
            int chunkEnd = chunkEnd(text, chunkStart);
            String chunk = text.substring(chunkStart, chunkEnd);
            for (Span s : detector.sentPosDetect(chunk)) {
                int c = extendOverClosers(text, chunkStart + s.getEnd());
                candidates.add(c);
                fromModel.add(c);
            }
            chunkStart = chunkEnd;
        }
        if (useRules) {
            addRuleCandidates(text, candidates);
            TreeSet<Integer> shifted = new TreeSet<>();
            for (int c : candidates) {
                shifted.add(overTrailingEmoji(text, c));
            }
            candidates = shifted;
            BitSet protectedChars = protectedRanges(text);
            candidates.removeIf(b -> !accept(text, b, lang, protectedChars, fromModel.contains(b)));
        }
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int b : candidates) {
            addTrimmed(spans, text, start, b);
            start = b;
        }
        addTrimmed(spans, text, start, text.length());
        return useRules ? attachLeadingCitations(text, spans) : spans;
    }

    /** A run of emoji followed by a capitalised word or a mention: the social-media sentence end. */
    private static final Pattern EMOJI_END = Pattern.compile(
            "(?<=\\p{L}|\\s|[!?.)])[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}\\x{1F3FB}-\\x{1F3FF}]+(?=\\s+[\\p{Lu}@])");
    private static final Pattern TRAILING_EMOJI = Pattern.compile(
            "\\s?[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}]+(?=\\s|$)");

    /** "Безумно красиво! 😍😍😍 Зато" : emoji after the full stop still belong to the sentence. */
    private static int overTrailingEmoji(String text, int b) {
        Matcher m = TRAILING_EMOJI.matcher(text);
        m.region(b, Math.min(text.length(), b + 40));
        return m.lookingAt() ? m.end() : b;
    }

    private static final int CHUNK = 4000;

    private static int chunkEnd(String text, int start) {
        if (text.length() - start <= CHUNK * 3 / 2) {
            return text.length();
        }
        int limit = Math.min(text.length(), start + CHUNK * 3 / 2);
        int anySpace = -1;
        for (int i = start + CHUNK; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                char before = text.charAt(i - 1);
                if (before == '.' || before == '!' || before == '?' || before == '…') {
                    return i;
                }
                if (anySpace < 0) {
                    anySpace = i;
                }
            }
        }
        return anySpace > 0 ? anySpace : limit;
    }

    /**
     * The rule patterns can only match at sentence punctuation or at a symbol, so instead of four
     * scans of the whole text each pattern is tried just there (the bounds stay transparent, so
     * look-behind and look-ahead still see the neighbouring text).
     */
    private static void addRuleCandidates(String text, TreeSet<Integer> candidates) {
        Matcher extra = EXTRA_BOUNDARY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher missing = MISSING_SPACE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher citation = CITATION_AFTER_STOP.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher emoji = EMOJI_END.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher footnote = FOOTNOTE_BOUNDARY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        boolean previousSymbol = false;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '…') {
                if (i == 0 || !isStop(text.charAt(i - 1))) {
                    tryAt(extra, i, Math.min(n, i + 16), candidates);
                }
                tryAt(missing, i, Math.min(n, i + 4), candidates);
                tryAt(footnote, i, Math.min(n, i + 8), candidates);
                if (i + 1 < n) {
                    tryAt(citation, i + 1, Math.min(n, i + 90), candidates);
                }
                previousSymbol = false;
            } else if ((ch == ')' && archivalReferenceOpening(text, i) >= 0 || ch == ']' && bracketCitationOpening(text, i) >= 0)
                    && i + 2 < n && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                candidates.add(i + 1);
                previousSymbol = false;
            } else {
                int type = Character.getType(ch);
                boolean symbol = type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || Character.isSurrogate(ch)
                        || ch == '\uFE0F' || ch == '\u200D';
                if (symbol && !previousSymbol) {
                    tryAt(emoji, i, Math.min(n, i + 64), candidates);
                }
                previousSymbol = symbol;
            }
        }
    }

    /**
     * "1." or "12." after a sentence's end — a plain word's full stop (not an abbreviation's: "С. 45.",
     * "1890 г. 12."), a question or exclamation mark, or a colon — or at the text's start.
     */
    private static final Pattern ENUMERATOR_AFTER_SENTENCE_END = Pattern.compile(
            "(?:(?:\\p{Ll}{3}[.…]|[!?:])[»\"”)]*\\s+|^\\s*)\\d{1,2}\\.$");

    private static boolean enumeratorAfterSentenceEnd(String before, String token) {
        return !token.isEmpty() && token.length() <= 2 && token.chars().allMatch(Character::isDigit)
                && ENUMERATOR_AFTER_SENTENCE_END.matcher(before).find();
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static void tryAt(Matcher m, int from, int to, TreeSet<Integer> candidates) {
        m.region(from, to);
        if (m.lookingAt()) {
            candidates.add(m.end());
        }
    }

    private static int extendOverClosers(String text, int end) {
        while (end < text.length() && "»\"”’)'".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    private static void addTrimmed(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }

    private boolean accept(String text, int b, Lang lang, BitSet protectedChars, boolean modelSaysSo) {
        if (b <= 0 || b >= text.length()) {
            return false;
        }
        if (protectedChars.get(b - 1)) {
            return false;
        }
        int next = b;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        boolean spaced = next > b;
        if (!spaced) {
            Matcher m = MISSING_SPACE.matcher(text);
            m.region(Math.max(0, b - 4), Math.min(text.length(), b + 2));
            boolean missingSpace = false;
            while (m.find()) {
                if (m.end() == b) {
                    missingSpace = true;
                }
            }
            if (!missingSpace) {
                return false;
            }
        }
        char nc = text.charAt(next);
        int wordStart = next;
        while (wordStart < text.length() && "«\"„“(‘'".indexOf(text.charAt(wordStart)) >= 0) {
            wordStart++;
        }
        boolean lowerNext = wordStart < text.length() && Character.isLowerCase(text.charAt(wordStart));
        if (sentenceAfterReference(text, b, wordStart)) {
            return true;
        }
        if (lowerNext && !(modelSaysSo && plainWordBefore(text, b, lang))) {
            return false;
        }
        if (nc == ',' || nc == ';' || nc == ':' || nc == ')' || nc == ']' || nc == '/') {
            return false;
        }
        if (nc == '(' && (b >= 2 && "»\"”".indexOf(text.charAt(b - 2)) >= 0 || referenceAt(text, next))) {
            // "…конференции». (Гаагской конференции, — И.Л.)" and "(См.: G.Mamoulia ... 2009, Р. 38)":
            // an editorial remark or a source reference closes the sentence before it
            return false;
        }
        if ((text.startsWith("--", next) || nc == '—' || nc == '–') && lowerAfterDash(text, next)) {
            // direct speech: "Ой не в духе! -- зашептал Юрка"
            return false;
        }
        if (inAddress(text, b, next)) {
            return false;
        }
        if (text.startsWith("«…", next) || text.startsWith("\"…", next) || text.startsWith("«...", next)) {
            return false;
        }
        String before = text.substring(Math.max(0, b - 40), b);
        if (before.endsWith("]") && text.charAt(b - 1) == ']') {
            Matcher cm = CITATION_AFTER_STOP.matcher(text);
            cm.region(Math.max(0, b - 90), Math.min(text.length(), b + 3));
            while (cm.find()) {
                if (cm.end() == b) {
                    return true;
                }
            }
        }
        int stops = stopsStart(before);
        int stop = b;
        if (stops < 0) {
            // "… отношений.22 В начале …": a footnote number glued after the full stop
            Matcher fn = FOOTNOTE_AFTER_STOP.matcher(before);
            if (fn.find() && Character.isUpperCase(text.charAt(wordStart))) {
                stop = b - fn.group(1).length();
                before = before.substring(0, before.length() - fn.group(1).length());
                stops = stopsStart(before);
            }
        }
        if (stops < 0) {
            return false;
        }
        int tokenStart = stops;
        while (tokenStart > 0 && !isRegexSpace(before.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        String token = before.substring(tokenStart, stops);
        if (enumeratorAfterSentenceEnd(before, token)) {
            // "… о трёх вещах. 1. Торговля …": the number opens an item of a list, or a heading
            return false;
        }
        if (!token.isEmpty() && onlyOpeners(token)) {
            // "«… Мы, — писал он": an ellipsis opening a quotation ends nothing
            return false;
        }
        char punct = before.charAt(stops);
        if (punct != '.') {
            return true;
        }
        String nextWord = word(text, wordStart);
        if (isInitial(token) && !nextWord.isEmpty() && Character.isUpperCase(nextWord.charAt(0))) {
            return false;
        }
        String abbrev = lastAbbreviation(token).toLowerCase(Locale.ROOT);
        if ((abbrev.equals("п") || abbrev.equals("д")) && before.length() >= token.length() + 4
                && before.substring(0, before.length() - token.length() - 1).matches("(?s).*\\bт\\.\\s$")) {
            abbrev = "т." + abbrev;
        }
        if (lang == Lang.RU || app.tandem.text.Scripts.isCyrillic(token.isEmpty() ? 'a' : token.charAt(token.length() - 1))) {
            if (RU_NEVER_FINAL.contains(abbrev) && token.length() <= abbrev.length() + 1) {
                return false;
            }
            if ((abbrev.equals("т.д") || abbrev.equals("т.п")) && token.length() <= abbrev.length() + 1) {
                // "и т. д." and "и т. п." close an enumeration; before a capital they close the sentence
                return true;
            }
            if (RU_FINAL_BEFORE_COMMON_WORD.contains(abbrev) && token.length() <= abbrev.length() + 1) {
                if (!hasPredicate(text, stop - token.length() - 1)) {
                    return false;
                }
                // "… в 1923–1925 гг. Наркомвнешторг открыл …": before a name, a new sentence needs a
                // verb of its own ("… подписали в 1921 г. Чичерин и Карахан." is one sentence)
                if (YEAR_ABBREVIATIONS.contains(abbrev) && obliqueCaseOnly(nextWord)) {
                    // "… направленному 15 сентября 1924 г. Коминтерном английским коммунистам": a noun
                    // that cannot be a subject opens a sentence only with a finite verb after it
                    return predicateAhead(text, wordStart + nextWord.length(), true);
                }
                return isCommonWord(nextWord, Lang.RU) || YEAR_ABBREVIATIONS.contains(abbrev)
                        && predicateAhead(text, wordStart + nextWord.length(), true);
            }
        } else {
            if (EN_NEVER_FINAL.contains(abbrev) && token.length() <= abbrev.length() + 1) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern REFERENCE_START = Pattern.compile(
            "\\((См\\.|Cм\\.|См:|See |Cf\\.|Ibid|Там же)|\\([^()]{0,250}\\b(1[5-9]|20)\\d\\d\\b[^()]{0,40}\\)\\.?\\s*$");

    /**
     * "(Записка И.Сталина Г.Чичерину. 13.09.1921 // Коллекция документов РГАСПИ)": an archival or
     * bibliographic reference — a "//" or a full date inside, and no sentence of its own (its
     * text does not end in a full stop).
     */
    private static final Pattern ARCHIVAL_REFERENCE = Pattern.compile(
            "\\([^()]{0,250}(?://|\\b\\d{1,2}\\.\\d{1,2}\\.(?:1[5-9]|20)\\d\\d\\b"
            // or a year and then a page: "İstanbul, 2002, S.257-259", "М., 1960. С. 228"
            + "|\\b(?:1[5-9]|20)\\d\\d\\b[^()]{0,30}\\b(?:[СсSsPpРр]|pp|стр|Стр)\\.\\s?\\d)[^()]{0,200}(?<![.!?…])\\)");

    private static boolean referenceAt(String text, int open) {
        Matcher m = REFERENCE_START.matcher(text);
        m.region(open, Math.min(text.length(), open + 300));
        if (m.lookingAt()) {
            return true;
        }
        Matcher a = ARCHIVAL_REFERENCE.matcher(text);
        a.region(open, Math.min(text.length(), open + 460));
        return a.lookingAt();
    }

    /**
     * Where the parenthesis closing at {@code close} opened, when it encloses an archival
     * reference; -1 otherwise.
     */
    private static int archivalReferenceOpening(String text, int close) {
        int depth = 0;
        for (int i = close; i >= Math.max(0, close - 460); i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                Matcher a = ARCHIVAL_REFERENCE.matcher(text);
                a.region(i, close + 1);
                return a.matches() ? i : -1;
            }
        }
        return -1;
    }

    /**
     * "… РГАСПИ) Переписка Энвер-паши …": after a reference that closes a sentence, a capitalised
     * word starts the next one even without a full stop between them.
     */
    private static boolean sentenceAfterReference(String text, int b, int wordStart) {
        if (b < 2 || wordStart >= text.length() || !Character.isUpperCase(text.charAt(wordStart))) {
            return false;
        }
        if (text.charAt(b - 1) == ')') {
            return archivalReferenceOpening(text, b - 1) >= 0;
        }
        if (text.charAt(b - 1) == ']') {
            // "… на дипломатическом уровне [3, с. 13] К весне …": a citation closes its sentence;
            // "по данным [3] Германия получила" is one sentence, so both sides need a verb of their own
            int open = bracketCitationOpening(text, b - 1);
            String next = word(text, wordStart);
            return open >= 0 && hasPredicate(text, open)
                    && (isCommonWord(next, Lang.RU) || predicateAhead(text, wordStart + next.length(), false));
        }
        return false;
    }

    /** "[3, с. 13]", "[12]", "[8; 9, p. 4]": where the citation closing at {@code close} opened, or -1. */
    private static int bracketCitationOpening(String text, int close) {
        int open = text.lastIndexOf('[', close);
        if (open < 0 || close - open > 80 || text.indexOf(']', open) != close) {
            return -1;
        }
        return BRACKET_CITATION.matcher(text.substring(open, close + 1)).matches() ? open : -1;
    }

    private static final Pattern BRACKET_CITATION = Pattern.compile("\\[\\d{1,3}[^\\[\\]]{0,76}\\]");

    private static final Set<String> DOMAINS = Set.of("com", "org", "net", "edu", "gov", "ru", "uk", "de", "info", "io");

    /** Full stops inside e-mail addresses, URLs and domain names end nothing. */
    private static boolean inAddress(String text, int b, int next) {
        int start = b;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = next;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        if (next == b) {
            String token = text.substring(start, end);
            if (token.contains("@") || token.contains("://") || token.startsWith("www.")) {
                return true;
            }
            String nextWord = word(text, next).toLowerCase(Locale.ROOT);
            return DOMAINS.contains(nextWord);
        }
        return false;
    }

    /** Informal text starts sentences in lower case; trust the model there only after an ordinary word. */
    private static boolean plainWordBefore(String text, int b, Lang lang) {
        int end = b;
        while (end > 0 && "»\"”’')]".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || ".!?".indexOf(text.charAt(end - 1)) < 0) {
            return false;
        }
        end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String w = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (w.length() < 3 || start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && "«\"„“('".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        return lang == Lang.EN ? !EN_NEVER_FINAL.contains(w)
                : !RU_NEVER_FINAL.contains(w) && !RU_FINAL_BEFORE_COMMON_WORD.contains(w);
    }

    private static boolean lowerAfterDash(String text, int dash) {
        int i = dash;
        while (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '—' || text.charAt(i) == '–' || text.charAt(i) == ' ')) {
            i++;
        }
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    private static boolean onlyOpeners(String token) {
        for (int i = 0; i < token.length(); i++) {
            if ("«\"„“(['".indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "В." "И." "В.И." "Г.Чичерина" (the token up to the full stop is one capital letter). */
    private static boolean isInitial(String token) {
        String t = token;
        int dot = t.lastIndexOf('.');
        if (dot >= 0) {
            t = t.substring(dot + 1);
        }
        while (!t.isEmpty() && "«\"(„".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1);
        }
        return t.length() == 1 && Character.isUpperCase(t.charAt(0));
    }

    /** For "т.д" the whole dotted token, else the letters after the last inner full stop. */
    private static String lastAbbreviation(String token) {
        String t = token;
        while (!t.isEmpty() && !Character.isLetter(t.charAt(0))) {
            t = t.substring(1);
        }
        return t;
    }

    private static String word(String text, int from) {
        int end = from;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(from, end);
    }

    private static final Set<String> RU_SENTENCE_OPENERS = Set.of(
            "и", "а", "но", "в", "на", "с", "по", "к", "это", "этот", "эта", "эти", "однако", "так", "тогда",
            "после", "при", "за", "из", "для", "как", "когда", "если", "хотя", "он", "она", "они", "мы", "я",
            "все", "уже", "еще", "ещё", "именно", "кроме", "поэтому", "таким", "тем", "также", "наконец");

    private static boolean isCommonWord(String word, Lang lang) {
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (RU_SENTENCE_OPENERS.contains(lower)) {
            return true;
        }
        if (word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1) {
            return false;
        }
        // proper names ("Москва", "Кайзер" is not one) are unknown in lower case
        return LanguageToolDictionary.of(lang).isKnownExactly(lower);
    }

    /**
     * "Ещё в январе 1920 г. Совет Антанты ..." : a stretch without a verb before an abbreviation is
     * not a sentence yet, so the abbreviation does not end one.
     */
    private static boolean hasPredicate(String text, int end) {
        int start = Math.max(0, end - 400);
        for (int k = end - 1; k > start; k--) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?' || c == '…') && k + 2 < text.length()
                    && Character.isWhitespace(text.charAt(k + 1)) && (Character.isUpperCase(text.charAt(k + 2))
                    // "… военачальников. 26 ноября 1921 г. М. Фрунзе …": a sentence may open with a date
                    || Character.isDigit(text.charAt(k + 2)) && k >= 3 && Character.isLowerCase(text.charAt(k - 1))
                    && Character.isLowerCase(text.charAt(k - 2)) && Character.isLowerCase(text.charAt(k - 3)))
                    && !(k >= 2 && Character.isUpperCase(text.charAt(k - 1)) && !Character.isLetter(text.charAt(k - 2)))) {
                start = k + 1;
                break;
            }
        }
        return hasVerb(text, start, Math.max(start, end), false);
    }

    /**
     * A noun or adjective with no reading in the nominative ("Коминтерном", "правительству"): it
     * cannot be the subject of a sentence it opens.
     */
    private static boolean obliqueCaseOnly(String word) {
        if (word.length() < 3 || RU_SENTENCE_OPENERS.contains(word.toLowerCase(Locale.ROOT))) { // (an initial is no noun)
            return false;
        }
        Set<String> tags = LanguageToolDictionary.of(Lang.RU).tags(word);
        return !tags.isEmpty() && tags.stream().allMatch(t -> (t.startsWith("NN") || t.startsWith("ADJ")) && !t.endsWith(":Nom"));
    }

    /** A Russian verb or short participle between {@code from} and {@code to}; capitalised words (names) skipped on request. */
    private static boolean hasVerb(String text, int from, int to, boolean skipCapitalised) {
        return hasVerb(text, from, to, skipCapitalised, false);
    }

    /** {@code finiteOnly}: an infinitive ("готовить") is no predicate of its own. */
    private static boolean hasVerb(String text, int from, int to, boolean skipCapitalised, boolean finiteOnly) {
        Matcher w = RU_WORD.matcher(text);
        w.region(from, to);
        LanguageToolDictionary dict = LanguageToolDictionary.of(Lang.RU);
        while (w.find()) {
            if (skipCapitalised && Character.isUpperCase(w.group().charAt(0))) {
                continue;
            }
            for (String tag : dict.tags(w.group())) {
                if (tag.startsWith("VB") && !(finiteOnly && tag.startsWith("VB:INF")) || tag.startsWith("PT_Short")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern RU_WORD = Pattern.compile("\\p{IsCyrillic}+");
    private static final Set<String> YEAR_ABBREVIATIONS = Set.of("г", "гг");

    /** A verb between {@code from} and the next sentence punctuation. */
    private static boolean predicateAhead(String text, int from, boolean finiteOnly) {
        int end = from;
        int limit = Math.min(text.length(), from + 300);
        while (end < limit && !isStop(text.charAt(end))) {
            end++;
        }
        return hasVerb(text, Math.min(from, end), end, true, finiteOnly);
    }

    /** Characters inside short brackets and parentheses: a citation never ends a sentence. */
    private static BitSet protectedRanges(String text) {
        BitSet bits = new BitSet(text.length());
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                open.push(i);
                if (open.size() > 50) {
                    open.removeLast();
                }
            } else if ((c == ')' || c == ']') && !open.isEmpty()) {
                int start = open.pop();
                int limit = c == ']' ? 120 : 300;
                if (i - start <= limit) {
                    bits.set(start, i);
                }
            }
        }
        return bits;
    }

    /** "... депутатов. [2, с. 13] Под влиянием" : the citation belongs to the sentence before it. */
    private static List<Span> attachLeadingCitations(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            Matcher m = LEADING_CITATION.matcher(sentence);
            if (!out.isEmpty() && m.find()) {
                Span prev = out.remove(out.size() - 1);
                int citationEnd = s.getStart() + m.end();
                out.add(new Span(prev.getStart(), citationEnd));
                List<Span> rest = new ArrayList<>();
                addTrimmed(rest, text, citationEnd, s.getEnd());
                out.addAll(rest);
            } else if (!out.isEmpty() && sentence.matches("\\d{1,3}\\.?")) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

}
