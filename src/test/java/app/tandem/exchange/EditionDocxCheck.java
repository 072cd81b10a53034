package app.tandem.exchange;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an English edition DOCX is measured by (issue 23): its notes are real Word notes with
 * English text, each referenced once in the text; its title and headings keep their styles; its
 * italic and bold runs are there; no Russian letter is left anywhere a reader sees (text, notes,
 * document properties); and LibreOffice converts it without repair.
 */
public final class EditionDocxCheck {
    private static final Pattern CYRILLIC = Pattern.compile("[А-Яа-яЁё]");

    /** What was found; {@code formattedRuns} counts the runs set in italic or bold. */
    public record Facts(List<String> notes, int noteReferences, List<String> titles, List<String> headings,
                        int formattedRuns, String allText) {
    }

    private EditionDocxCheck() {
    }

    public static Facts read(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> notes = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            for (XWPFFootnote f : doc.getFootnotes()) {
                if (f.getId() == null || f.getId().intValue() <= 0) {
                    continue;  // the separators
                }
                StringBuilder sb = new StringBuilder();
                f.getParagraphs().forEach(p -> sb.append(p.getText()));
                notes.add(sb.toString().strip());
                all.append(sb).append('\n');
            }
            int refs = 0;
            int formatted = 0;
            List<String> titles = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : paragraphs(doc)) {
                all.append(p.getText()).append('\n');
                String style = p.getStyleID() == null ? "" : p.getStyleID();
                if (style.equals("Title")) {
                    titles.add(p.getText().strip());
                } else if (style.startsWith("Heading")) {
                    headings.add(p.getText().strip());
                }
                for (XWPFRun r : p.getRuns()) {
                    refs += r.getCTR().getFootnoteReferenceList().size();
                    if ((r.isItalic() || r.isBold()) && r.text() != null && !r.text().isBlank()) {
                        formatted++;
                    }
                }
            }
            var core = doc.getProperties().getCoreProperties();
            all.append(core.getTitle()).append('\n').append(core.getCreator()).append('\n').append(core.getDescription()).append('\n');
            for (var property : doc.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()) {
                all.append(property.getLpwstr()).append('\n');
            }
            return new Facts(notes, refs, titles, headings, formatted, all.toString());
        }
    }

    private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>(doc.getParagraphs());
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.addAll(c.getParagraphs()))));
        return out;
    }

    /** The edition of {@code article-004.docx} after a translator kept every code: the measures. */
    public static void assertArticle004Edition(byte[] edition, byte[] source) throws IOException {
        Facts out = read(edition);
        Facts in = read(source);
        assertThat(out.notes()).as("six real footnotes").hasSize(6);
        assertThat(out.notes()).allSatisfy(n -> assertThat(n).startsWith("Eng"));
        assertThat(out.noteReferences()).as("each note at its marker").isEqualTo(6);
        assertThat(out.titles()).hasSize(1).allSatisfy(t -> assertThat(t).startsWith("Eng"));
        assertThat(out.headings()).hasSize(in.headings().size()).allSatisfy(h -> assertThat(h).matches("(Eng\\d+|Introduction|Conclusion|References).*"));
        assertThat(out.formattedRuns()).as("italic and bold runs kept").isGreaterThanOrEqualTo((int) Math.ceil(0.9 * in.formattedRuns()));
        assertThat(CYRILLIC.matcher(out.allText()).find()).as("no Russian letter left: " + firstCyrillic(out.allText())).isFalse();
    }

    private static String firstCyrillic(String text) {
        var m = CYRILLIC.matcher(text);
        return m.find() ? text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.start() + 30)) : "";
    }

    /** Converts with headless LibreOffice, which refuses a file it would have to repair; true when LibreOffice is there and the PDF was made. */
    public static void assertLibreOfficeConverts(Path docx, Path work) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/libreoffice", "--headless", "-env:UserInstallation=file://" + work.resolve("lo-profile"),
                "--convert-to", "pdf", "--outdir", work.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("lo.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path pdf = work.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
        assertThat(pdf).as(Files.readString(work.resolve("lo.log"))).exists();
        assertThat(Files.size(pdf)).isGreaterThan(1000);
    }

    public static boolean libreOfficeInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/libreoffice"));
    }
}
