package app.tandem.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A segment's text with its formatting codes and footnote markers read out, for writers that
 * give them back as formatting (DOCX runs, HTML): runs of text each with the formats in force,
 * and markers as pieces of their own. A closing code without its opening one is dropped, an
 * opening one without its close holds to the end, so a translator's slip never loses text.
 */
public final class StyledText {
    /** A run of text with its formats ("b", "i", "u", "sup", "sub"), or a footnote marker ({@code noteMark} "3", text "³"). */
    public record Piece(String text, Set<String> formats, String noteMark) {
        public boolean isNoteMarker() {
            return noteMark != null;
        }
    }

    private static final Pattern TOKEN = Pattern.compile(FormatCodes.CODE.pattern() + "|" + FootnoteMarks.MARK_CLASS);

    private StyledText() {
    }

    public static List<Piece> parse(String text) {
        List<Piece> out = new ArrayList<>();
        List<String> open = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int pos = 0;
        while (m.find()) {
            add(out, text.substring(pos, m.start()), open);
            String token = m.group();
            if (token.startsWith("⟨")) {
                String tag = FormatCodes.tag(token);
                if (FormatCodes.isClosing(token)) {
                    open.remove(tag);
                } else if (!open.contains(tag)) {
                    open.add(tag);
                }
            } else {
                out.add(new Piece(token, Set.copyOf(open), FootnoteMarks.plain(token)));
            }
            pos = m.end();
        }
        add(out, text.substring(pos), open);
        return out;
    }

    private static void add(List<Piece> out, String text, List<String> open) {
        if (text.isEmpty()) {
            return;
        }
        Set<String> formats = new LinkedHashSet<>(open);
        Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && !last.isNoteMarker() && last.formats().equals(formats)) {
            out.set(out.size() - 1, new Piece(last.text() + text, last.formats(), null));
        } else {
            out.add(new Piece(text, Set.copyOf(formats), null));
        }
    }

    /** The plain text a reader sees: codes gone, markers kept. */
    public static String plain(String text) {
        return FormatCodes.strip(text);
    }
}
