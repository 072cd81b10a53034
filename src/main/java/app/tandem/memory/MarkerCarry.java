package app.tandem.memory;

import app.tandem.text.FootnoteMarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memory match's English put into the target keeps the footnote markers that close the current
 * source: a match found for "…в 1922 г." used for "…в 1922 г.¹" ends "…in 1922.¹". A marker inside
 * the sentence has no place the match can tell; the match's differences show it, and the
 * translator puts it where the English wants it.
 */
public final class MarkerCarry {
    private static final Pattern CLOSING = Pattern.compile("(" + FootnoteMarks.MARK_CLASS + ")\\s*$");

    private MarkerCarry() {
    }

    public static String carry(String currentSource, String matchSource, String matchTarget) {
        if (currentSource == null || matchTarget == null) {
            return matchTarget;
        }
        Matcher closing = CLOSING.matcher(currentSource);
        if (!closing.find()) {
            return matchTarget;
        }
        String marker = closing.group(1);
        Matcher matchClosing = matchSource == null ? null : CLOSING.matcher(matchSource);
        boolean matchHasIt = matchClosing != null && matchClosing.find() && matchClosing.group(1).equals(marker);
        if (matchHasIt || CLOSING.matcher(matchTarget).find()) {
            return matchTarget;
        }
        String target = matchTarget.stripTrailing();
        return target + marker + matchTarget.substring(target.length());
    }
}
