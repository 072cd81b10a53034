package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.QaCheck;
import app.tandem.qa.QaContext;
import app.tandem.qa.SegmentPair;
import app.tandem.qa.Severity;
import app.tandem.qa.Side;
import app.tandem.qa.SourceNames;
import app.tandem.qa.WordPosition;
import app.tandem.text.EditDistance;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LanguageTool grammar and spelling on one side of the segment. JLanguageTool is not
 * thread-safe, so each thread gets its own; results are cached by text, so re-checking a
 * document only pays for the segments that changed. Style hints are left out, and rules that
 * Tandem's own checks cover (spaces, capitals, quotes) are switched off to avoid double reports.
 */
public final class LanguageToolCheck implements QaCheck {
    /** The Russian source's check: only projects that ask for it run it, and turning it off drops its findings. */
    public static final String SOURCE_CHECK_ID = "languagetool-ru";
    /** More than a handful of suggestions is noise in a one-click menu. */
    private static final int MAX_FIXES = 5;
    /**
     * Frequency class (0 to about 25, logarithmic) from which a name in LanguageTool's English
     * dictionary is well known: Kremlin 8, Nazi 11, Vietnam 12; Adela and Malachi 6, Steedman 0.
     */
    private static final int WELL_KNOWN_NAME = 8;
    private static final Set<String> DISABLED = Set.of("WHITESPACE_RULE", "UPPERCASE_SENTENCE_START", "EN_QUOTES",
            "COMMA_PARENTHESIS_WHITESPACE", "DOUBLE_PUNCTUATION", "EN_UNPAIRED_BRACKETS", "UNPAIRED_BRACKETS",
            "EN_UNPAIRED_QUOTES", "DASH_RULE", "PUNCTUATION_PARAGRAPH_END", "SENTENCE_WHITESPACE", "RU_UNPAIRED_BRACKETS",
            "CONSECUTIVE_SPACES", "ENGLISH_WORD_REPEAT_RULE", "Latin_letters", "WORD_REPEAT_RULE",
            // commas that style guides leave to the writer: professional translations omit them freely
            "COMMA_COMPOUND_SENTENCE", "COMMA_COMPOUND_SENTENCE_2", "SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA",
            "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE", "COMMA_AFTER_A_MONTH",
            // compares a date's weekday with the current year: wrong for every historical date
            "EN_DATE_WEEKDAY_CURRENTYEAR");

    private final String id;
    private final Side side;
    private final Severity severity;
    private final ThreadLocal<JLanguageTool> tool;
    private final ThreadLocal<SpellingCheckRule> speller;
    /** The English dictionary's word frequencies (null for Russian); its look-up is synchronised. */
    private final MorfologikSpeller frequencies;
    private final Map<String, List<RuleMatch>> cache = new ConcurrentHashMap<>();

    private LanguageToolCheck(String id, String languageCode, Side side, Severity severity) {
        this.id = id;
        this.side = side;
        this.severity = severity;
        this.frequencies = languageCode.startsWith("en-") ? englishDictionary(languageCode) : null;
        Language language = Languages.getLanguageForShortCode(languageCode);
        this.tool = ThreadLocal.withInitial(() -> {
            JLanguageTool lt = new JLanguageTool(language);
            DISABLED.forEach(lt::disableRule);
            return lt;
        });
        // this thread's own speller: Morfologik's is not safe to share, and cached matches may come from another thread
        this.speller = ThreadLocal.withInitial(() -> tool.get().getAllActiveRules().stream()
                .filter(SpellingCheckRule.class::isInstance).map(SpellingCheckRule.class::cast).findFirst().orElse(null));
    }

