package app.tandem.bench;

import app.tandem.segment.ConlluSentences;
import app.tandem.segment.SentenceSplitter;
import app.tandem.text.Lang;
import org.languagetool.Languages;
import org.languagetool.tokenizers.SentenceTokenizer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sentence-boundary F1 on the UD test splits joined into running text, for Tandem's splitter and
 * two baselines measured in the same run: LanguageTool's SRX tokenizer and the bare OpenNLP
 * model without Tandem's rules. Also throughput and the pathological inputs (5 MB of text, one
 * 5 MB line, text with no punctuation).
 */
public final class SegmentationBenchmark {
    private record Corpus(String name, Path file, Lang lang) {
    }

    public void run(Path udDir, PrintStream out) throws IOException {
        List<Corpus> corpora = List.of(
                new Corpus("ru_gsd test", udDir.resolve("ru_gsd/ru_gsd-ud-test.conllu"), Lang.RU),
                new Corpus("ru_taiga test", udDir.resolve("ru_taiga/ru_taiga-ud-test.conllu"), Lang.RU),
                new Corpus("ru_pud test", udDir.resolve("ru_pud/ru_pud-ud-test.conllu"), Lang.RU),
                new Corpus("en_ewt test", udDir.resolve("en_ewt/en_ewt-ud-test.conllu"), Lang.EN));
        SentenceSplitter tandem = SentenceSplitter.standard();
        SentenceSplitter bare = new SentenceSplitter(SentenceSplitter.load(SentenceSplitter.RUSSIAN_MODEL),
                SentenceSplitter.load(SentenceSplitter.ENGLISH_MODEL), false);
        Map<String, Function<Corpus, Function<String, List<String>>>> systems = new LinkedHashMap<>();
        systems.put("Tandem (model + rules)", c -> text -> tandem.split(text, c.lang()));
        systems.put("OpenNLP model only", c -> text -> bare.split(text, c.lang()));
        systems.put("LanguageTool SRX", c -> {
            SentenceTokenizer t = Languages.getLanguageForShortCode(c.lang() == Lang.RU ? "ru" : "en-US").getSentenceTokenizer();
            return text -> t.tokenize(text);
        });
        out.println("| corpus | system | P | R | F1 | chars/s |");
        out.println("|---|---|---|---|---|---|");
        for (Corpus c : corpora) {
            List<String> gold = ConlluSentences.sentences(c.file());
            String text = String.join(" ", gold);
            for (var e : systems.entrySet()) {
                Function<String, List<String>> split = e.getValue().apply(c);
                // steady state for every system alike: on two cores the JIT needs seconds to finish with
                // the splitter (1.5 s of warm-up measured 8.5 M chars/s on GSD, the next rounds 15-21 M)
                long warm = System.nanoTime();
                while (System.nanoTime() - warm < 5_000_000_000L) {
                    split.apply(text);
                }
                long t0 = System.nanoTime();
                int reps = 0;
                List<String> result = null;
                while (reps < 3 || System.nanoTime() - t0 < 2_000_000_000L) {
                    result = split.apply(text);
                    reps++;
                }
                double secs = (System.nanoTime() - t0) / 1e9 / reps;
                BoundaryScore s = BoundaryScore.of(gold, result);
                out.printf("| %s | %s | %.4f | %.4f | %.4f | %.0f |%n", c.name(), e.getKey(), s.precision(), s.recall(),
                        s.f1(), text.length() / secs);
            }
        }
        stress(tandem, out);
    }

    private static void stress(SentenceSplitter splitter, PrintStream out) {
        StringBuilder sb = new StringBuilder();
        String sentence = "В апреле 1922 г. в Генуе открылась конференция, и В.И. Ленин писал об этом [3, с. 45]. ";
        while (sb.length() < 5_000_000) {
            sb.append(sentence);
        }
        String fiveMb = sb.toString();
        time(out, "5 MB of running text (one paragraph)", () -> splitter.split(fiveMb, Lang.RU).size());
        String half = fiveMb.substring(0, fiveMb.length() / 2);
        time(out, "2.5 MB of the same text (linearity check)", () -> splitter.split(half, Lang.RU).size());
        String noPunct = fiveMb.replaceAll("[.,\\[\\]]", "");
        time(out, "5 MB without any punctuation", () -> splitter.split(noPunct, Lang.RU).size());
    }

    private static void time(PrintStream out, String label, java.util.function.IntSupplier work) {
        long t0 = System.nanoTime();
        int n = work.getAsInt();
        out.printf("- %s: %d sentences in %.2f s%n", label, n, (System.nanoTime() - t0) / 1e9);
    }
}
