package app.tandem.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Text from formatted runs (a DOCX's) as text with formatting codes: a code opens where a run
 * gains a format and closes where it loses it, closing and reopening what was opened after it so
 * that pairs nest. The reverse of {@link StyledText}: what one writes from codes, this reads back.
 */
public final class CodedTextBuilder {
    /** The order codes open in when a run gains several at once. */
    private static final List<String> ORDER = List.of("b", "i", "u", "sup", "sub");
    private final StringBuilder sb = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** Text in the given formats; blank text takes the formats in force, so spaces never split a pair. */
    public CodedTextBuilder append(String text, Set<String> formats) {
        if (!text.isBlank()) {
            apply(formats);
        }
        sb.append(text);
        return this;
    }

    /** Text that carries no formatting of its own (a break, a note's marker): it changes nothing. */
    public CodedTextBuilder appendPlain(String text) {
        sb.append(text);
        return this;
    }

    private void apply(Set<String> wanted) {
        List<String> reopen = new ArrayList<>();
        while (open.stream().anyMatch(tag -> !wanted.contains(tag))) {
            String tag = open.pop();
            sb.append(FormatCodes.close(tag));
            if (wanted.contains(tag)) {
                reopen.add(0, tag);
            }
        }
        for (String tag : reopen) {
            sb.append(FormatCodes.open(tag));
            open.push(tag);
        }
        for (String tag : ORDER) {
            if (wanted.contains(tag) && !open.contains(tag)) {
                sb.append(FormatCodes.open(tag));
                open.push(tag);
            }
        }
    }

    /** The text with every open code closed. */
    public String build() {
        while (!open.isEmpty()) {
            sb.append(FormatCodes.close(open.pop()));
        }
        return sb.toString();
    }
}
