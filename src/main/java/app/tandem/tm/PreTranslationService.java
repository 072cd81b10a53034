package app.tandem.tm;

import app.tandem.document.DocumentRepository;
import app.tandem.document.ImportStep;
import app.tandem.document.SegmentEvents;
import app.tandem.document.TargetOrigin;
import app.tandem.memory.FuzzyMatcher;
import app.tandem.memory.SourceKey;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fills untranslated segments from the project's memory as drafts: every exact match (same
 * source after whitespace and quote normalisation), a context match (the sentences before and
 * after match too) ranking above a plain one; fuzzy matches only when asked for, from a given
 * score, and marked as such. Runs inside every document import and as its own action.
 */
@Service
@org.springframework.core.annotation.Order(1)
public class PreTranslationService implements ImportStep {
    /** Score recorded for a context match: above any exact match, as CAT tools rank them. */
    public static final int CONTEXT_MATCH = 101;
    /** Beyond this many filled segments, editors are told once rather than segment by segment. */
    private static final int BULK = 200;

    /** What a pre-translation filled. */
    public record Result(int context, int exact, int fuzzy, List<Long> segmentIds) {
        public int filled() {
            return context + exact + fuzzy;
        }

        public String describe() {
            return filled() + " pre-translated from memory (" + context + " context, " + exact + " exact"
                    + (fuzzy > 0 ? ", " + fuzzy + " fuzzy" : "") + " matches)";
        }
    }

    private record Untranslated(long id, int position, String source, String key) {
    }

    private final JdbcClient jdbc;
    private final DocumentRepository documents;
    private final MemoryRepository units;
    private final TranslationMemoryService memory;
    private final SegmentEvents events;
    private final TransactionTemplate tx;

    public PreTranslationService(JdbcClient jdbc, DocumentRepository documents, MemoryRepository units, TranslationMemoryService memory,
                                 SegmentEvents events, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.units = units;
        this.memory = memory;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
    }

    @Override
    public String afterStore(long documentId, long projectId) {
        Result r = fill(documentId, projectId, 101, editor());
        return r.filled() == 0 ? null : r.describe();
    }

    /**
     * The "Pre-translate…" action: fills a document's untranslated segments, from fuzzy matches too
     * when {@code minFuzzyScore} is 100 or less (never below the memory's own threshold).
     */
    public Result pretranslate(long documentId, int minFuzzyScore) {
        CurrentUser.requireIfSignedIn("pre-translate documents", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        long projectId = documents.findSummary(documentId).orElseThrow(() -> new IllegalArgumentException("no document " + documentId)).projectId();
        Result r = tx.execute(status -> fill(documentId, projectId, minFuzzyScore, editor()));
        if (r.segmentIds().size() <= BULK) {
            r.segmentIds().forEach(id -> events.changed(documentId, id));
        } else {
            // thousands of drafts: open editors read the document again once; drafts are not memory units,
            // and QA checks the segments the fill marked, in one background pass
            events.manyChanged(documentId);
        }
        return r;
    }

    private Result fill(long documentId, long projectId, int minFuzzyScore, String editor) {
        Map<Integer, String> keyAt = new HashMap<>();
        List<Untranslated> todo = new ArrayList<>();
        jdbc.sql("SELECT id, position, source_text, source_key, target_text, covered_by FROM segment WHERE document_id = ? ORDER BY position")
                .param(documentId).query(rs -> {
                    keyAt.put(rs.getInt(2), rs.getString(4));
                    String target = rs.getString(5);
                    rs.getLong(6);
                    if ((target == null || target.isBlank()) && rs.wasNull()) {
                        todo.add(new Untranslated(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                    }
                });
        Map<String, List<MemoryRepository.Unit>> byKey = new HashMap<>();
        for (MemoryRepository.Unit u : units.withKeys(projectId, todo.stream().map(Untranslated::key).filter(Objects::nonNull).distinct().toList())) {
            byKey.computeIfAbsent(u.sourceKey(), k -> new ArrayList<>()).add(u);
        }
        List<DocumentRepository.Fill> fills = new ArrayList<>();
        for (Untranslated s : todo) {
            String prev = keyAt.get(s.position() - 1);
            String next = keyAt.get(s.position() + 1);
            java.util.Optional<ExactMatch> exact = ExactMatch.best(byKey.getOrDefault(s.key(), List.of()), s.source(), prev, next, s.id());
            if (exact.isPresent()) {
                boolean inContext = exact.get().inContext();
                MemoryRepository.Unit best = exact.get().unit();
                fills.add(new DocumentRepository.Fill(s.id(), best.target(), TargetOrigin.MEMORY, inContext ? CONTEXT_MATCH : 100,
                        (inContext ? "context match: " : "exact match: ") + best.provenance()));
            } else if (minFuzzyScore <= 100) {
                List<FuzzyMatcher.Match> m = memory.find(projectId, s.source(), Math.max(TranslationMemoryService.MIN_SCORE, minFuzzyScore), 1, s.id());
                if (!m.isEmpty()) {
                    fills.add(new DocumentRepository.Fill(s.id(), m.get(0).unit().target(), TargetOrigin.FUZZY_MEMORY, m.get(0).score(),
                            "fuzzy match " + m.get(0).score() + "%: " + m.get(0).unit().origin()));
                }
            }
        }
        List<Long> filled = documents.fillFromMatches(fills, editor);
        java.util.Set<Long> done = new java.util.HashSet<>(filled);
        int context = 0;
        int exact = 0;
        int fuzzy = 0;
        for (DocumentRepository.Fill f : fills) {
            if (done.contains(f.segmentId())) {
                if (f.origin() == TargetOrigin.FUZZY_MEMORY) {
                    fuzzy++;
                } else if (f.score() == CONTEXT_MATCH) {
                    context++;
                } else {
                    exact++;
                }
            }
        }
        return new Result(context, exact, fuzzy, filled);
    }

    private static String editor() {
        return CurrentUser.signedIn().map(CurrentUser.Actor::username).orElse("memory");
    }
}
