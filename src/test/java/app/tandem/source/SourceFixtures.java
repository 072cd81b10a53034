package app.tandem.source;

import app.tandem.pipeline.CleanBlock;
import app.tandem.pipeline.CleanDocument;
import app.tandem.pipeline.DocumentPipeline;
import app.tandem.text.BlockKind;
import app.tandem.text.FootnoteMarks;
import app.tandem.text.Lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The typeset articles under src/test/resources/sources (made by make_pdfs.py and make_layouts.py). */
final class SourceFixtures {
    private static DocumentPipeline pipeline;

    private SourceFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = SourceFixtures.class.getResourceAsStream("/sources/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource sources/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String name) {
        return Arrays.stream(new String(bytes(name), StandardCharsets.UTF_8).split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static synchronized DocumentPipeline pipeline() {
        if (pipeline == null) {
            pipeline = DocumentPipeline.standard();
        }
        return pipeline;
    }

    static CleanDocument segment(String name) {
        return pipeline().process(new SourceFiles().read(name, bytes(name)), Lang.RU);
    }

    /** The running text's sentences as {@code segment} prints them: footnotes, their markers and formatting codes aside. */
    static List<String> runningSentences(CleanDocument doc) {
        List<String> out = new ArrayList<>();
        for (CleanBlock b : doc.blocks()) {
            if (b.kind() != BlockKind.FOOTNOTE) {
                b.sentences().forEach(s -> out.add(app.tandem.text.FormatCodes.strip(FootnoteMarks.strip(s))));
            }
        }
        return out;
    }
}
