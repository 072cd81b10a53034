package app.tandem.review;

import app.tandem.document.DocumentRepository;
import app.tandem.document.SegmentEvents;
import app.tandem.document.SegmentRow;
import app.tandem.project.GlossaryRepository;
import app.tandem.qa.Finding;
import app.tandem.qa.Glossary;
import app.tandem.qa.LengthModel;
import app.tandem.qa.QaContext;
import app.tandem.qa.QaEngine;
import app.tandem.qa.SegmentPair;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs the QA engine for stored segments: after every save (in the background), for a whole
 * document on request, and as the approval gate (no approval with open errors). Findings marked
 * "not an error" stay silenced until the segment's texts change.
 */
@Service
public class QaService implements app.tandem.document.OpenFindings, ApprovalGate {
    private static final Logger log = LoggerFactory.getLogger(QaService.class);
    private final JdbcClient jdbc;
    private final DocumentRepository documents;
    private final SegmentEvents events;
    private final GlossaryRepository glossaries;
    private final Map<String, QaEngine> engines = new ConcurrentHashMap<>();
    private final TransactionTemplate tx;
    private volatile boolean stopping;
    /** Whether this process checks changed segments itself (the web app) or leaves them marked (commands). */
    private final boolean checksInBackground;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "qa");
        t.setDaemon(true);
        return t;
    });
    /** Whether a pass over the segments marked as waiting for QA is queued or running. */
    private final java.util.concurrent.atomic.AtomicBoolean pendingPassQueued = new java.util.concurrent.atomic.AtomicBoolean();

    /** A project's glossary entries and the matcher built on them, in the same order. */
    public record ProjectGlossary(Glossary glossary, List<GlossaryRepository.Entry> entries) {
    }

    private record CachedGlossary(long generation, ProjectGlossary glossary) {
    }

    private final Map<Long, CachedGlossary> glossaryCache = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong glossaryGeneration = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The project's glossaries (cached; a glossary is read far more often than it changes). A copy
     * built while a change was being saved carries the older generation and is rebuilt on next use.
     */
    public ProjectGlossary projectGlossary(long project) {
        long generation = glossaryGeneration.get();
        CachedGlossary cached = glossaryCache.get(project);
        if (cached != null && cached.generation() == generation) {
            return cached.glossary();
        }
        List<GlossaryRepository.Entry> entries = glossaries.entriesForProject(project);
        ProjectGlossary built = new ProjectGlossary(new Glossary(entries.stream()
                .map(e -> new Glossary.Entry(e.russian(), e.english(), e.forbidden())).toList()), entries);
        glossaryCache.put(project, new CachedGlossary(generation, built));
        return built;
    }

    public Glossary glossary(long project) {
        return projectGlossary(project).glossary();
    }

    /** Any glossary changed: as one glossary may serve several projects, every cached one is dropped. */
    public void glossaryChanged() {
        glossaryGeneration.incrementAndGet();
        glossaryCache.clear();
    }

    public QaService(JdbcClient jdbc, DocumentRepository documents, SegmentEvents events, GlossaryRepository glossaries,
                     PlatformTransactionManager txManager, boolean warmUp) {
        this(jdbc, documents, events, glossaries, txManager, warmUp, true);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public QaService(JdbcClient jdbc, DocumentRepository documents, SegmentEvents events, GlossaryRepository glossaries,
                     PlatformTransactionManager txManager, @Value("${tandem.qa.warm-up:true}") boolean warmUp,
                     @Value("${tandem.qa.background:true}") boolean checksInBackground) {
        this.jdbc = jdbc;
        this.names = new app.tandem.project.PersonNameRepository(jdbc);
        this.glossaries = glossaries;
        this.documents = documents;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
        this.checksInBackground = checksInBackground;
        // the change itself marked the segment (its version moved past qa_version): the mark is what
        // survives a stop or a crash; this only checks it soon
        events.onAnyChange((doc, seg) -> {
            if (checksInBackground) {
                checkAfterAPause(seg);
            }
        });
        events.onManyChanged(doc -> checkWaitingSegmentsInBackground());
        if (warmUp) {
            // LanguageTool takes seconds to load; do it before the first translator needs it
            submit(() -> engine("en-US").warmUp(), "QA warm-up");
        }
    }

    /** QA of a changed segment waits this long for a pause in the saving (so it does not take the cores a confirmation needs)… */
    static final long QUIET_MILLIS = 300;
    /** …but not longer than this after the first change it holds. */
    static final long MOST_MILLIS = 3000;
    private final java.util.concurrent.ScheduledExecutorService pause = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "qa-pause");
        t.setDaemon(true);
        return t;
    });
    private final java.util.Set<Long> changedSincePause = new java.util.LinkedHashSet<>();
    private java.util.concurrent.ScheduledFuture<?> afterPause;
    private long firstChangeNanos;

    /**
     * A translator confirms and the next segment opens in one request; LanguageTool on the segment
     * just saved would share the machine's cores with it. The check runs once saving pauses for
     * {@link #QUIET_MILLIS} (at most {@link #MOST_MILLIS} after the first change waiting); the mark
     * in the database (version past qa_version) is what a stop or crash keeps meanwhile.
     */
    private synchronized void checkAfterAPause(long segmentId) {
        if (stopping) {
            return;
        }
        changedSincePause.add(segmentId);
        long now = System.nanoTime();
        if (afterPause == null) {
            firstChangeNanos = now;
        } else {
            afterPause.cancel(false); // not started yet (a started one has already taken the set)
        }
        long waited = (now - firstChangeNanos) / 1_000_000;
        try {
            afterPause = pause.schedule(this::checkChangedSincePause, Math.max(0, Math.min(QUIET_MILLIS, MOST_MILLIS - waited)),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.debug("QA of segment {} not scheduled: the application is stopping", segmentId);
        }
    }

    private void checkChangedSincePause() {
        List<Long> due;
        synchronized (this) {
            due = new ArrayList<>(changedSincePause);
            changedSincePause.clear();
            afterPause = null;
        }
        due.forEach(seg -> submit(() -> checkSegment(seg), "QA of segment " + seg));
    }

    /** Runs background work unless the application is stopping; a failure is one log line. */
    private void submit(Runnable work, String what) {
        if (stopping) {
            return;
        }
        try {
            background.execute(() -> {
                if (stopping) {
                    return; // the segment stays marked; the next start checks it
                }
                try {
                    work.run();
                } catch (RuntimeException e) {
                    if (stopping) {
                        log.debug("{} stopped with the application: {}", what, e.getMessage());
                    } else {
                        log.warn("{} failed: {}", what, e.getMessage());
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.debug("{} not started: the application is stopping", what);
        }
    }

    /**
     * Segments whose QA is still owed (changed since their last check, or imported with a target):
     * in the order they were created.
     */
    public List<Long> segmentsWaitingForQa(int limit) {
        return jdbc.sql("SELECT id FROM segment WHERE qa_version IS NULL OR qa_version <> version ORDER BY id FETCH FIRST " + limit
                + " ROWS ONLY").query(Long.class).list();
    }

    public int countWaitingForQa() {
        return jdbc.sql("SELECT COUNT(*) FROM segment WHERE qa_version IS NULL OR qa_version <> version").query(Integer.class).single();
    }

    /**
     * Checks, in the background, every segment marked as waiting for QA: those left by the last
     * stop or crash, by commands (which only mark) and by imports with English already in them.
     */
    public void checkWaitingSegmentsInBackground() {
        if (!checksInBackground) {
            return;
        }
        passRequested.set(true);
        if (pendingPassQueued.compareAndSet(false, true)) {
            submit(this::waitingSegmentsPass, "QA of waiting segments");
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean passRequested = new java.util.concurrent.atomic.AtomicBoolean();

    private void waitingSegmentsPass() {
        int checked = 0;
        try {
            while (passRequested.getAndSet(false) && !stopping) {
                checked += checkWaitingSegments();
            }
        } finally {
            pendingPassQueued.set(false);
            if (checked > 0) {
                log.info("QA checked {} segments that were waiting for it", checked);
            }
        }
        // asked again between the loop's last look and the flag's release
        if (passRequested.get() && !stopping) {
            checkWaitingSegmentsInBackground();
        }
    }

    /** Checks the waiting segments now, until none is left or the application stops; returns how many. */
    public int checkWaitingSegments() {
        int checked = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (!stopping) {
            List<Long> batch = segmentsWaitingForQa(200).stream().filter(seen::add).toList();
            if (batch.isEmpty()) {
                return checked;
            }
            for (long id : batch) {
                if (stopping) {
                    return checked;
                }
                try {
                    checkSegment(id);
                } catch (RuntimeException e) {
                    if (stopping) {
                        return checked;
                    }
                    log.warn("QA of segment {} failed: {}", id, e.getMessage());
                }
                checked++;
            }
        }
        return checked;
    }

    /** A whole-document check off the caller's thread, on QA's own workers; {@code done} gets the count. */
    public void checkDocumentInBackground(long documentId, IntConsumer progress, IntConsumer done) {
        CurrentUser.get();
        submit(() -> done.accept(checkDocumentAsSystem(documentId, progress)), "QA of document " + documentId);
    }

    /**
     * No thread that may be inside a JDBC call is interrupted (an interrupt closes the embedded
     * database's file channel under a running commit): queued checks are dropped, as their segments
     * stay marked in the database, and running ones stop between segments; then the pool closes.
     */
    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        pause.shutdown();
        background.shutdown();
        if (!background.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
            log.warn("QA was still running after 60 s of stopping; its segments stay marked for the next start");
            return;
        }
        if (checksInBackground) {
            try {
                int waiting = countWaitingForQa();
                if (waiting > 0) {
                    log.info("QA of {} changed segments waits for the next start", waiting);
                }
            } catch (RuntimeException e) {
                log.debug("Could not count the segments waiting for QA: {}", e.getMessage());
            }
        }
    }

    private QaEngine engine(String variant) {
        return engine(variant, false);
    }

    private QaEngine engine(String variant, boolean checkSource) {
        return engines.computeIfAbsent(variant + (checkSource ? "+source" : ""), k -> new QaEngine(variant, true, checkSource));
    }

    private record ProjectChecks(String variant, boolean checkSource) {
    }

    private ProjectChecks checksOf(long projectId) {
        return jdbc.sql("SELECT english_variant, check_source FROM project WHERE id = ?").param(projectId)
                .query((rs, n) -> new ProjectChecks(rs.getString(1), rs.getBoolean(2))).optional()
                .orElse(new ProjectChecks("en-US", false));
    }

    private QaEngine engineFor(ProjectChecks c) {
        return engine(c.variant(), c.checkSource());
    }

    /** Recurring words of a document's source, for the Russian speller; sources change only by split and merge. */
    private final Map<Long, java.util.Set<String>> recurringWords = new ConcurrentHashMap<>();

    /** Recurring words of a document's targets, renewed by each whole-document check. */
    private final Map<Long, java.util.Set<String>> recurringTargetWords = new ConcurrentHashMap<>();

    private java.util.Set<String> recurringTargetWordsOf(long documentId) {
        return recurringTargetWords.computeIfAbsent(documentId, d -> QaContext.recurringWords(jdbc.sql(
                "SELECT target_text FROM segment WHERE document_id = ? AND target_text IS NOT NULL").param(d).query(String.class).list()));
    }

    private java.util.Set<String> recurringWordsOf(long documentId) {
        return recurringWords.computeIfAbsent(documentId, d -> QaContext.recurringWords(jdbc.sql(
                "SELECT source_text FROM segment WHERE document_id = ?").param(d).query(String.class).list()));
    }

    private long projectOf(SegmentRow s) {
        return jdbc.sql("SELECT project_id FROM document WHERE id = ?").param(s.documentId()).query(Long.class).single();
    }

    /** Checks one segment now and stores its findings; returns the open ones. */
    public List<Finding> checkSegment(long segmentId) {
        SegmentRow s = documents.findSegment(segmentId).orElse(null);
        if (s == null) {
            return List.of();
        }
        long project = projectOf(s);
        List<Finding> findings = s.targetText() == null || s.coveredBy() != null ? List.of()
                : checkOne(project, s, s.targetText());
        store(s, findings);
        events.refreshed(s.documentId(), segmentId);
        return findings;
    }

    /**
     * Checks a target the translator is still typing, without storing anything: the editor marks
     * the problems inside the text before it is saved.
     */
    public java.util.concurrent.CompletableFuture<List<Finding>> preview(long segmentId, String target) {
        // QA's own threads: LanguageTool is loaded there already (one instance per thread)
        if (stopping) {
            return java.util.concurrent.CompletableFuture.completedFuture(List.of());
        }
        try {
            return java.util.concurrent.CompletableFuture.supplyAsync(() -> previewNow(segmentId, target), background);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return java.util.concurrent.CompletableFuture.completedFuture(List.of());
        }
    }

    List<Finding> previewNow(long segmentId, String target) {
        SegmentRow s = documents.findSegment(segmentId).orElse(null);
        if (s == null || target == null || target.isBlank() || s.coveredBy() != null) {
            return List.of();
        }
        long project = projectOf(s);
        return checkOne(project, s.withTarget(target), target);
    }

    /** Checks every translated segment of a document on both cores; {@code progress} gets (done). */
    public int checkDocument(long documentId, IntConsumer progress) {
        CurrentUser.get();
        return checkDocumentAsSystem(documentId, progress);
    }

    /** For Tandem itself (imports, seeds): no user is acting. */
    public int checkDocumentAsSystem(long documentId, IntConsumer progress) {
        List<SegmentRow> all = documents.findAllSegments(documentId).stream()
                .filter(s -> s.targetText() != null && s.coveredBy() == null).toList();
        if (all.isEmpty()) {
            return 0;
        }
        long project = projectOf(all.get(0));
        ProjectChecks checks = checksOf(project);
        QaEngine engine = engineFor(checks);
        List<SegmentPair> pairs = all.stream().map(s -> new SegmentPair(s.sourceText(), s.targetText())).toList();
        recurringWords.remove(documentId);
        recurringTargetWords.remove(documentId);
        QaContext context = new QaContext(glossary(project), projectWords(project), projectPairs(project))
                .withRecurringSourceWords(checks.checkSource() ? recurringWordsOf(documentId) : java.util.Set.of())
                .withRecurringTargetWords(recurringTargetWordsOf(documentId))
                .withNameSpellings(nameSpellingsOf(project, documentId, true));
        AtomicInteger done = new AtomicInteger();
        int stored = 0;
        // in slices, so that a stop ends the check between two slices rather than after the whole document
        for (int from = 0; from < all.size() && !stopping; from += 100) {
            int to = Math.min(all.size(), from + 100);
            List<List<Finding>> results = engine.checkAll(pairs.subList(from, to), context, 2, i -> progress.accept(done.incrementAndGet()));
            for (int i = from; i < to; i++) {
                store(all.get(i), results.get(i - from));
                stored++;
            }
        }
        events.refreshed(documentId, -1);
        return stored;
    }

    /** One segment against the project's checks; the source's recurring words are gathered only when the source is checked. */
    private List<Finding> checkOne(long project, SegmentRow s, String target) {
        ProjectChecks checks = checksOf(project);
        app.tandem.names.NameSpellings spellings = nameSpellingsOf(project, s.documentId(), false);
        spellings.put(s.id(), s.sourceText(), target);
        return engineFor(checks).check(new SegmentPair(s.sourceText(), target), context(project, s, checks).withNameSpellings(spellings));
    }

    private QaContext context(long project, SegmentRow s, ProjectChecks checks) {
        // the same source or the same target elsewhere in the project, each found through its key's
        // index (an OR over two columns would make the database read every segment on each save)
        String sourceKey = app.tandem.memory.SourceKey.of(s.sourceText());
        String targetKey = app.tandem.memory.SourceKey.of(s.targetText());
        List<SegmentPair> related = new ArrayList<>(jdbc.sql("""
                SELECT s.source_text, s.target_text FROM segment s JOIN document d ON d.id = s.document_id
                WHERE s.source_key = ? AND d.project_id = ? AND d.deleted_at IS NULL AND s.target_text IS NOT NULL
                UNION ALL
                SELECT s.source_text, s.target_text FROM segment s JOIN document d ON d.id = s.document_id
                WHERE s.target_key = ? AND d.project_id = ? AND d.deleted_at IS NULL AND (s.source_key IS NULL OR s.source_key <> ?)""")
                .params(sourceKey, project, targetKey, project, sourceKey == null ? "" : sourceKey)
                .query((rs, n) -> new SegmentPair(rs.getString(1), rs.getString(2))).list());
        return new QaContext(glossary(project), projectWords(project), related).withLengths(lengthModel(project))
                .withRecurringSourceWords(checks.checkSource() ? recurringWordsOf(s.documentId()) : java.util.Set.of())
                .withRecurringTargetWords(recurringTargetWordsOf(s.documentId()));
    }

    private final Map<Long, LengthModel> lengthCache = new ConcurrentHashMap<>();
    private final app.tandem.project.PersonNameRepository names;
    private final app.tandem.names.PersonNameFinder personNames = new app.tandem.names.PersonNameFinder();
    /** How each document's targets write its people, kept up to date segment by segment. */
    private final Map<Long, app.tandem.names.NameSpellings> nameSpellings = new ConcurrentHashMap<>();

    private app.tandem.names.NameSpellings nameSpellingsOf(long project, long documentId, boolean fresh) {
        if (fresh) {
            nameSpellings.remove(documentId);
        }
        return nameSpellings.computeIfAbsent(documentId, d -> {
            app.tandem.names.NameSpellings ns = new app.tandem.names.NameSpellings(personNames, names.approved(project));
            jdbc.sql("SELECT id, source_text, target_text FROM segment WHERE document_id = ? AND target_text IS NOT NULL AND covered_by IS NULL")
                    .param(d).query((rs, n) -> {
                        ns.put(rs.getLong(1), rs.getString(2), rs.getString(3));
                        return 0;
                    }).list();
            return ns;
        });
    }

    private LengthModel lengthModel(long project) {
        return lengthCache.computeIfAbsent(project, p -> LengthModel.learn(projectPairs(p)));
    }

    private List<SegmentPair> projectPairs(long project) {
        return jdbc.sql("""
                SELECT s.source_text, s.target_text FROM segment s JOIN document d ON d.id = s.document_id
                WHERE d.project_id = ? AND d.deleted_at IS NULL AND s.target_text IS NOT NULL""")
                .param(project).query((rs, n) -> new SegmentPair(rs.getString(1), rs.getString(2))).list();
    }

    public List<String> projectWords(long project) {
        return jdbc.sql("SELECT word FROM project_word WHERE project_id = ? ORDER BY word").param(project).query(String.class).list();
    }

    public void addProjectWord(long documentId, String word) {
        CurrentUser.Actor actor = CurrentUser.require("add words to the project dictionary", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        String w = word == null ? "" : word.strip();
        if (!w.matches("[\\p{L}][\\p{L}'’-]{0,99}")) {
            throw new IllegalArgumentException("a dictionary entry is one word");
        }
        long project = jdbc.sql("SELECT project_id FROM document WHERE id = ?").param(documentId).query(Long.class).single();
        if (!projectWords(project).contains(w)) {
            jdbc.sql("INSERT INTO project_word(project_id, word, added_by) VALUES (?, ?, ?)").params(project, w, actor.username()).update();
        }
    }

    private static String hash(SegmentRow s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(s.sourceText().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update((s.targetText() == null ? "" : s.targetText()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces the segment's findings and records which version they judged, in one transaction that
     * holds the segment's row: findings of a version that has changed meanwhile are not stored (the
     * newer version is still marked), and two nodes storing the same segment do so one after the other.
     */
    private synchronized void store(SegmentRow s, List<Finding> findings) {
        tx.executeWithoutResult(status -> {
            Integer current = jdbc.sql("SELECT version FROM segment WHERE id = ? FOR UPDATE").param(s.id()).query(Integer.class)
                    .optional().orElse(null);
            if (current == null || current != s.version()) {
                return;
            }
            replaceFindings(s, withoutSourceFindingsUnlessAsked(s, findings));
            jdbc.sql("UPDATE segment SET qa_version = ? WHERE id = ?").params(s.version(), s.id()).update();
        });
    }

    /**
     * A check that read "check the source" before a reviewer turned it off must not store source
     * findings after the switch deleted them: the project's row is locked and read again here, and
     * {@link app.tandem.project.ProjectRepository#setCheckSource} updates that row before it deletes.
     */
    private List<Finding> withoutSourceFindingsUnlessAsked(SegmentRow s, List<Finding> findings) {
        java.util.function.Predicate<Finding> ofSource = f -> f.checkId().equals(app.tandem.qa.checks.LanguageToolCheck.SOURCE_CHECK_ID);
        if (findings.stream().noneMatch(ofSource)) {
            return findings;
        }
        boolean asked = jdbc.sql("SELECT check_source FROM project WHERE id = ? FOR UPDATE").param(projectOf(s))
                .query(Boolean.class).optional().orElse(false);
        return asked ? findings : findings.stream().filter(ofSource.negate()).toList();
    }

    private void replaceFindings(SegmentRow s, List<Finding> findings) {
        String h = hash(s);
        // dismissals survive only while the text they judged is unchanged
        jdbc.sql("DELETE FROM qa_finding WHERE segment_id = ? AND (dismissed_at IS NULL OR text_hash <> ?)").params(s.id(), h).update();
        List<String> dismissed = jdbc.sql("SELECT check_id || '|' || message FROM qa_finding WHERE segment_id = ?").param(s.id())
                .query(String.class).list();
        for (Finding f : findings) {
            if (dismissed.contains(f.checkId() + "|" + truncate(f.message()))) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO qa_finding(segment_id, check_id, severity, message, side, span_start, span_end, text_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.id(), f.checkId(), f.severity().name(), truncate(f.message()), f.side().name(), f.start(), f.end(), h,
                            LocalDateTime.now()).update();
        }
    }

    private static String truncate(String m) {
        return m.length() > 1000 ? m.substring(0, 1000) : m;
    }

    public synchronized List<QaFindingRow> findings(long documentId) {
        return jdbc.sql("""
                SELECT q.*, s.position FROM qa_finding q JOIN segment s ON s.id = q.segment_id WHERE s.document_id = ?
                ORDER BY s.position, q.id""").param(documentId).query((rs, n) -> new QaFindingRow(rs.getLong("id"), rs.getLong("segment_id"),
                rs.getInt("position") + 1, rs.getString("check_id"), rs.getString("severity"), rs.getString("message"), rs.getString("side"),
                rs.getInt("span_start"), rs.getInt("span_end"), rs.getString("dismissed_by"),
                rs.getTimestamp("dismissed_at") == null ? null : rs.getTimestamp("dismissed_at").toLocalDateTime(),
                rs.getString("dismiss_reason"))).list();
    }

    @Override
    public List<app.tandem.document.OpenFindings.Open> open(long documentId) {
        return findings(documentId).stream().filter(QaFindingRow::open)
                .map(f -> new app.tandem.document.OpenFindings.Open(f.segmentId(), f.severity(), f.checkId(), f.message())).toList();
    }

    public List<QaFindingRow> segmentFindings(long segmentId) {
        SegmentRow s = documents.findSegment(segmentId).orElse(null);
        if (s == null) {
            return List.of();
        }
        return findings(s.documentId()).stream().filter(f -> f.segmentId() == segmentId).toList();
    }

    /** Marks a finding "not an error": who, when and why are kept. */
    public void dismiss(long findingId, String reason) {
        CurrentUser.Actor actor = CurrentUser.require("mark findings as not an error", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why this is not an error");
        }
        app.tandem.document.WriteLimits.requireNote("the reason", reason.strip());
        jdbc.sql("UPDATE qa_finding SET dismissed_by = ?, dismissed_at = ?, dismiss_reason = ? WHERE id = ?")
                .params(actor.username(), LocalDateTime.now(), reason.strip(), findingId).update();
        jdbc.sql("SELECT s.document_id, s.id FROM qa_finding q JOIN segment s ON s.id = q.segment_id WHERE q.id = ?").param(findingId)
                .query(rs -> {
                    events.refreshed(rs.getLong(1), rs.getLong(2));
                });
    }

    @Override
    public String blockingReason(long segmentId) {
        int errors = jdbc.sql("SELECT COUNT(*) FROM qa_finding WHERE segment_id = ? AND dismissed_at IS NULL AND severity = 'ERROR'")
                .param(segmentId).query(Integer.class).single();
        return errors == 0 ? null : errors + " open QA error" + (errors == 1 ? "" : "s");
    }
}
