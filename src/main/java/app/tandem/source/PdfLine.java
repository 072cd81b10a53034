package app.tandem.source;

import java.util.List;

/**
 * One line of a PDF page as its glyphs lie: where it starts and ends, its baseline (from the top
 * of the page), its type size and weight, and its text with word spaces put back from the gaps;
 * {@code coded} is the same text with the words set in italic or bold type between paired codes
 * ({@code ⟨i⟩…⟨/i⟩}), as a DOCX's runs give them (a line set wholly in bold, a heading, has no bold codes).
 */
record PdfLine(int page, float x0, float x1, float baseline, float size, boolean bold, String text, String coded) {
    PdfLine(int page, float x0, float x1, float baseline, float size, boolean bold, String text) {
        this(page, x0, x1, baseline, size, bold, text, text);
    }

    private static final java.util.regex.Pattern QUOTE_SPACE = java.util.regex.Pattern.compile("(?<=[^\\s,;:—–-]) (?=[»”])|(?<=[«„]) ");
    private static final java.util.regex.Pattern ELLIPSIS = java.util.regex.Pattern.compile("\\. \\. \\.(?!\\.)");

    static PdfLine of(int page, List<PdfGlyph> glyphs) {
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float baseline = glyphs.get(0).baseline();
        float size = 0;
        // the size most of the line's letters are set in (a marker or a space glyph of another size aside)
        java.util.Map<Float, Integer> sizes = new java.util.HashMap<>();
        for (PdfGlyph g : glyphs) {
            x0 = Math.min(x0, g.x0());
            x1 = Math.max(x1, g.x1());
            if (!g.superscript() && !g.text().isBlank()) {
                sizes.merge(g.size(), 1, Integer::sum);
            }
        }
        size = sizes.isEmpty() ? glyphs.get(0).size()
                : sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).get().getKey();
        int bold = 0;
        int letters = 0;
        for (PdfGlyph g : glyphs) {
            if (!g.text().isBlank() && Character.isLetter(g.text().charAt(0))) {
                letters++;
                if (g.bold()) {
                    bold++;
                }
            }
        }
        boolean allBold = letters > 0 && bold * 10 >= letters * 9;
        String clean = text(glyphs, size, false, false);
        String coded = text(glyphs, size, !allBold, true);
        for (PdfGlyph g : glyphs) {
            if (g.size() >= size * 0.85f) {
                baseline = g.baseline();
            }
        }
        return new PdfLine(page, x0, x1, baseline, size, allBold, clean, coded.equals(clean) ? clean : coded);
    }

    /**
     * The line's text from its glyphs; with codes, the runs of bold (when asked) and italic
     * letters are wrapped, the spaces around a run left outside it.
     */
    private static String text(List<PdfGlyph> glyphs, float size, boolean boldCodes, boolean italicCodes) {
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        boolean inBold = false;
        boolean inItalic = false;
        for (PdfGlyph g : glyphs) {
            if (previous != null && g.x0() - previous.x1() > wordGap(previous, g) && !g.text().isBlank()
                    && text.length() > 0 && text.charAt(text.length() - 1) != ' ' && !g.superscript()) {
                text.append(' ');
            }
            if (g.text().isBlank()) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                previous = g;
                continue;
            }
            boolean marker = g.superscript() && g.text().chars().allMatch(Character::isDigit);
            boolean letter = Character.isLetterOrDigit(g.text().charAt(0));
            // a run changes at a letter; punctuation and markers go with the run they stand in
            if (letter && !marker) {
                boolean wantBold = boldCodes && g.bold();
                boolean wantItalic = italicCodes && g.italic();
                if (inItalic && (!wantItalic || wantBold != inBold)) {
                    closeBefore(text, app.tandem.text.FormatCodes.close("i"));
                    inItalic = false;
                }
                if (inBold && !wantBold) {
                    closeBefore(text, app.tandem.text.FormatCodes.close("b"));
                    inBold = false;
                }
                if (wantBold && !inBold) {
                    text.append(app.tandem.text.FormatCodes.open("b"));
                    inBold = true;
                }
                if (wantItalic && !inItalic) {
                    text.append(app.tandem.text.FormatCodes.open("i"));
                    inItalic = true;
                }
            }
            if (marker) {
                text.append(app.tandem.text.FootnoteMarks.superscript(g.text()));
            } else {
                text.append(g.text());
            }
            previous = g;
        }
        if (inItalic) {
            closeBefore(text, app.tandem.text.FormatCodes.close("i"));
        }
        if (inBold) {
            closeBefore(text, app.tandem.text.FormatCodes.close("b"));
        }
        // TeX sets "…" as three spaced full stops
        // accents drawn as glyphs of their own ("s" and a cedilla) compose into the letter
        String clean = ELLIPSIS.matcher(java.text.Normalizer.normalize(text.toString().strip(), java.text.Normalizer.Form.NFC)).replaceAll("…");
        // the kern around guillemets is no word space: «слово», not « слово »
        return QUOTE_SPACE.matcher(clean).replaceAll("");
    }

    /** A closing code goes before the spaces (and an opening quote or bracket) that end the run. */
    private static void closeBefore(StringBuilder text, String code) {
        int at = text.length();
        while (at > 0 && (text.charAt(at - 1) == ' ' || "«„“([".indexOf(text.charAt(at - 1)) >= 0)) {
            at--;
        }
        text.insert(at, code);
    }

    /** Kerning stays under a tenth of the type size; the narrowest justified word space is about a fifth. */
    private static float wordGap(PdfGlyph a, PdfGlyph b) {
        return 0.14f * Math.max(a.size(), b.size());
    }

    float width() {
        return x1 - x0;
    }
}
