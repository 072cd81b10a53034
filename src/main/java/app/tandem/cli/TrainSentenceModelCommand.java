package app.tandem.cli;

import app.tandem.segment.RussianSentenceModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Rebuilds the bundled Russian sentence model; see README "Sentence model". */
@Command(name = "train-sentence-model", description = "Train the Russian sentence model (CoNLL-U dev splits, .txt one sentence a line).")
final class TrainSentenceModelCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--out", required = true, paramLabel = "MODEL.bin")
    String out;

    @Option(names = "--abbreviations", required = true, paramLabel = "FILE")
    String abbreviations;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    TrainSentenceModelCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        List<Path> paths = inputs.stream().map(CliContext::existingFile).toList();
        RussianSentenceModelTrainer.trainToFile(Path.of(out), CliContext.existingFile(abbreviations), paths);
        cli.out().println("model written to " + out);
        return 0;
    }
}
