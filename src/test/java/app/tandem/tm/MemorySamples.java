package app.tandem.tm;

import app.tandem.TestDatabase;
import app.tandem.document.SegmentRow;
import app.tandem.memory.FuzzyMatcher;
import app.tandem.memory.SourceKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Memories made from an article's own sentences, for pre-translation and look-up tests. */
public final class MemorySamples {
    private MemorySamples() {
    }

    /**
     * {@code n} untranslated sentences of the article, as Tandem segments it, that occur once in it
     * and have at least eight tokens (one changed word still leaves a score of 70 or more).
     */
    public static List<String> distinctSentences(Path article, int n, Path scratchDir) throws IOException {
        TestDatabase db = new TestDatabase(scratchDir);
        long doc = db.importService().importFile("Scratch", article.getFileName().toString(), Files.readAllBytes(article)).documentId();
        List<SegmentRow> all = db.documents.findAllSegments(doc);
        Map<String, Integer> occurrences = new HashMap<>();
        all.forEach(s -> occurrences.merge(SourceKey.normalize(s.sourceText()), 1, Integer::sum));
        return all.stream().filter(s -> s.targetText() == null && occurrences.get(SourceKey.normalize(s.sourceText())) == 1)
                .filter(s -> FuzzyMatcher.tokenize(s.sourceText()).size() >= 8).limit(n).map(SegmentRow::sourceText).toList();
    }

    /** Replaces the longest word, so the variant differs from the original in exactly one word. */
    public static String oneWordChanged(String sentence) {
        String longest = FuzzyMatcher.tokenize(sentence).stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        int at = sentence.toLowerCase().indexOf(longest);
        return sentence.substring(0, at) + "переиначенное" + sentence.substring(at + longest.length());
    }

    /**
     * The memory: the first {@code verbatim} sentences as they are, the rest with one word
     * changed, each with an English stand-in naming its kind and number.
     */
    public static List<String[]> verbatimAndVariants(List<String> sentences, int verbatim) {
        List<String[]> units = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            units.add(i < verbatim ? new String[] {sentences.get(i), "Exact " + i + "."}
                    : new String[] {oneWordChanged(sentences.get(i)), "Variant " + i + "."});
        }
        return units;
    }

    /** A TMX 1.4 file of Russian–English pairs. */
    public static byte[] tmx(List<String[]> units) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test"
                 adminlang="en" srclang="ru" datatype="plaintext"/><body>
                """);
        for (String[] u : units) {
            sb.append("<tu><tuv xml:lang=\"ru\"><seg>").append(xml(u[0])).append("</seg></tuv><tuv xml:lang=\"en\"><seg>")
                    .append(xml(u[1])).append("</seg></tuv></tu>\n");
        }
        return sb.append("</body></tmx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
