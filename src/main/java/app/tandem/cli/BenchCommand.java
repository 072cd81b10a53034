package app.tandem.cli;

import app.tandem.bench.SegmentationBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bench segment UD_DIR} and the other benchmarks recorded in BENCHMARKS.md. */
@Command(name = "bench", description = "Run a benchmark of BENCHMARKS.md and print its table: segment UD_DIR | align ALIGN_DIR OUT_DIR | "
        + "terms TERMS_DIR | qa RU_PUD_CONLLU | names RUSSIAN_TEXT | exchange WORK_DIR | memory UD_DIR | memory-scale UD_DIR (with --tandem.data-dir=NEW_DIR)")
final class BenchCommand implements Callable<Integer> {
    private final CliContext cli;

    @Parameters(index = "0", paramLabel = "BENCHMARK")
    String which;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ARG")
    List<String> args;

    BenchCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Path first = Path.of(args.get(0));
        switch (which) {
            case "segment" -> new SegmentationBenchmark().run(first, cli.out());
            case "align" -> {
                if (args.size() < 2) {
                    throw new UsageException("usage: bench align ALIGN_DIR OUT_DIR");
                }
                new app.tandem.bench.AlignmentBenchmark().run(first, Path.of(args.get(1)), cli.out());
            }
            case "terms" -> new app.tandem.bench.TermsBenchmark().run(first, cli.out());
            case "qa" -> new app.tandem.bench.QaBenchmark().run(first, cli.out());
            case "exchange", "tmx" -> new app.tandem.bench.ExchangeScaleBenchmark().run(first, cli.out());
            case "memory" -> new app.tandem.bench.MemoryBenchmark().run(first, cli.out());
            case "names" -> new app.tandem.bench.NameConsistencyBenchmark().run(first, cli.out());
            case "memory-scale" -> {
                try (var ctx = SpringContexts.withoutWeb(app.tandem.TandemApplication.class, cli.springArgs())) {
                    if (ctx.getBean(app.tandem.project.ProjectRepository.class).findIdByName("Scale").isPresent()) {
                        throw new UsageException("the data directory already has a project 'Scale'; run the benchmark on a new one");
                    }
                    new app.tandem.bench.MemoryScaleBenchmark().run(first, ctx, cli.out());
                }
            }
            default -> throw new UsageException("unknown benchmark '" + which + "'");
        }
        return 0;
    }
}
