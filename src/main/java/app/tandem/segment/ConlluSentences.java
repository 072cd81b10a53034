package app.tandem.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the sentence texts ({@code # text = ...}) of a CoNLL-U file, grouped by {@code # newdoc}. */
public final class ConlluSentences {
    private ConlluSentences() {
    }

    public static List<List<String>> documents(Path conllu) throws IOException {
        List<List<String>> docs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.startsWith("# newdoc") && !current.isEmpty()) {
                docs.add(current);
                current = new ArrayList<>();
            } else if (line.startsWith("# text = ")) {
                current.add(line.substring("# text = ".length()).strip());
            }
        }
        if (!current.isEmpty()) {
            docs.add(current);
        }
        return docs;
    }

    public static List<String> sentences(Path conllu) throws IOException {
        List<String> all = new ArrayList<>();
        documents(conllu).forEach(all::addAll);
        return all;
    }
}
