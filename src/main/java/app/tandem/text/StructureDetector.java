package app.tandem.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies unwrapped paragraphs: headings (all capitals, numbered section titles, an
 * "Author: Title" line opening the article), abstract and keyword labels (split off as blocks of
 * their own so they stay separate segments), and the language of each block.
 */
public final class StructureDetector {
    private static final Pattern LABEL = Pattern.compile(
            "^(?:⟨[biu]⟩)*(Аннотация|Резюме|Реферат|Abstract|Summary|Ключевые слова|Key ?words)(?:⟨/[biu]⟩)*\\s*[:.](?:⟨/[biu]⟩)*\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,2}(\\.\\d{1,2})*\\.?|[IVX]{1,5}\\.)\\s+\\p{Lu}");
    private static final Pattern AUTHOR_TITLE = Pattern.compile("^\\p{Lu}[\\p{L}.\\- ]{2,60}:\\s+\\p{Lu}");

    public List<TextBlock> detect(List<Paragraph> paragraphs) {
        List<TextBlock> blocks = new ArrayList<>();
        BlockKind labelled = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String text = p.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher label = LABEL.matcher(text);
            if (label.find()) {
                String labelText = text.substring(0, label.end()).strip();
                blocks.add(new TextBlock(BlockKind.LABEL, Scripts.dominant(labelText, Lang.RU), labelText, p.firstLine()));
                String bare = FormatCodes.strip(labelText).toLowerCase();
                labelled = bare.startsWith("ключ") || bare.startsWith("key")
                        ? BlockKind.KEYWORDS : BlockKind.ABSTRACT;
                text = text.substring(label.end()).strip();
                if (text.isEmpty()) {
                    continue;
                }
                blocks.add(new TextBlock(labelled, Scripts.dominant(text, Lang.RU), text, p.firstLine()));
                continue;
            }
            BlockKind kind = isHeading(text, blocks.isEmpty()) ? BlockKind.HEADING : BlockKind.BODY;
            blocks.add(new TextBlock(kind, Scripts.dominant(text, Lang.RU), text, p.firstLine()));
        }
        return blocks;
    }

    /**
     * A label opening a sentence that is not a paragraph's first ("… в Закавказье. Summary: During …",
     * where the layout ran two paragraphs together): the label's text and the kind of what follows it,
     * or null.
     */
    public static java.util.Map.Entry<String, BlockKind> leadingLabel(String sentence) {
        Matcher label = LABEL.matcher(sentence.strip());
        if (!label.find()) {
            return null;
        }
        String labelText = sentence.strip().substring(0, label.end()).strip();
        String bare = FormatCodes.strip(labelText).toLowerCase();
        return java.util.Map.entry(labelText, bare.startsWith("ключ") || bare.startsWith("key") ? BlockKind.KEYWORDS : BlockKind.ABSTRACT);
    }

    static boolean isHeading(String text, boolean firstBlock) {
        if (text.length() > 250) {
            return false;
        }
        if (LineUnwrapper.isHeadingLine(text)) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        boolean unpunctuated = ".!?…;,»\"”]".indexOf(last) < 0;
        if (unpunctuated && NUMBERED_HEADING.matcher(text).find()) {
            return true;
        }
        if (firstBlock && unpunctuated && AUTHOR_TITLE.matcher(text).find()) {
            return true;
        }
        return unpunctuated && text.length() < 150 && Character.isUpperCase(text.charAt(0)) && !text.contains(". ");
    }
}
