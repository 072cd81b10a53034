package app.tandem.source;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads each page of a PDF into lines of positioned glyphs. PDFBox's stripper is used for what it
 * does well (glyphs with their Unicode text and positions, overprinted duplicates dropped); the
 * lines are built here from glyph positions, because its own text puts columns side by side.
 */
final class PdfPageReader extends PDFTextStripper {
    /** The pages, each as lines in the order the page's content draws them. */
    private final List<Page> pages = new ArrayList<>();
    private int unmapped;
    private int glyphCount;

    record Page(int number, float width, float height, List<PdfLine> lines) {
    }

    PdfPageReader() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    static PdfPageReader read(PDDocument document) throws IOException {
        PdfPageReader reader = new PdfPageReader();
        reader.writeText(document, new StringWriter());
        return reader;
    }

    List<Page> pages() {
        return pages;
    }

    /** Glyphs whose font has no Unicode mapping for them (shown as U+FFFD). */
    int unmappedGlyphs() {
        return unmapped;
    }

    int glyphCount() {
        return glyphCount;
    }

    /** Far more than a dense page of an article holds (about 6,000 characters): a damaged or hostile file. */
    static final int MAX_GLYPHS_PER_PAGE = 30_000;
    static final int MAX_GLYPHS = 3_000_000;
    private int pageGlyphs;

    /** A page with more characters than any article page: reading it would only cost time. */
    static final class TooManyGlyphsException extends RuntimeException {
        final int page;

        TooManyGlyphsException(int page) {
            super("page " + page + " holds more than " + MAX_GLYPHS_PER_PAGE + " characters", null, false, false);
            this.page = page;
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageGlyphs = 0;
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        // counted before PDFBox compares the glyph with those already on the page, which grows with their number
        if (++pageGlyphs > MAX_GLYPHS_PER_PAGE || glyphCount + pageGlyphs > MAX_GLYPHS) {
            throw new TooManyGlyphsException(getCurrentPageNo());
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() throws IOException {
        PDPage page = getCurrentPage();
        List<PdfGlyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                if (t.getDir() != 0) {
                    continue;  // rotated text: margin notes and stamps, not the article's lines
                }
                glyphs.add(glyph(t));
            }
        }
        pages.add(new Page(getCurrentPageNo(), page.getMediaBox().getWidth(), page.getMediaBox().getHeight(),
                lines(getCurrentPageNo(), glyphs)));
    }

    private PdfGlyph glyph(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty() || text.indexOf('\uFFFD') >= 0) {
            unmapped++;
            text = "\uFFFD";
        } else if (text.length() == 1 && text.charAt(0) >= '\uFB00' && text.charAt(0) <= '\uFB06') {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);  // ﬁ, ﬂ, ﬀ: the letters, not the ligature
        }
        glyphCount++;
        float size = t.getFontSizeInPt();
        if (size <= 0.5f) {
            size = t.getHeightDir() * 1.4f;
        }
        float x0 = t.getXDirAdj();
        return new PdfGlyph(text, x0, x0 + t.getWidthDirAdj(), t.getYDirAdj(), Math.round(size * 10) / 10f, isBold(t.getFont()),
                isItalic(t.getFont()), false);
    }

    /** Per font, asked once: a page draws thousands of glyphs in a handful of fonts. */
    private final java.util.Map<PDFont, Boolean> boldFonts = new java.util.IdentityHashMap<>();

    private boolean isBold(PDFont font) {
        return font != null && boldFonts.computeIfAbsent(font, PdfPageReader::boldFont);
    }

    private final java.util.Map<PDFont, Boolean> italicFonts = new java.util.IdentityHashMap<>();

    private boolean isItalic(PDFont font) {
        return font != null && italicFonts.computeIfAbsent(font, PdfPageReader::italicFont);
    }

    /**
     * Italic or slanted text type, from the font's name (LibreOffice's "…-Italic", TeX's cmti/cmsl,
     * cm-super's sfti/sfsl/sfbi, Latin Modern's "…Italic"/"…Slant") or its descriptor (the italic flag,
     * a slant angle). Math italic (cmmi), a formula's letters, is no emphasis.
     */
    private static boolean italicFont(PDFont font) {
        String base = baseName(font);
        if (base.startsWith("cmmi") || base.startsWith("lmmathitalic")) {
            return false;
        }
        if (base.contains("italic") || base.contains("oblique") || base.contains("slant")
                || base.matches("(cm|ec|sf|lm)(ti|sl|bi|bxti|bxsl|so)\\d.*") || base.matches("cmbxti\\d.*") || base.endsWith("-it")
                || base.endsWith("-bi") || base.endsWith("-boldit")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isItalic() || Math.abs(d.getItalicAngle()) > 1f);
    }

    private static String baseName(PDFont font) {
        String name = font.getName() == null ? "" : font.getName();
        // (a damaged file may name a font with megabytes: the start says all a real name says)
        name = name.substring(0, Math.min(name.length(), 128));
        int plus = name.indexOf('+');
        return (plus >= 0 ? name.substring(plus + 1) : name).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean boldFont(PDFont font) {
        String base = baseName(font);
        if (base.startsWith("sfbi") || base.startsWith("cmbxti") || base.startsWith("cmbxsl")
                || base.contains("bold") || base.contains("black") || base.contains("heavy") || base.contains("semibold")
                || base.startsWith("sfbx") || base.startsWith("cmbx") || base.startsWith("lmbx") || base.startsWith("ecbx")
                || base.contains("-bx")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    /**
     * Glyphs in drawing order into lines: a glyph stays on the line while it sits on the line's
     * baseline (or is raised and smaller: a footnote marker) and follows on from the glyph before.
     */
    static List<PdfLine> lines(int page, List<PdfGlyph> glyphs) {
        List<PdfLine> out = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        float base = 0;
        float size = 0;
        for (PdfGlyph g : glyphs) {
            if (current.isEmpty()) {
                current.add(g);
                base = g.baseline();
                size = g.size();
                continue;
            }
            PdfGlyph last = current.get(current.size() - 1);
            float ref = Math.max(size, 1f);
            boolean follows = g.x0() >= last.x1() - 0.6f * ref && g.x0() - last.x1() < 1.5f * ref;
            boolean sameBase = Math.abs(g.baseline() - base) < 0.3f * ref;
            boolean raised = g.size() < 0.85f * ref && base - g.baseline() > 0.1f * ref && base - g.baseline() < 0.8f * ref;
            // a line may open with a raised marker ("¹ Там же"): the normal type that follows sets the baseline
            boolean afterMarker = g.size() > 1.15f * size && g.baseline() > base && g.baseline() - base < 0.8f * g.size();
            if (follows && (sameBase || raised)) {
                current.add(raised ? g.asSuperscript() : g);
            } else if (follows && afterMarker) {
                current.replaceAll(PdfGlyph::asSuperscript);
                current.add(g);
                base = g.baseline();
                size = g.size();
            } else {
                addLine(out, page, current);
                current = new ArrayList<>();
                current.add(g);
                base = g.baseline();
                size = g.size();
            }
            if (!raised && g.size() > size) {
                size = g.size();
            }
        }
        addLine(out, page, current);
        return out;
    }

    private static void addLine(List<PdfLine> out, int page, List<PdfGlyph> glyphs) {
        if (glyphs.isEmpty() || glyphs.stream().allMatch(g -> g.text().isBlank())) {
            return;
        }
        PdfLine line = PdfLine.of(page, glyphs);
        if (!line.text().isEmpty()) {
            out.add(line);
        }
    }
}