    private static MorfologikSpeller englishDictionary(String variant) {
        try {
            return new MorfologikSpeller("/en/hunspell/" + variant.replace('-', '_') + ".dict");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** English target, en-US or en-GB. */
    public static LanguageToolCheck english(String variant) {
        return new LanguageToolCheck("languagetool-en", variant, Side.TARGET, Severity.WARNING);
    }

    /** Russian source: informational, never blocking. */
    public static LanguageToolCheck russian() {
        return new LanguageToolCheck(SOURCE_CHECK_ID, "ru", Side.SOURCE, Severity.INFO);
    }

    @Override
    public String id() {
        return id;
    }

    /** Loads dictionaries and rules in this thread, so the first real check is fast. */
    public void warmUp() {
        raw("This is a warm-up sentence.");
    }

    public List<RuleMatch> raw(String text) {
        return cache.computeIfAbsent(text, t -> {
            try {
                return tool.get().check(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A capitalised word the dictionary lacks that is no slip of a common word or a well-known
     * name (none one keystroke away: a letter missed, added, changed or two swapped) is a foreign
     * name: Guilbeault, Uaxactun, Tulcea, and Steadman although the dictionary knows the name
     * Steedman. "Goverment" still gets its "Government", wherever it stands. At a sentence's
     * start a capital says nothing, so there a suggestion split in two words counts as well
     * ("Thankyou").
     */
    private boolean foreignName(String text, int at, String word, List<String> suggestions) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        boolean sentenceStart = WordPosition.startsSentence(text, at);
        String lower = word.toLowerCase(Locale.ROOT);
        for (String s : suggestions) {
            String suggestion = s.toLowerCase(Locale.ROOT);
            if (suggestion.equals(lower)) {
                return false; // a known word or name with its capitals wrong: Mcdonald
            }
            if ((sentenceStart || suggestion.indexOf(' ') < 0) && EditDistance.withTranspositions(lower, suggestion) <= 1
                    && commonOrWellKnown(s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every word of the suggestion is a common word (in the dictionary in lower case) or a
     * well-known name: a misspelled Kremlin or Vietnam is a slip, a name near Steedman is a name.
     */
    private boolean commonOrWellKnown(String suggestion) {
        SpellingCheckRule rule = speller.get();
        try {
            for (String w : suggestion.split(" ")) {
                boolean common = rule != null && !rule.isMisspelled(w.toLowerCase(Locale.ROOT));
                if (!common && (frequencies == null || frequencies.getFrequency(w) < WELL_KNOWN_NAME || rule == null || rule.isMisspelled(w))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One keystroke from a word the dictionary suggests: a letter missed, added, changed or two swapped. */
    private static boolean slipOfKnownWord(String word, List<String> suggestions) {
        String lower = word.toLowerCase(Locale.ROOT);
        return suggestions.stream().anyMatch(s -> EditDistance.withTranspositions(lower, s.toLowerCase(Locale.ROOT)) <= 1);
    }

    /** Spelling findings are told apart by their message, which is all a stored finding keeps. */
    public static boolean isSpelling(String message) {
        return message.startsWith("Spelling of \"") || message.startsWith("Spelling: ");
    }

    /** LanguageTool names a British spelling as such; under en-US it stays a finding whatever the source says. */
    private static boolean britishUnderAmerican(RuleMatch m) {
        return m.getMessage().contains("British English");
    }

    @Override
    public List<Finding> check(SegmentPair pair, QaContext context) {
        String text = side == Side.TARGET ? pair.target() : pair.source();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        // formatting codes and footnote markers are no part of the language: LanguageTool reads the
        // sentence without them, and what it finds is placed back in the text as stored
        Plain plain = Plain.of(text);
        String read = plain.text();
        for (RuleMatch m : raw(read)) {
            if (m.getRule().getLocQualityIssueType() == ITSIssueType.Style || m.getRule().getCategory() != null
                    && "STYLE".equals(m.getRule().getCategory().getId().toString())) {
                continue;
            }
            String covered = read.substring(m.getFromPos(), Math.min(read.length(), m.getToPos()));
            boolean spelling = m.getRule() instanceof SpellingCheckRule;
            if (spelling && (context.isProjectWord(covered) || side == Side.TARGET && !britishUnderAmerican(m)
                    && (SourceNames.fromSource(covered, pair.source(), !slipOfKnownWord(covered, m.getSuggestedReplacements()))
                    || context.isRecurringTargetName(covered)
                    || foreignName(read, m.getFromPos(), covered, m.getSuggestedReplacements()))
                    || side == Side.SOURCE && context.isSourceName(covered, read, m.getFromPos()))) {
                continue;
            }
            String suggestion = m.getSuggestedReplacements().isEmpty() ? "" : " (suggestion: " + m.getSuggestedReplacements().get(0) + ")";
            String message = (spelling ? "Spelling of \"" + covered + "\": " : "") + m.getMessage().replaceAll("<[^>]+>", "\"") + suggestion;
            List<String> fixes = m.getSuggestedReplacements().stream().limit(MAX_FIXES).toList();
            out.add(new Finding(id, severity, message + " [" + m.getRule().getId() + "]", side, plain.start(m.getFromPos()),
                    plain.end(Math.min(read.length(), m.getToPos())), fixes));
        }
        return out;
    }

    /** A sentence without its codes and markers, with where each of its characters stands in the sentence as stored. */
    record Plain(String text, int[] at) {
        private static final java.util.regex.Pattern CODES = java.util.regex.Pattern.compile(
                app.tandem.text.FormatCodes.CODE.pattern() + "|" + app.tandem.text.FootnoteMarks.MARK_CLASS);

        static Plain of(String stored) {
            java.util.regex.Matcher m = CODES.matcher(stored);
            if (!m.find()) {
                return new Plain(stored, null);
            }
            m.reset();
            StringBuilder text = new StringBuilder(stored.length());
            int[] at = new int[stored.length()];
            int n = 0;
            int pos = 0;
            while (m.find()) {
                for (int i = pos; i < m.start(); i++) {
                    text.append(stored.charAt(i));
                    at[n++] = i;
                }
                pos = m.end();
            }
            for (int i = pos; i < stored.length(); i++) {
                text.append(stored.charAt(i));
                at[n++] = i;
            }
            return new Plain(text.toString(), java.util.Arrays.copyOf(at, n));
        }

        int start(int i) {
            return at == null ? i : at.length == 0 ? 0 : at[Math.min(i, at.length - 1)];
        }

        /** An end (exclusive): just after the stored place of the last character before it. */
        int end(int i) {
            return at == null ? i : i <= 0 || at.length == 0 ? start(0) : at[Math.min(i, at.length) - 1] + 1;
        }
    }
}
