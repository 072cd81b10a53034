package app.tandem.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A QA finding as the interface's language tells it: its severity, the name of its check and its
 * message. A stored message is English with its particulars written in ("Number 1920 of the source
 * is missing from the target", "Term "революция" should be translated as "revolution""); the
 * particulars — numbers, quoted words, citations, formatting codes, footnote markers, Russian words
 * — become the parameters {0}, {1}, … and the rest is the key of one translation, as
 * {@code NumberedMessages} does for service messages. LanguageTool's explanations of English
 * grammar stay English under a name of their kind (spelling, grammar, style, punctuation) and
 * without the rule's id; a message with no translation stays as written. Either way
 * {@link #isEnglish} says so, for the element's {@code lang}.
 */
public final class FindingWords {
    private static final Pattern PARTICULAR = Pattern.compile(String.join("|",
            "\"[^\"\\n]{1,200}\"", "«[^»\\n]{1,200}»", "“[^”\\n]{1,200}”", "\\[[^\\]\\n]{1,80}\\]", "⟨[^⟩\\n]{1,40}⟩",
            "\\((?:" + app.tandem.text.FootnoteMarks.MARK_CLASS + "\\s?)+\\)", app.tandem.text.FootnoteMarks.MARK_CLASS,
            "\\d+(?:[.,]\\d+)?", "\\p{L}*\\p{IsCyrillic}[\\p{L}-]*"));
    private static final Pattern RULE_ID = Pattern.compile("\\s*\\[[A-Z][A-Z0-9_]*\\]\\s*$");

    /** Each check's name, by its id: English here, Russian in the bundle. */
    private static final Map<String, String> CHECKS = Map.ofEntries(
            Map.entry("unbalanced", "Brackets and quotes"),
            Map.entry("consistency", "Consistency"),
            Map.entry("cyrillic-in-target", "Russian left in the target"),
            Map.entry("empty-target", "Not translated"),
            Map.entry("final-punctuation", "Final punctuation"),
            Map.entry("format-codes", "Formatting"),
            Map.entry("glossary", "Glossary"),
            Map.entry("initial-capital", "Capital letter"),
            Map.entry("inline-element", "Citations and footnotes"),
            Map.entry("length-ratio", "Length"),
            Map.entry("missing-space", "Missing space"),
            Map.entry("mixed-script", "Mixed alphabets"),
            Map.entry("name-consistency", "Names"),
            Map.entry("number-mismatch", "Numbers"),
            Map.entry("repeated-word", "Repeated word"),
            Map.entry("russian-quotes", "Quotation marks"),
            Map.entry("spacing", "Spacing"),
            Map.entry("target-equals-source", "Target same as source"),
            Map.entry("languagetool-en", "English grammar and spelling"),
            Map.entry("languagetool-ru", "Russian source: spelling and grammar"));

    private FindingWords() {
    }

    public static String severity(Translator c, String severity) {
        return c.get(switch (severity.toUpperCase(Locale.ROOT)) {
            case "ERROR" -> "Error";
            case "WARNING" -> "Warning";
            default -> "Note";
        });
    }

    /** The check's name; for LanguageTool the kind of its finding. */
    public static String check(Translator c, String checkId, String message) {
        if (isLanguageTool(checkId)) {
            return c.get(languageToolKind(message));
        }
        return c.get(checkName(checkId));
    }

    /** The check's English name (the key of its translation); an unknown id as it is. */
    public static String checkName(String checkId) {
        return CHECKS.getOrDefault(checkId, checkId);
    }

    public static String message(Translator c, Locale locale, String checkId, String message) {
        if (message == null) {
            return "";
        }
        if (isLanguageTool(checkId)) {
            return RULE_ID.matcher(message).replaceFirst("");
        }
        boolean decimalComma = locale != null && !"en".equals(locale.getLanguage());
        return translate(message, (key, params) -> {
            if (decimalComma) {
                // "1.8 times" was written for the log; the interface writes its decimals as its language does
                for (int i = 0; i < params.length; i++) {
                    if (params[i] instanceof String p && p.matches("\\d+\\.\\d+")) {
                        params[i] = p.replace('.', ',');
                    }
                }
            }
            return c.get(key, params);
        });
    }

    /** Whether {@link #message} is English text in an interface that is not English. */
    public static boolean isEnglish(Translator c, Locale locale, String checkId, String message) {
        if (locale == null || "en".equals(locale.getLanguage())) {
            return false;
        }
        return isLanguageTool(checkId) || translate(message, c::get).equals(message);
    }

    /** {@code tr} looks a key up with its parameters, as {@link Translator#get} does. */
    public static String translate(String message, java.util.function.BiFunction<String, Object[], String> tr) {
        return MessageKeys.translate(message, PARTICULAR, "\"«“", tr);
    }

    public static boolean isLanguageTool(String checkId) {
        return checkId != null && checkId.startsWith("languagetool");
    }

    /** Spelling, punctuation, style or grammar, by LanguageTool's rule (its id ends the stored message). */
    public static String languageToolKind(String message) {
        if (app.tandem.qa.checks.LanguageToolCheck.isSpelling(message)) {
            return "Spelling";
        }
        Matcher id = RULE_ID.matcher(message);
        String rule = id.find() ? id.group().strip() : "";
        if (rule.matches(".*(MORFOLOGIK|SPELL|TYPO).*")) {
            return "Spelling";
        }
        if (rule.matches(".*(COMMA|PUNCT|APOS|QUOTE|HYPHEN|DASH|WHITESPACE|SPACE|ELLIPSIS).*")) {
            return "Punctuation";
        }
        if (rule.matches(".*(STYLE|REDUNDAN|WORDINESS|PASSIVE|TOO_LONG|REPEAT|REP_|ADVERB|EN_WORD_COHERENCY|BRITISH|AMERICAN).*")) {
            return "Style";
        }
        return "Grammar";
    }
}
