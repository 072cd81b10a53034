package app.tandem.text;

/** Line endings to \n, every kind of space to a plain space, invisible characters removed. */
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
                case '\uFEFF', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060' -> {
                    // BOM, soft hyphen and zero-width characters: PDF artefacts, never content
                }
                case '\t', '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u2004',
                        '\u2005', '\u2006', '\u2008', '\u205F', '\u3000', '\u000B', '\f' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
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
