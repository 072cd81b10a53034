package app.tandem.cli;

import app.tandem.bench.SegmentationBenchmark;
import app.tandem.bench.load.LoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bench segment UD_DIR} and the other benchmarks recorded in BENCHMARKS.md. */
@Command(name = "bench", description = "Run a benchmark of BENCHMARKS.md and print its table: segment UD_DIR | align ALIGN_DIR OUT_DIR | "
        + "load --url URL --user NAME --password-file F --translators N --seconds S | terms TERMS_DIR | qa RU_PUD_CONLLU | names RUSSIAN_TEXT | exchange WORK_DIR | memory UD_DIR | memory-scale UD_DIR (with --tandem.data-dir=NEW_DIR)")
final class BenchCommand implements Callable<Integer> {
    private final CliContext cli;

    @Parameters(index = "0", paramLabel = "BENCHMARK")
    String which;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ARG")
    List<String> args = List.of();

    @Option(names = "--url", description = "load: the running app, e.g. http://localhost:8080")
    URI url;

    @Option(names = "--user", description = "load: who the simulated translators sign in as (an admin, for the heap figure)")
    String user;

    @Option(names = "--password-file", description = "load: a file holding the user's password (first line)")
    Path passwordFile;

    @Option(names = "--translators", description = "load: how many translators, each with a document of their own", defaultValue = "10")
    int translators;

    @Option(names = "--seconds", description = "load: how long they work", defaultValue = "60")
    int seconds;

    @Option(names = "--pace", description = "load: seconds between one translator's confirmations, MIN-MAX", defaultValue = "10-15")
    String pace;

    BenchCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        if (which.equals("load")) {
            return load();
        }
        if (args.isEmpty()) {
            throw new UsageException("bench " + which + " needs its data directory or file (see bench --help)");
        }
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

    private int load() throws Exception {
        if (url == null || user == null || passwordFile == null) {
            throw new UsageException("usage: bench load --url URL --user NAME --password-file F --translators N --seconds S [--pace MIN-MAX]");
        }
        if (translators < 1 || seconds < 1) {
            throw new UsageException("--translators and --seconds must be at least 1");
        }
        String[] range = pace.split("-", 2);
        double paceMin;
        double paceMax;
        try {
            paceMin = Double.parseDouble(range[0].strip());
            paceMax = range.length > 1 ? Double.parseDouble(range[1].strip()) : paceMin;
        } catch (NumberFormatException e) {
            throw new UsageException("--pace takes seconds as MIN-MAX (e.g. 10-15), not '" + pace + "'");
        }
        if (paceMin <= 0 || paceMax < paceMin) {
            throw new UsageException("--pace takes seconds as MIN-MAX with 0 < MIN <= MAX, not '" + pace + "'");
        }
        String password;
        try {
            password = java.nio.file.Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read the password file " + passwordFile + ": " + e.getMessage());
        }
        var settings = new LoadBenchmark.Settings(url, user, password, translators, seconds, paceMin, paceMax);
        LoadBenchmark.Result r;
        try {
            r = new LoadBenchmark().run(settings, cli.err());
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new UsageException(e.getMessage());
        }
        r.errorSamples().forEach(e -> cli.err().println("error: " + e));
        cli.out().printf(java.util.Locale.ROOT, "sign-in p50 %.0f ms p95 %.0f ms; workbench open p50 %.0f ms p95 %.0f ms%n",
                r.signIn()[0], r.signIn()[1], r.open()[0], r.open()[1]);
        cli.out().printf(java.util.Locale.ROOT, "Ctrl+Enter once all were working (%.0f confirms): p50 %.0f ms p95 %.0f ms%n",
                r.steady()[2], r.steady()[0], r.steady()[1]);
        cli.out().printf(java.util.Locale.ROOT, "CPU: harness %.0f %% of the machine, server %s%n", r.harnessCpuShare() * 100,
                r.serverCpuShare() == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f %%", r.serverCpuShare() * 100));
        cli.out().println(r.line());
        return r.errors() == 0 ? 0 : 1;
    }
}
