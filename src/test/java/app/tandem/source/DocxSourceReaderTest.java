package app.tandem.source;

import app.tandem.pipeline.CleanBlock;
import app.tandem.pipeline.CleanDocument;
import app.tandem.text.BlockKind;
import app.tandem.text.Lang;
import app.tandem.text.RejectedInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxSourceReaderTest {
    @Test
    void paragraphsReadAsTheSentencesTheyWereMadeFrom() {
        assertThat(SourceFixtures.runningSentences(SourceFixtures.segment("004.docx")))
                .containsExactlyElementsOf(SourceFixtures.lines("004.sentences.txt"));
    }

    @Test
    void stylesGiveTheKindsAndFootnotesBecomeBlocksLinkedByTheirNumbers() {
        SourceDocument source = new SourceFiles().read("article-004.docx", SourceFixtures.bytes("article-004.docx"));
        assertThat(source.format()).isEqualTo("DOCX");
        assertThat(source.title()).isEqualTo("У ИСТОКОВ СОВЕТСКО-ГЕРМАНСКИХ ОТНОШЕНИЙ");
        CleanDocument doc = SourceFixtures.pipeline().process(source, Lang.RU);
        List<BlockKind> kinds = doc.blocks().stream().map(CleanBlock::kind).toList();
        assertThat(kinds.subList(0, 3)).containsExactly(BlockKind.TITLE, BlockKind.AUTHOR, BlockKind.ABSTRACT);
        assertThat(kinds).contains(BlockKind.KEYWORDS, BlockKind.HEADING);
        assertThat(doc.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING).map(CleanBlock::text))
                .containsExactly("Введение", "Советско-турецкие отношения", "Заключение");
        List<CleanBlock> notes = doc.blocks().stream().filter(b -> b.kind() == BlockKind.FOOTNOTE).toList();
        assertThat(notes).extracting(CleanBlock::mark).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(notes.get(0).text()).isEqualTo("РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15.");
        String text = String.join(" ", doc.blocks().stream().filter(b -> b.kind() != BlockKind.FOOTNOTE).map(CleanBlock::text).toList());
        assertThat(text).contains("¹", "²", "³", "⁴", "⁵", "⁶");
        // a marker never sticks to its word: without it, its sentence is the author's sentence as written
        List<String> marked = doc.blocks().stream().filter(b -> b.kind() != BlockKind.FOOTNOTE).flatMap(b -> b.sentences().stream())
                .filter(x -> !x.equals(app.tandem.text.FootnoteMarks.strip(x)))
                .map(x -> app.tandem.text.FormatCodes.strip(app.tandem.text.FootnoteMarks.strip(x))).toList();
        assertThat(marked).hasSize(6);
        assertThat(SourceFixtures.lines("004.sentences.txt")).containsAll(marked);
    }

    @Test
    void boldAndItalicRunsBecomePairedCodesThatLeaveTheSentencesAsWritten() {
        CleanDocument doc = SourceFixtures.segment("article-004.docx");
        List<String> sentences = doc.blocks().stream().filter(b -> b.kind() != BlockKind.FOOTNOTE)
                .flatMap(b -> b.sentences().stream()).toList();
        List<String> coded = sentences.stream().filter(x -> x.contains("⟨")).toList();
        assertThat(coded).hasSizeGreaterThan(5);
        assertThat(String.join(" ", coded)).contains("⟨i⟩", "⟨/i⟩", "⟨b⟩", "⟨/b⟩");
        for (String x : coded) {
            // each sentence opens and closes its codes, in order
            java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
            java.util.regex.Matcher m = app.tandem.text.FormatCodes.CODE.matcher(x);
            while (m.find()) {
                String tag = app.tandem.text.FormatCodes.tag(m.group());
                if (app.tandem.text.FormatCodes.isClosing(m.group())) {
                    assertThat(open.pop()).as(x).isEqualTo(tag);
                } else {
                    open.push(tag);
                }
            }
            assertThat(open).as(x).isEmpty();
        }
        List<String> gold = SourceFixtures.lines("004.sentences.txt");
        for (String x : coded) {
            String plain = app.tandem.text.FootnoteMarks.strip(app.tandem.text.FormatCodes.strip(x));
            assertThat(gold).as(x).contains(plain);
        }
    }

    @Test
    void legacyMacroEnabledAndNonWordFilesAreRefusedByContent() throws IOException {
        byte[] doc = new byte[600];
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole, 0, doc, 0, ole.length);
        assertRefused("old.docx", doc, "old.docx: a legacy Word .doc");
        byte[] docm = withEntry(SourceFixtures.bytes("004.docx"), "word/vbaProject.bin", new byte[] {1, 2, 3});
        assertRefused("macros.docx", docm, "macros.docx: a macro-enabled Word file (.docm)");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write("<x/>".getBytes());
            z.closeEntry();
        }
        assertRefused("sheet.docx", zip.toByteArray(), "sheet.docx: a ZIP archive but not a DOCX");
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingIt() throws IOException {
        // 300 MB of one repeated byte in a few hundred kilobytes
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) ' ');
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb);
             ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(SourceFixtures.bytes("004.docx")))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    int cut = xml.indexOf("?>") + 2;
                    z.write(xml.substring(0, cut).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    for (int i = 0; i < 300; i++) {
                        z.write(chunk);
                    }
                    z.write(xml.substring(cut).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    z.write(data);
                }
                z.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(2_000_000);
        assertRefused("bomb.docx", bomb.toByteArray(), "bomb.docx: refused as a possible zip bomb");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] big = new byte[(int) SourceFiles.MAX_BYTES + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        assertRefused("huge.pdf", big, "huge.pdf: file is 20 MB, larger than the 20 MB limit");
    }

    private static void assertRefused(String name, byte[] bytes, String start) {
        assertThatThrownBy(() -> new SourceFiles().read(name, bytes))
                .isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith(start).doesNotContain("\n"));
    }

    private static byte[] withEntry(byte[] docx, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out);
             ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(in.readAllBytes());
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
