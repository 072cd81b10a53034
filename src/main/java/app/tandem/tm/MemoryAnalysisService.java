package app.tandem.tm;

import app.tandem.analysis.Analysis;
import app.tandem.analysis.MatchBand;
import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.memory.FuzzyMatcher;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The word-count analysis of documents against their project's memory as it is now: each segment
 * not covered by a merge in its best band, with the memory panel's scores; the segment's own
 * confirmed translation is never its own match.
 */
@Service
public class MemoryAnalysisService {
    private record Source(long id, int position, String text, String key, boolean covered) {
    }

    private final JdbcClient jdbc;
    private final DocumentRepository documents;
    private final MemoryRepository units;
    private final TranslationMemoryService memory;

    public MemoryAnalysisService(JdbcClient jdbc, DocumentRepository documents, MemoryRepository units, TranslationMemoryService memory) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.units = units;
        this.memory = memory;
    }

    /** One document. */
    public Analysis analyseDocument(long documentId) {
        DocumentSummary d = documents.findSummary(documentId).orElseThrow(() -> new IllegalArgumentException("no document " + documentId));
        return analyse(d.projectId(), List.of(d));
    }

    /** Every document of a project, in the order the project page lists them; repetitions count across documents. */
    public Analysis analyseProject(long projectId) {
        return analyse(projectId, documents.findByProject(projectId));
    }

    public Analysis analyse(long projectId, List<DocumentSummary> docs) {
        return analyse(projectId, docs, (band, segmentId) -> { });
    }

    /** As {@link #analyse(long, List)}, telling {@code each} the band of every segment counted. */
    public Analysis analyse(long projectId, List<DocumentSummary> docs, java.util.function.ObjLongConsumer<MatchBand> each) {
        CurrentUser.requireIfSignedIn("analyse documents", Role.values());
        Analysis analysis = new Analysis();
        for (DocumentSummary d : docs) {
            analyse(projectId, d.id(), analysis, each);
        }
        return analysis;
    }

    private void analyse(long projectId, long documentId, Analysis analysis, java.util.function.ObjLongConsumer<MatchBand> each) {
        List<Source> sources = new ArrayList<>();
        Map<Integer, String> keyAt = new HashMap<>();
        jdbc.sql("SELECT id, position, source_text, source_key, covered_by FROM segment WHERE document_id = ? ORDER BY position")
                .param(documentId).query(rs -> {
                    keyAt.put(rs.getInt(2), rs.getString(4));
                    rs.getLong(5);
                    boolean covered = !rs.wasNull();
                    sources.add(new Source(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), covered));
                });
        Map<String, List<MemoryRepository.Unit>> byKey = new HashMap<>();
        for (MemoryRepository.Unit u : units.withKeys(projectId, sources.stream().map(Source::key).filter(Objects::nonNull).distinct().toList())) {
            byKey.computeIfAbsent(u.sourceKey(), k -> new ArrayList<>()).add(u);
        }
        for (Source s : sources) {
            if (s.covered()) {
                continue;
            }
            Analysis.MemoryMatch match = ExactMatch.best(byKey.getOrDefault(s.key(), List.of()), s.text(), keyAt.get(s.position() - 1),
                            keyAt.get(s.position() + 1), s.id())
                    .map(e -> new Analysis.MemoryMatch(e.inContext(), true, 100))
                    .orElseGet(() -> fuzzy(projectId, s));
            each.accept(analysis.add(s.text(), s.key(), match), s.id());
        }
    }

    private Analysis.MemoryMatch fuzzy(long projectId, Source s) {
        List<FuzzyMatcher.Match> m = memory.find(projectId, s.text(), MatchBand.MIN_FUZZY, 1, s.id());
        // a 100 that is no exact match differs in case, spacing or quotes: the best fuzzy band
        return m.isEmpty() ? Analysis.MemoryMatch.NONE : new Analysis.MemoryMatch(false, false, Math.min(99, m.get(0).score()));
    }
}
