package app.tandem.qa;

import app.tandem.qa.checks.BracketBalanceCheck;
import app.tandem.qa.checks.ConsistencyCheck;
import app.tandem.qa.checks.CyrillicInTargetCheck;
import app.tandem.qa.checks.EmptyTargetCheck;
import app.tandem.qa.checks.FinalPunctuationCheck;
import app.tandem.qa.checks.GlossaryCheck;
import app.tandem.qa.checks.InitialCapitalCheck;
import app.tandem.qa.checks.FormatCodeCheck;
import app.tandem.qa.checks.InlineElementCheck;
import app.tandem.qa.checks.LanguageToolCheck;
import app.tandem.qa.checks.LengthRatioCheck;
import app.tandem.qa.checks.MissingSpaceAfterSentenceCheck;
import app.tandem.qa.checks.MixedScriptCheck;
import app.tandem.qa.checks.NumberMismatchCheck;
import app.tandem.qa.checks.RepeatedWordCheck;
import app.tandem.qa.checks.RussianQuotesCheck;
import app.tandem.qa.checks.SpacingCheck;
import app.tandem.qa.checks.TargetSameAsSourceCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs every check on segments; a whole document is spread over the available cores. */
public final class QaEngine {
    private final LanguageToolCheck englishTool;
    private final LanguageToolCheck russianTool;
    private final List<QaCheck> checks;

    /** Without LanguageTool on the Russian source (the translator cannot change it; a project may turn it on). */
    public QaEngine(String englishVariant, boolean withLanguageTool) {
        this(englishVariant, withLanguageTool, false);
    }

    /**
     * @param checkSource LanguageTool's Russian spelling and grammar on the source as
     *                    information, for projects whose sources are still being edited
     */
    public QaEngine(String englishVariant, boolean withLanguageTool, boolean checkSource) {
        englishTool = LanguageToolCheck.english(englishVariant);
        russianTool = LanguageToolCheck.russian();
        List<QaCheck> all = new ArrayList<>(List.of(
                new EmptyTargetCheck(), new TargetSameAsSourceCheck(), new CyrillicInTargetCheck(),
                new NumberMismatchCheck(), new InlineElementCheck(), new FormatCodeCheck(), new app.tandem.qa.checks.NameConsistencyCheck(), new GlossaryCheck(), new ConsistencyCheck(),
                new FinalPunctuationCheck(), new BracketBalanceCheck(), new RussianQuotesCheck(), new SpacingCheck(),
                new MissingSpaceAfterSentenceCheck(), new RepeatedWordCheck(), new InitialCapitalCheck(),
                new MixedScriptCheck(), new LengthRatioCheck()));
        if (withLanguageTool) {
            all.add(englishTool);
            if (checkSource) {
                all.add(russianTool);
            }
        }
        checks = List.copyOf(all);
    }

    public List<QaCheck> checks() {
        return checks;
    }

    public void warmUp() {
        englishTool.warmUp();
        russianTool.raw("Это проверка.");
    }

    public List<Finding> check(SegmentPair pair, QaContext context) {
        List<Finding> out = new ArrayList<>();
        for (QaCheck c : checks) {
            out.addAll(c.check(pair, context));
        }
        return out;
    }

    /** Checks all pairs with {@code threads} workers; {@code progress} is told each finished index. */
    public List<List<Finding>> checkAll(List<SegmentPair> pairs, QaContext context, int threads, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    List<Finding> f = check(pairs.get(index), context);
                    progress.accept(index);
                    return f;
                }));
            }
            List<List<Finding>> out = new ArrayList<>();
            for (Future<List<Finding>> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("QA interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("QA failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
