package app.tandem.cite;

import app.tandem.translit.Transliterator;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference list's entry (or a footnote that is one) as English-language journals and Scopus
 * ask for it: authors and title romanised by the project's reference scheme, the title's English
 * after it in square brackets (when the memory or glossary knows it; an empty {@code [ ]} to fill
 * otherwise), the bibliographic elements in English, and {@code (In Russ.)} at the end. An entry
 * without a title of its own (Ibid., an archival reference) is only its citation in English.
 */
public final class ReferenceEntryDrafter {
    private static final Pattern NUMBERING = Pattern.compile("^(\\s*(?:\\d{1,3}[.)]|\\[\\d{1,3}])\\s+)");
    /** Surname and initials, one or more, at the start: "Чичерин Г.В.", "Иванов И. И., Петров П.П." */
    private static final Pattern AUTHORS = Pattern.compile(
            "^((?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s+(?:[А-ЯЁ]\\.\\s?){1,2}(?:,\\s*|\\s+и\\s+)?)+)\\s*");
    /** Where a title ends: a journal after "//", the publication data after ". " (a city, a publisher with a colon, a year, a volume). */
    private static final Pattern TITLE_END = Pattern.compile(
            "\\s*//\\s*|\\s*/\\s+|\\.\\s+(?=(?:М|Л|СПб|Пг|Киев|Минск)\\.?\\s*[,:]|[А-ЯЁ][\\p{L}-]+\\s*:|(?:1[6-9]|20)\\d\\d\\b|[ТтЧч]\\.\\s*\\d|Вып\\.|№|Изд)");
    private static final Pattern WORD = Pattern.compile("[\\p{IsCyrillic}]{2,}");

    private final CitationTranslator cite;
    private final Transliterator romaniser;
    private final Function<String, Optional<String>> knownEnglish;

    /**
     * @param romaniser    the project's reference scheme
     * @param knownEnglish a title's English, if the memory or glossary has it
     */
    public ReferenceEntryDrafter(Transliterator romaniser, Function<String, Optional<String>> knownEnglish) {
        this.romaniser = romaniser;
        this.cite = new CitationTranslator(romaniser);
        this.knownEnglish = knownEnglish;
    }

    /** The entry's draft. */
    public String draft(String entry) {
        String text = entry.strip();
        Matcher n = NUMBERING.matcher(text);
        String numbering = n.find() ? n.group(1) : "";
        text = text.substring(numbering.length());
        Matcher a = AUTHORS.matcher(text);
        boolean hasAuthors = a.find();
        String authors = hasAuthors ? a.group(1).strip() : "";
        String rest = hasAuthors ? text.substring(a.end()) : text;
        Matcher end = TITLE_END.matcher(rest);
        int titleEnd = end.find() ? end.start() : -1;
        String title = titleEnd > 0 ? rest.substring(0, titleEnd).strip() : "";
        if (title.isEmpty() || WORD.matcher(title).results().count() < 2 || title.matches("(?s).*(?:Там же|Указ\\. соч).*")) {
            return numbering + cite.translateReference(text);
        }
        String english = knownEnglish.apply(title).orElse(" ");
        StringBuilder sb = new StringBuilder(numbering);
        if (!authors.isEmpty()) {
            sb.append(romaniser.apply(authors)).append(' ');
        }
        sb.append(romaniser.apply(title.replaceAll("[.]$", ""))).append(" [").append(english.isBlank() ? " " : english).append(']');
        sb.append(cite.translateReference(rest.substring(titleEnd)));
        String out = sb.toString().strip();
        return out + (out.endsWith(".") ? "" : ".") + " (In Russ.)";
    }
}
