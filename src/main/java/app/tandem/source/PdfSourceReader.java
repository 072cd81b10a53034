package app.tandem.source;

import app.tandem.text.BlockKind;
import app.tandem.text.FootnoteMarks;
import app.tandem.text.OneLineMessage;
import app.tandem.text.RejectedInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF article into text in reading order: columns read one after the other, running headers,
 * footers and page numbers left out, the footnote area at a page's foot taken as footnotes, and
 * paragraph starts (indent, gap, change of type) marked by a blank line, so that the text path's
 * unwrapping and dehyphenation rebuild the paragraphs.
 */
public final class PdfSourceReader {
    /** More pages than any article; a bigger file is a book or a trap. */
    static final int MAX_PAGES = 1000;
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\\*{1,3})\\s*(?=\\S)");
    private static final Pattern LABEL_ONLY = Pattern.compile(
            "^(Аннотация|Резюме|Реферат|Abstract|Summary|Ключевые слова|Key ?words|Содержание|Contents)\\s*[:.]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public SourceDocument read(String fileName, byte[] bytes) {
        PDDocument document;
        try {
            document = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new RejectedInputException(fileName + ": the PDF is password-protected; save a copy without the password and import that");
        } catch (IOException | RuntimeException e) {
            throw new RejectedInputException(fileName + ": damaged PDF, it cannot be read (" + OneLineMessage.of(String.valueOf(e.getMessage())) + ")");
        }
        try (document) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new RejectedInputException(fileName + ": the PDF has " + document.getNumberOfPages()
                        + " pages, more than the " + MAX_PAGES + " an article may have");
            }
            PdfPageReader pages;
            try {
                pages = PdfPageReader.read(document);
            } catch (PdfPageReader.TooManyGlyphsException e) {
                throw new RejectedInputException(fileName + ": " + e.getMessage() + ", more than any article's page (a damaged PDF?)");
            } catch (IOException | RuntimeException e) {
                throw new RejectedInputException(fileName + ": damaged PDF, its pages cannot be read ("
                        + OneLineMessage.of(String.valueOf(e.getMessage())) + ")");
            }
            int letters = pages.pages().stream().flatMap(p -> p.lines().stream())
                    .mapToInt(l -> (int) l.text().chars().filter(Character::isLetter).count()).sum();
            if (letters < 20 * Math.max(1, Math.min(pages.pages().size(), 3))) {
                throw new RejectedInputException(fileName + ": no text layer (a scanned PDF?) — run OCR first, then import the result");
            }
            List<String> notes = new ArrayList<>();
            if (pages.unmappedGlyphs() > 0) {
                notes.add(pages.unmappedGlyphs() + " of " + pages.glyphCount()
                        + " characters have no Unicode mapping in the PDF's fonts and show as \uFFFD");
            }
            return layout(pages.pages(), metadataTitle(document), notes);
        } catch (IOException e) {
            throw new RejectedInputException(fileName + ": damaged PDF (" + OneLineMessage.of(String.valueOf(e.getMessage())) + ")");
        }
    }

    private static String metadataTitle(PDDocument document) {
        String title = document.getDocumentInformation() == null ? null : document.getDocumentInformation().getTitle();
        if (title == null) {
            return null;
        }
        title = title.replaceAll("\\s+", " ").strip();
        // producers fill in file names and placeholders ("Microsoft Word - a.docx", "untitled")
        boolean fileLike = title.matches("(?i).*\\.(docx?|odt|tex|dvi|pdf|rtf|txt)$|(?i)^(microsoft word|untitled|без названия).*");
        return title.length() < 3 || fileLike ? null : title;
    }

    SourceDocument layout(List<PdfPageReader.Page> pages, String metadataTitle, List<String> notes) {
        float bodySize = bodySize(pages);
        Set<PdfLine> furniture = RunningLines.find(pages, bodySize);
        StringBuilder body = new StringBuilder();
        List<StringBuilder> footnotes = new ArrayList<>();
        List<String> footnoteMarks = new ArrayList<>();
        float spacing = lineSpacing(pages, bodySize);
        List<SourcePart> parts = new ArrayList<>();
        ColumnOrder.Placed previous = null;
        java.util.Set<String> marksSeen = new java.util.HashSet<>();
        StringBuilder heading = new StringBuilder();
        PdfLine headingLine = null;
        for (PdfPageReader.Page page : pages) {
            List<PdfLine> lines = new ArrayList<>(page.lines());
            lines.removeIf(furniture::contains);
            List<ColumnOrder.Placed> placed = ColumnOrder.order(lines, page.width(), bodySize);
            boolean[] isNote = footnoteArea(placed, bodySize, spacing, marksSeen);
            for (ColumnOrder.Placed p : placed) {
                addMarks(marksSeen, p.line().text());
            }
            if (headingLine != null && headingLine.page() != page.number()) {
                parts.add(SourcePart.paragraph(BlockKind.HEADING, heading.toString()));
                headingLine = null;
            }
            for (int i = 0; i < placed.size(); i++) {
                ColumnOrder.Placed p = placed.get(i);
                PdfLine l = p.line();
                if (isNote[i]) {
                    Matcher m = FOOTNOTE_START.matcher(l.text());
                    if (m.find() && (i == 0 || !isNote[i - 1] || startsNewNote(placed.get(i - 1), p))) {
                        footnoteMarks.add(app.tandem.text.FootnoteMarks.plain(m.group(1)));
                        footnotes.add(new StringBuilder(codedAfter(l.coded(), m.end())));
                    } else if (!footnotes.isEmpty()) {
                        footnotes.get(footnotes.size() - 1).append('\n').append(l.coded());
                    } else {
                        footnoteMarks.add("*");
                        footnotes.add(new StringBuilder(l.coded()));
                    }
                    continue;
                }
                if (isHeadingType(l, bodySize) && (previous == null || !sameHeading(previous.line(), l, bodySize))) {
                    // a heading is a part of its own: the text before it ends there, whatever its punctuation
                    flushBody(parts, body);
                    heading.setLength(0);
                    heading.append(l.text());
                    headingLine = l;
                    previous = p;
                    continue;
                }
                if (headingLine != null && sameHeading(headingLine, l, bodySize)) {
                    String joined = TypesetLines.join(heading.toString(), l.text());
                    heading.setLength(0);
                    heading.append(joined);
                    headingLine = l;
                    previous = p;
                    continue;
                }
                if (headingLine != null) {
                    parts.add(SourcePart.paragraph(BlockKind.HEADING, heading.toString()));
                    headingLine = null;
                    previous = null;
                }
                if (previous != null && startsParagraph(previous, p, bodySize, spacing)) {
                    body.append('\n');
                }
                if (!body.isEmpty()) {
                    body.append('\n');
                }
                body.append(l.coded());
                previous = p;
            }
        }
        if (headingLine != null) {
            parts.add(SourcePart.paragraph(BlockKind.HEADING, heading.toString()));
        }
        flushBody(parts, body);
        for (int i = 0; i < footnotes.size(); i++) {
            parts.add(new SourcePart(BlockKind.FOOTNOTE, mergeRuns(footnotes.get(i).toString()), SourcePart.Form.PARAGRAPH_LINES, footnoteMarks.get(i)));
        }
        String title = metadataTitle != null ? metadataTitle : largestTypeTitle(pages.isEmpty() ? List.of() : pages.get(0).lines(), bodySize);
        return new SourceDocument("PDF", title, parts, notes);
    }

    private static final Pattern RUN_BREAK = Pattern.compile("⟨/(b|i)⟩(\\s*)⟨\\1⟩");

    /** An italic phrase over a line break is one run: "⟨i⟩внешней⟨/i⟩\n⟨i⟩политики⟨/i⟩" → "⟨i⟩внешней\nполитики⟨/i⟩". */
    static String mergeRuns(String text) {
        return RUN_BREAK.matcher(text).replaceAll("$2");
    }

    /** The coded text after the first {@code plainChars} characters of the plain text, with the codes still open there. */
    static String codedAfter(String coded, int plainChars) {
        Matcher code = app.tandem.text.FormatCodes.CODE.matcher(coded);
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        int plain = 0;
        int at = 0;
        while (at < coded.length() && plain < plainChars) {
            if (code.find(at) && code.start() == at) {
                if (app.tandem.text.FormatCodes.isClosing(code.group())) {
                    open.pollLast();
                } else {
                    open.addLast(code.group());
                }
                at = code.end();
            } else {
                plain++;
                at++;
            }
        }
        return String.join("", open) + coded.substring(at);
    }

    private static void flushBody(List<SourcePart> parts, StringBuilder body) {
        String text = body.toString().strip();
        if (!text.isEmpty() && !text.replace("\f", "").isBlank()) {
            parts.add(new SourcePart(null, mergeRuns(text), SourcePart.Form.PARAGRAPH_LINES, null));
        }
        body.setLength(0);
    }

    /**
     * A paragraph starts at a change of type (a heading and the text after it), after a gap wider
     * than the usual line spacing, at a first-line indent, or at a centred line.
     */
    private static boolean startsParagraph(ColumnOrder.Placed previous, ColumnOrder.Placed current, float bodySize, float spacing) {
        PdfLine a = previous.line();
        PdfLine b = current.line();
        boolean headingA = isHeadingType(a, bodySize);
        boolean headingB = isHeadingType(b, bodySize);
        if (headingA != headingB || headingA && Math.abs(a.size() - b.size()) > 0.5f) {
            return true;
        }
        if (Math.abs(a.size() - b.size()) > 0.8f) {
            return true;  // an author line in larger type, an abstract in smaller type
        }
        boolean sameColumn = a.page() == b.page() && Math.abs(previous.columnLeft() - current.columnLeft()) < 1f;
        if (sameColumn && b.baseline() - a.baseline() > spacing * 1.45f) {
            return true;
        }
        // a first-line indent: further in than the line above in the same column (a narrower block,
        // such as an abstract set in a box, is no indent), or than the column's edge at its top
        float colWidth = current.columnRight() - current.columnLeft();
        float indent = sameColumn ? b.x0() - a.x0() : b.x0() - current.columnLeft();
        return indent > b.size() * 0.7f && indent < colWidth / 3;
    }

    private static boolean sameHeading(PdfLine a, PdfLine b, float bodySize) {
        return a.page() == b.page() && isHeadingType(a, bodySize) && isHeadingType(b, bodySize)
                && Math.abs(a.size() - b.size()) < 0.5f && a.bold() == b.bold()
                && b.baseline() > a.baseline() && b.baseline() - a.baseline() < 1.6f * b.size();
    }

    private static boolean startsNewNote(ColumnOrder.Placed previous, ColumnOrder.Placed current) {
        return current.line().x0() <= previous.line().x0() + 0.5f || current.line().x0() - current.columnLeft() > 0.5f * current.line().size();
    }

    private static boolean isHeadingType(PdfLine l, float bodySize) {
        return l.size() > bodySize * 1.12f || l.bold();
    }

    /**
     * The footnote area of each column: from a line at its foot that opens with a note's mark,
     * stands apart from the text above (smaller type or a gap, where the rule is) and whose mark,
     * when raised, is one the text above carries, down to the column's end.
     */
    private static boolean[] footnoteArea(List<ColumnOrder.Placed> placed, float bodySize, float spacing, java.util.Set<String> earlierMarks) {
        boolean[] out = new boolean[placed.size()];
        int runStart = 0;
        for (int i = 1; i <= placed.size(); i++) {
            // a run of lines going down the page is one column (or band); the next run starts higher up
            boolean runEnds = i == placed.size() || placed.get(i).line().baseline() <= placed.get(i - 1).line().baseline();
            if (!runEnds) {
                continue;
            }
            int end = i - 1;
            // a note may stand a page after its marker, when the page had no room left for it
            java.util.Set<String> above = new java.util.HashSet<>(earlierMarks);
            for (int j = 0; j < runStart; j++) {
                addMarks(above, placed.get(j).line().text());
            }
            for (int j = runStart; j <= end; j++) {
                PdfLine line = placed.get(j).line();
                Matcher m = FOOTNOTE_START.matcher(line.text());
                if (m.find() && opensNoteArea(placed, runStart, j, end, m.group(1), above, bodySize, spacing)) {
                    for (int n = j; n <= end; n++) {
                        out[n] = true;
                    }
                    break;
                }
                addMarks(above, line.text());
            }
            runStart = i;
        }
        return out;
    }

    private static boolean opensNoteArea(List<ColumnOrder.Placed> placed, int runStart, int j, int end, String mark,
                                         java.util.Set<String> above, float bodySize, float spacing) {
        PdfLine first = placed.get(j).line();
        boolean small = first.size() < bodySize * 0.92f;
        boolean raised = !mark.isEmpty() && FootnoteMarks.plain(mark).chars().allMatch(Character::isDigit) && !mark.equals(FootnoteMarks.plain(mark));
        boolean markedAbove = raised && above.contains(mark);
        if (j == runStart) {
            // a column holding only notes (the text ended in the column before): small type and a known mark
            return small && markedAbove && placed.subList(j, end + 1).stream().allMatch(p -> p.line().size() <= first.size() + 0.5f);
        }
        PdfLine before = placed.get(j - 1).line();
        boolean apart = small || first.baseline() - before.baseline() > spacing * 1.3f;
        if (!apart || !(small || markedAbove)) {
            return false;
        }
        // everything below is note text: no larger type than the first note's
        for (int n = j; n <= end; n++) {
            if (placed.get(n).line().size() > first.size() + 0.5f) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern RAISED_MARK = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");

    /** The superscript markers a line carries (a note may stand a page or a column after its marker). */
    private static void addMarks(java.util.Set<String> marks, String text) {
        Matcher m = RAISED_MARK.matcher(text);
        while (m.find()) {
            marks.add(m.group());
        }
    }

    /** The type size most characters are set in. */
    static float bodySize(List<PdfPageReader.Page> pages) {
        Map<Float, Integer> chars = new HashMap<>();
        for (PdfPageReader.Page p : pages) {
            for (PdfLine l : p.lines()) {
                chars.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }

    /** The usual distance between the baselines of two body lines in a row. */
    private static float lineSpacing(List<PdfPageReader.Page> pages, float bodySize) {
        List<Float> gaps = new ArrayList<>();
        for (PdfPageReader.Page p : pages) {
            List<PdfLine> lines = p.lines();
            for (int i = 1; i < lines.size(); i++) {
                PdfLine a = lines.get(i - 1);
                PdfLine b = lines.get(i);
                float d = b.baseline() - a.baseline();
                if (d > 0 && d < bodySize * 3 && Math.abs(a.size() - bodySize) < 0.6f && Math.abs(b.size() - bodySize) < 0.6f) {
                    gaps.add(d);
                }
            }
        }
        if (gaps.isEmpty()) {
            return bodySize * 1.2f;
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2);
    }

    /** The lines in the largest type on the first page, when larger than the body and not a mere label. */
    static String largestTypeTitle(List<PdfLine> firstPage, float bodySize) {
        List<PdfLine> candidates = firstPage.stream().filter(l -> !LABEL_ONLY.matcher(l.text().strip()).matches()).toList();
        float max = (float) candidates.stream().mapToDouble(PdfLine::size).max().orElse(0);
        if (max < bodySize * 1.1f) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (PdfLine l : candidates) {
            if (l.size() >= max - 0.3f) {
                String joined = TypesetLines.join(sb.toString(), l.text());
                sb.setLength(0);
                sb.append(joined);
            } else if (!sb.isEmpty()) {
                break;
            }
        }
        String title = sb.toString().strip();
        return title.isEmpty() || title.length() > 300 ? null : title;
    }
}
