package app.tandem.segment;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains Tandem's Russian sentence model. There is no published Russian OpenNLP model, so the
 * project trains one from the UD Russian dev splits (GSD, Taiga; never the test splits) and a
 * file of scholarly sentences written for the project, with an abbreviation dictionary for
 * Russian academic prose. Sentences are joined into running text the way the benchmark does.
 */
public final class RussianSentenceModelTrainer {
    private static final int SENTENCES_PER_SAMPLE = 12;

    public SentenceModel train(List<List<String>> documents, List<String> abbreviations) throws IOException {
        List<SentenceSample> samples = new ArrayList<>();
        for (List<String> doc : documents) {
            for (int i = 0; i < doc.size(); i += SENTENCES_PER_SAMPLE) {
                samples.add(sample(doc.subList(i, Math.min(doc.size(), i + SENTENCES_PER_SAMPLE))));
            }
        }
        Dictionary abbrev = new Dictionary(false);
        for (String a : abbreviations) {
            if (!a.isBlank() && !a.startsWith("#")) {
                abbrev.put(new StringList(a.strip()));
            }
        }
        SentenceDetectorFactory factory = new SentenceDetectorFactory("rus", true, abbrev, new char[]{'.', '!', '?', '…'});
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 150);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        return SentenceDetectorME.train("rus", new CollectionObjectStream<>(samples), factory, params);
    }

    private static SentenceSample sample(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(s);
            spans.add(new Span(start, text.length()));
        }
        return new SentenceSample(text, spans.toArray(new Span[0]));
    }

    /** Arguments: OUTPUT_MODEL ABBREVIATIONS_FILE (CONLLU_OR_TXT)...; a .txt input holds one sentence per line, blank line = new document. */
    public static void trainToFile(Path output, Path abbreviations, List<Path> inputs) throws IOException {
        List<List<String>> docs = new ArrayList<>();
        for (Path in : inputs) {
            if (in.toString().endsWith(".conllu")) {
                docs.addAll(ConlluSentences.documents(in));
            } else {
                List<String> current = new ArrayList<>();
                for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        if (!current.isEmpty()) {
                            docs.add(current);
                        }
                        current = new ArrayList<>();
                    } else if (!line.startsWith("#")) {
                        current.add(line.strip());
                    }
                }
                if (!current.isEmpty()) {
                    docs.add(current);
                }
            }
        }
        SentenceModel model = new RussianSentenceModelTrainer().train(docs,
                Files.readAllLines(abbreviations, StandardCharsets.UTF_8));
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            model.serialize(out);
        }
    }
}
