package app.tandem.text;

/** Which script a stretch of text is mostly written in. */
public final class Scripts {
    private Scripts() {
    }

    public static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }

    public static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    /** RU when Cyrillic letters outnumber Latin ones, EN otherwise; {@code fallback} when there are no letters. */
    public static Lang dominant(CharSequence s, Lang fallback) {
        int cyr = 0;
        int lat = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isCyrillic(c)) {
                cyr++;
            } else if (isLatin(c)) {
                lat++;
            }
        }
        if (cyr == 0 && lat == 0) {
            return fallback;
        }
        return cyr >= lat ? Lang.RU : Lang.EN;
    }
}
