package app.tandem.cli;

import app.tandem.segment.RussianSentenceModelTrainer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Rebuilds the bundled Russian sentence model; see README "Sentence model". */
public final class TrainSentenceModelCommand implements CliCommand {
    @Override
    public String name() {
        return "train-sentence-model";
    }

    @Override
    public String usage() {
        return "train-sentence-model --out MODEL.bin --abbreviations FILE INPUT...   train the Russian sentence model (CoNLL-U dev splits, .txt one sentence a line)";
    }

    @Override
    public int run(List<String> argList, List<String> springArgs, PrintStream out) throws Exception {
        Args args = new Args(argList, List.of("out", "abbreviations"), List.of());
        if (args.option("out") == null || args.option("abbreviations") == null || args.positional().isEmpty()) {
            throw new UsageException("usage: " + usage());
        }
        List<Path> inputs = new ArrayList<>();
        for (String p : args.positional()) {
            inputs.add(Args.existingFile(p));
        }
        RussianSentenceModelTrainer.trainToFile(Path.of(args.option("out")),
                Args.existingFile(args.option("abbreviations")), inputs);
        out.println("model written to " + args.option("out"));
        return 0;
    }
}
