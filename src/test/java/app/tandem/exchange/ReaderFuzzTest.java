package app.tandem.exchange;

import app.tandem.TestDatabase;
import app.tandem.document.ExportService;
import app.tandem.pipeline.BilingualPassageDetector;
import app.tandem.pipeline.DocumentPipeline;
import app.tandem.text.RejectedInputException;
import app.tandem.text.TextDecoder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input at volume: thousands of mutated files through every reader, in a 512 MB heap (its own
 * Surefire run). Each input ends in a result or a one-line refusal naming the file: no other
 * exception, no hang, no {@code OutOfMemoryError}; entity expansion and external entities are refused.
 * The mutations are seeded ({@code -Dtandem.fuzz.seed}, printed), so a failure can be replayed;
 * {@code -Dtandem.fuzz.inputs} sets how many inputs each reader gets (1,500 in {@code ./mvnw verify}; the
 * full run of 4,000 a reader, 32,000 in all, is {@code ./mvnw test -Dgroups=fuzz -Dtandem.fuzz.inputs=4000}).
 */
@Tag("fuzz")
class ReaderFuzzTest {
    private static final long SEED = Long.getLong("tandem.fuzz.seed", 21L);
    private static final int INPUTS = Integer.getInteger("tandem.fuzz.inputs", 1500);
    private static final String NAME = "input.bin";

    @TempDir
    Path dir;

    /** A reader under test: takes the bytes, returns normally or refuses. */
    private interface Reader {
        void read(byte[] bytes) throws Exception;
    }

    private static final Consumer<Object> IGNORE = x -> { };

    private Map<String, Reader> readers() {
        Map<String, Reader> r = new LinkedHashMap<>();
        r.put("tmx", b -> new TmxReader().read(NAME, new ByteArrayInputStream(b), b.length, "ru", "en", IGNORE::accept));
        r.put("xliff20", b -> new XliffReader().read(NAME, new ByteArrayInputStream(b), IGNORE::accept));
        r.put("xliff12", b -> new XliffReader().read(NAME, new ByteArrayInputStream(b), IGNORE::accept));
        r.put("tbx", b -> new TbxReader().read(NAME, new ByteArrayInputStream(b)));
        r.put("csv", b -> GlossaryCsv.read(NAME, new String(b, StandardCharsets.UTF_8)));
        r.put("tsv", b -> GlossaryCsv.read(NAME, new String(b, StandardCharsets.UTF_8)));
        r.put("docx", b -> new ReviewDocxReader().read(NAME, b));
        // the article as it arrives (issue 22): a PDF's pages and an author's DOCX into the document model
        r.put("pdf", b -> new app.tandem.source.SourceFiles().read(NAME, b));
        r.put("source-docx", b -> new app.tandem.source.SourceFiles().read(NAME, b));
        r.put("txt", b -> {
            String text = new TextDecoder().decode(NAME, b).text();
            BilingualPassageDetector.standard().detect(DocumentPipeline.standard().process(text, null));
        });
        return r;
    }

