package app.tandem.text;

/**
 * Line endings to \n, every kind of space to a plain space, invisible characters removed (a soft
 * hyphen stays only at a line end, for the unwrapper), typographic hyphens to "-".
 */
public final class WhitespaceNormalizer {
    private WhitespaceNormalizer() {
    }

    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    sb.append('\n');
                }
                case '\u00AD' -> {
                    // a soft hyphen is invisible, except at a line end, where it marks a word broken by the typesetter
                    if (atLineEnd(text, i + 1)) {
                        sb.append(c);
                    }
                }
                case '\uFEFF', '\u200B', '\u2060' -> {
                    // BOM, zero-width space and word joiner: PDF artefacts, never content (the
                    // zero-width (non-)joiners are kept: they hold emoji and some scripts together)
                }
                // the hyphen and the non-breaking hyphen look like "-" and must match it (glossary, memory)
                case '\u2010', '\u2011' -> sb.append('-');
                case '\t', '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u2004',
                        '\u2005', '\u2006', '\u2008', '\u205F', '\u3000', '\u000B', '\f' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean atLineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return false;
    }

    /** Runs of spaces collapsed to one, ends trimmed. */
    public static String collapseSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n') {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
