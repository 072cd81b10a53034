package app.tandem.cli;

import app.tandem.bench.SegmentationBenchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code bench segment UD_DIR} and the other benchmarks recorded in BENCHMARKS.md. */
public final class BenchCommand implements CliCommand {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench segment UD_DIR | bench align ALIGN_DIR OUT_DIR | bench terms TERMS_DIR | bench qa RU_PUD_CONLLU | bench tmx WORK_DIR | bench memory UD_DIR   run a benchmark of BENCHMARKS.md and print its table";
    }

    @Override
    public int run(List<String> args, List<String> springArgs, PrintStream out) throws Exception {
        if (args.size() < 2) {
            throw new UsageException("usage: " + usage());
        }
        switch (args.get(0)) {
            case "segment" -> new SegmentationBenchmark().run(Path.of(args.get(1)), out);
            case "align" -> {
                if (args.size() < 3) {
                    throw new UsageException("usage: bench align ALIGN_DIR OUT_DIR");
                }
                new app.tandem.bench.AlignmentBenchmark().run(Path.of(args.get(1)), Path.of(args.get(2)), out);
            }
            case "terms" -> new app.tandem.bench.TermsBenchmark().run(Path.of(args.get(1)), out);
            case "qa" -> new app.tandem.bench.QaBenchmark().run(Path.of(args.get(1)), out);
            case "tmx" -> new app.tandem.bench.TmxExportBenchmark().run(Path.of(args.get(1)), out);
            case "memory" -> new app.tandem.bench.MemoryBenchmark().run(Path.of(args.get(1)), out);
            default -> throw new UsageException("unknown benchmark '" + args.get(0) + "'");
        }
        return 0;
    }
}