    /** Valid files of each kind, as Tandem writes them (the seed article 004 with its English) or as other tools do. */
    private Map<String, byte[]> samples() throws IOException {
        TestDatabase db = new TestDatabase(dir);
        String article = Files.readString(Path.of("seeds/004_8dca3b5bb16bd63d.txt"));
        // a shorter article keeps each text input fast: the first paragraphs and the English abstract at the end
        String shortArticle = article.substring(0, Math.min(2500, article.length())) + "\n\n" + article.substring(Math.max(0, article.length() - 1500));
        long doc = db.importService().importFile("P", "a.txt", shortArticle.getBytes(StandardCharsets.UTF_8)).documentId();
        ExportService export = new ExportService(db.documents, db.projects);
        Map<String, byte[]> s = new LinkedHashMap<>();
        s.put("tmx", exported(export, doc, ExportService.Format.TMX));
        s.put("xliff20", exported(export, doc, ExportService.Format.XLIFF));
        s.put("xliff12", exported(export, doc, ExportService.Format.XLIFF12));
        s.put("tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
                <conceptEntry id="c1"><descrip type="subjectField">diplomacy</descrip>
                <langSec xml:lang="ru"><termSec><term>Наркоминдел</term><termNote type="partOfSpeech">noun</termNote></termSec></langSec>
                <langSec xml:lang="en"><termSec><term>People's Commissariat for Foreign Affairs</term></termSec>
                <termSec><term>Narkomindel</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
                </conceptEntry></body></text></tbx>
                """.getBytes(StandardCharsets.UTF_8));
        s.put("csv", "russian,english,alternatives,forbidden,note,domain,part_of_speech\nСовнарком,Council of People's Commissars,Sovnarkom,,\"a note, with comma\",politics,noun\nнота,note,,,,diplomacy,noun\n"
                .getBytes(StandardCharsets.UTF_8));
        s.put("tsv", "russian\tenglish\tnote\nВЦИК\tAll-Russian Central Executive Committee\tVTsIK\nнаркомат\tpeople's commissariat\t\n"
                .getBytes(StandardCharsets.UTF_8));
        s.put("docx", exported(export, doc, ExportService.Format.DOCX));
        s.put("txt", shortArticle.getBytes(StandardCharsets.UTF_8));
        s.put("pdf", Files.readAllBytes(Path.of("src/test/resources/sources/004-lo.pdf")));
        s.put("source-docx", Files.readAllBytes(Path.of("src/test/resources/sources/article-004.docx")));
        return s;
    }

    private static byte[] exported(ExportService export, long doc, ExportService.Format f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(doc, f, false, out);
        return out.toByteArray();
    }

    /** Hostile files every XML reader must refuse in one line: entity expansion, external entities. */
    private static final List<String> HOSTILE_XML = List.of(
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><tmx version=\"1.4\"><body>&lol3;</body></tmx>",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xliff version=\"2.0\"><file>&xxe;</file></xliff>",
            "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://127.0.0.1:9/evil.dtd\"><tbx><text><body/></text></tbx>");

    @Test
    void everyMutatedInputEndsInAResultOrAOneLineRefusal() throws Exception {
        System.out.println("FUZZ seed " + SEED + ", " + INPUTS + " inputs per reader, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        Random random = new Random(SEED);
        Map<String, byte[]> samples = samples();
        Map<String, Reader> readers = readers();
        List<String> failures = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Map.Entry<String, Reader> e : readers.entrySet()) {
                String kind = e.getKey();
                byte[] sample = samples.get(kind);
                // the valid sample itself is read without complaint
                assertThat(outcome(worker, e.getValue(), sample)).as(kind + " sample").isEqualTo("ok");
                if (kind.equals("tmx") || kind.startsWith("xliff") || kind.equals("tbx")) {
                    // entity declarations (expansion, external entities) are refused; a DTD named by address is never loaded
                    for (String hostile : HOSTILE_XML.subList(0, 2)) {
                        assertThat(outcome(worker, e.getValue(), hostile.getBytes(StandardCharsets.UTF_8))).as(kind + ": " + hostile).startsWith("refused");
                    }
                }
                int ok = 0;
                int refused = 0;
                // made one at a time: thousands of mutated files held together would fill the small heap themselves
                List<java.util.function.Supplier<byte[]>> inputs = new ArrayList<>();
                // a PDF or a source DOCX takes tens of milliseconds to read whole: a quarter as many
                int count = kind.equals("pdf") || kind.equals("source-docx") ? INPUTS / 4 : INPUTS;
                for (int i = 0; i < count; i++) {
                    inputs.add(() -> kind.endsWith("docx") && random.nextBoolean() ? mutateInsideZip(sample, random) : mutate(sample, random, kind));
                }
                if (!kind.endsWith("docx") && !kind.equals("txt") && !kind.startsWith("csv") && !kind.equals("tsv") && !kind.equals("pdf")) {
                    HOSTILE_XML.forEach(x -> inputs.add(() -> x.getBytes(StandardCharsets.UTF_8)));
                }
                if (kind.equals("docx")) {
                    inputs.add(() -> {
                        try {
                            return zipBomb();
                        } catch (IOException ex) {
                            throw new IllegalStateException(ex);
                        }
                    });
                }
                for (java.util.function.Supplier<byte[]> next : inputs) {
                    String o = outcome(worker, e.getValue(), next.get());
                    if (o.equals("ok")) {
                        ok++;
                    } else if (o.startsWith("refused")) {
                        refused++;
                    } else {
                        failures.add(kind + ": " + o);
                        if (o.startsWith("hang")) {
                            // the hung thread is left behind; the rest goes on in a new one
                            worker.shutdownNow();
                            worker = Executors.newSingleThreadExecutor();
                        }
                    }
                }
                System.out.printf("FUZZ %s: %d inputs, %d read, %d refused in one line, %d failed%n", kind, inputs.size(), ok, refused,
                        failures.stream().filter(f -> f.startsWith(kind + ":")).count());
            }
        } finally {
            worker.shutdownNow();
        }
        assertThat(failures).as("inputs that ended otherwise than in a result or a one-line refusal (seed " + SEED + ")").isEmpty();
    }

    /** "ok", "refused: MESSAGE", or what went wrong (another exception, a message of several lines, a hang). */
    private static String outcome(ExecutorService worker, Reader reader, byte[] input) throws InterruptedException {
        Future<String> f = worker.submit(() -> {
            try {
                reader.read(input);
                return "ok";
            } catch (ExchangeException | RejectedInputException ex) {
                String m = ex.getMessage();
                if (m == null || m.isBlank() || m.contains("\n") || m.length() > 600) {
                    return "refusal not in one line: " + m;
                }
                if (!m.contains(NAME)) {
                    return "refusal without the file's name: " + m;
                }
                return "refused: " + m;
            } catch (Throwable t) {
                java.io.StringWriter sw = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(sw));
                String trace = sw.toString();
                return "threw " + trace.substring(0, Math.min(1200, trace.length())) + " on input " + preview(input);
            }
        });
        try {
            return f.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException ex) {
            f.cancel(true);
            return "hang (over 20 s) on input " + kept(input) + " " + preview(input);
        } catch (java.util.concurrent.ExecutionException ex) {
            return "threw " + ex.getCause();
        }
    }

    /** The input that failed, kept under target/ so it can be read again by itself. */
    private static String kept(byte[] input) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Path file = dir.resolve("input-" + Integer.toHexString(java.util.Arrays.hashCode(input)) + ".bin");
            Files.write(file, input);
            return "(kept as " + file + ")";
        } catch (IOException e) {
            return "(not kept: " + e.getMessage() + ")";
        }
    }

    private static String preview(byte[] input) {
        String s = new String(input, 0, Math.min(input.length, 300), StandardCharsets.UTF_8);
        return input.length + " bytes: " + s.replace("\n", "\\n");
    }

    private static final String[] XML_TOKENS = {"<", ">", "&", "&amp;", "&#0;", "&#xFFFF;", "&undefined;", "<![CDATA[", "]]>", "<!--", "-->",
            "\"", "'", "</", "/>", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "&a;", "\u0000", "\uFFFE",
            "\uD800", "xml:lang=\"\"", " version=\"9.9\"", "<seg>", "</seg>", "<source>", "<target>", "<tu>", "<tuv xml:lang=\"ru\">",
            "<unit id=\"\">", "<trans-unit id=\"x\">", "\t", "\r\n", ",", "\"\"", "\n\n\n"};

    static byte[] mutate(byte[] sample, Random random, String kind) {
        byte[] b = sample.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int kindOfEdit = random.nextInt(7);
            int at = b.length == 0 ? 0 : random.nextInt(b.length);
            switch (kindOfEdit) {
                case 0 -> { // flip bytes
                    if (b.length > 0) {
                        b[at] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> { // cut a range
                    int len = Math.min(b.length - at, random.nextInt(200) + 1);
                    b = concat(java.util.Arrays.copyOfRange(b, 0, at), java.util.Arrays.copyOfRange(b, at + len, b.length));
                }
                case 2 -> { // repeat a range (bounded growth)
                    int len = Math.min(b.length - at, random.nextInt(400) + 1);
                    byte[] piece = java.util.Arrays.copyOfRange(b, at, at + len);
                    int times = 1 + random.nextInt(20);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(b, 0, at);
                    for (int t = 0; t < times; t++) {
                        out.write(piece, 0, piece.length);
                    }
                    out.write(b, at, b.length - at);
                    b = out.toByteArray();
                }
                case 3 -> { // a token of the format's syntax
                    byte[] token = XML_TOKENS[random.nextInt(XML_TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                    b = concat(concat(java.util.Arrays.copyOfRange(b, 0, at), token), java.util.Arrays.copyOfRange(b, at, b.length));
                }
                case 4 -> b = java.util.Arrays.copyOfRange(b, 0, at); // truncated
                case 5 -> { // random bytes
                    byte[] noise = new byte[1 + random.nextInt(64)];
                    random.nextBytes(noise);
                    b = concat(concat(java.util.Arrays.copyOfRange(b, 0, at), noise), java.util.Arrays.copyOfRange(b, at, b.length));
                }
                default -> { // one very long line or value
                    byte[] longRun = "Ж".repeat(20_000 + random.nextInt(200_000)).getBytes(StandardCharsets.UTF_8);
                    b = concat(concat(java.util.Arrays.copyOfRange(b, 0, at), longRun), java.util.Arrays.copyOfRange(b, at, b.length));
                }
            }
        }
        return b;
    }

    /** A DOCX whose parts are kept as a zip but whose XML inside is mutated (bytes mutated as a whole rarely get past the zip). */
    static byte[] mutateInsideZip(byte[] docx, Random random) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().endsWith(".xml") && random.nextInt(3) == 0) {
                        content = mutate(content, random, "xml");
                    }
                    if (random.nextInt(40) == 0) {
                        continue; // a part left out
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DOCX-shaped zip whose document part inflates from a few hundred kilobytes to a gigabyte. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 1024; i++) {
                zip.write(spaces);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
