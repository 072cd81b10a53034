package app.tandem.document;

import app.tandem.align.VersionDiff;
import app.tandem.memory.SourceKey;
import app.tandem.pipeline.BilingualDocument;
import app.tandem.text.HyphenDecision;
import app.tandem.user.CurrentUser;
import app.tandem.user.ProjectAccess;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An author's corrected source replacing a document's old one, in one transaction. Each segment
 * row of an unchanged sentence is kept (so its target, status, history, comments and marks stay
 * with it) and moved to its place in the new version; a reworded sentence keeps its old English as
 * a draft to review, marked as a fuzzy match with the old source kept for the difference; new
 * sentences arrive empty (the import steps, memory pre-translation first, then fill what they
 * can); a dropped sentence is stored with its history in {@code removed_segment}. The memory keeps
 * every unit the old version gave.
 */
@Service
public class SourceVersionService {
    /** What a replacement did, sentence by sentence. */
    public record Result(long documentId, int kept, int changed, int added, int removed, List<String> notes) {
        public String describe() {
            return kept + " kept, " + changed + " changed (old English kept as drafts to review), " + added + " added, " + removed + " removed"
                    + notes.stream().map(n -> "; " + n).collect(Collectors.joining());
        }
    }

    static final String PREVIOUS_VERSION = "previous version of the source";

    private final JdbcClient jdbc;
    private final DocumentRepository documents;
    private final ImportService imports;
    private final ProjectAccess access;
    private final SegmentEvents events;
    private final TransactionTemplate tx;

    public SourceVersionService(JdbcClient jdbc, DocumentRepository documents, ImportService imports, ProjectAccess access,
                                SegmentEvents events, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.imports = imports;
        this.access = access;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
    }

    /** Reviewers and admins (and the command line's operator) replace a document's source with the file given. */
    public Result replace(long documentId, String fileName, byte[] bytes) {
        return replace(documentId, fileName, bytes, message -> { });
    }

    /** As above, telling {@code progress} when the transaction begins (the command line prints it). */
    public Result replace(long documentId, String fileName, byte[] bytes, java.util.function.Consumer<String> progress) {
        CurrentUser.requireIfSignedIn("replace a document's source", Role.REVIEWER, Role.ADMIN);
        DocumentSummary doc = documents.findSummary(documentId)
                .filter(d -> CurrentUser.signedIn().isEmpty() || access.canSee(d.projectId()))
                .orElseThrow(() -> new AccessDeniedException("document " + documentId + " does not exist or is not shared with you"));
        ImportService.Prepared p = imports.prepare(fileName, bytes);
        progress.accept(fileName + ": replacing the source of " + doc.name() + " with " + p.sentences() + " sentences");
        Result r = tx.execute(s -> store(doc, p));
        events.manyChanged(documentId);
        return r;
    }

    private record NewSentence(long blockId, int positionInBlock, BilingualDocument.SourceSentence sentence) {
    }

    private Result store(DocumentSummary doc, ImportService.Prepared p) {
        long documentId = doc.id();
        String editor = CurrentUser.signedIn().map(CurrentUser.Actor::username).orElse(null);
        LocalDateTime now = LocalDateTime.now();
        List<SegmentRow> old = documents.findAllSegments(documentId);
        List<Long> oldBlocks = documents.findBlocks(documentId).stream().map(DocumentRepository.BlockRow::id).toList();

        List<NewSentence> fresh = new ArrayList<>();
        int blockPos = 0;
        for (BilingualDocument.SourceBlock block : p.doc().blocks()) {
            long blockId = documents.insertBlock(documentId, blockPos++, block.kind().name(), block.lang().code(), block.text(),
                    block.mark(), block.ref());
            for (int i = 0; i < block.sentences().size(); i++) {
                fresh.add(new NewSentence(blockId, i, block.sentences().get(i)));
            }
        }
        List<VersionDiff.Step> steps = VersionDiff.of(old.stream().map(SegmentRow::sourceText).toList(),
                fresh.stream().map(n -> n.sentence().source()).toList());

        Map<Long, Integer> newPositionOf = new HashMap<>();
        List<Long> toSync = new ArrayList<>();
        int kept = 0;
        int changed = 0;
        int added = 0;
        int removed = 0;
        for (VersionDiff.Step step : steps) {
            if (step.kind() == VersionDiff.Kind.REMOVED) {
                remove(old.get(step.oldIndex()), editor, now);
                removed++;
                continue;
            }
            NewSentence n = fresh.get(step.newIndex());
            int position = step.newIndex();
            long id;
            if (step.kind() == VersionDiff.Kind.ADDED) {
                // empty: English the new file carries around it is the English of the sentences kept (the import
                // steps, memory pre-translation first, fill what they can)
                BilingualDocument.SourceSentence s = n.sentence();
                id = documents.insertSegment(documentId, n.blockId(), position, n.positionInBlock(), s.source(), null,
                        SegmentStatus.NEW, TargetOrigin.NONE, null, false);
                added++;
            } else {
                SegmentRow o = old.get(step.oldIndex());
                id = o.id();
                jdbc.sql("UPDATE segment SET block_id = ?, position = ?, position_in_block = ? WHERE id = ?")
                        .params(n.blockId(), position, n.positionInBlock(), id).update();
                if (step.kind() == VersionDiff.Kind.CHANGED) {
                    reword(o, n.sentence().source(), step.score(), editor, now);
                    changed++;
                } else {
                    toSync.add(id);
                    kept++;
                }
            }
            newPositionOf.put(id, position);
        }
        coverings(old, newPositionOf);
        for (Long blockId : oldBlocks) {
            jdbc.sql("DELETE FROM block WHERE id = ? AND NOT EXISTS (SELECT 1 FROM segment s WHERE s.block_id = block.id)").param(blockId).update();
        }
        jdbc.sql("DELETE FROM hyphen_decision WHERE document_id = ?").param(documentId).update();
        for (HyphenDecision h : p.clean().hyphens()) {
            documents.insertHyphenDecision(documentId, h);
        }
        jdbc.sql("UPDATE document SET original_text = ?, encoding_note = ?, source_format = ?, source_file = ? WHERE id = ?")
                .params(p.source().text(), p.source().note(), p.keptFile() == null ? null : p.source().format(), p.keptFile(), documentId)
                .update();
        // neighbours moved: context keys of the memory units follow
        toSync.forEach(documents::syncMemoryUnit);
        List<String> notes = imports.runSteps(documentId, doc.projectId());
        return new Result(documentId, kept, changed, added, removed, notes);
    }

    /** The old English stays as a draft to review; its memory unit stays in the memory as it was. */
    private void reword(SegmentRow o, String newSource, int score, String editor, LocalDateTime now) {
        jdbc.sql("UPDATE tm_unit SET segment_id = NULL WHERE segment_id = ?").param(o.id()).update();
        boolean hasTarget = o.targetText() != null && !o.targetText().isBlank();
        jdbc.sql("""
                UPDATE segment SET source_text = ?, source_key = ?, previous_source = ?, status = ?, target_origin = ?, match_score = ?,
                       match_origin = ?, version = version + 1, qa_version = ?, updated_at = ? WHERE id = ?""")
                .params(newSource, SourceKey.of(newSource), o.sourceText(),
                        hasTarget ? SegmentStatus.DRAFT.name() : o.status().name(),
                        hasTarget ? TargetOrigin.FUZZY_MEMORY.name() : o.origin().name(),
                        hasTarget ? score : null, hasTarget ? "fuzzy match " + score + "%: " + PREVIOUS_VERSION : null,
                        hasTarget ? null : Integer.valueOf(0), Timestamp.valueOf(now), o.id())
                .update();
        if (hasTarget) {
            jdbc.sql("INSERT INTO segment_history(segment_id, target_text, status, editor, changed_at, note) VALUES (?, ?, 'DRAFT', ?, ?, ?)")
                    .params(o.id(), o.targetText(), editor, Timestamp.valueOf(now), "source changed in a new version (" + score + "%)").update();
        }
    }

    private void remove(SegmentRow o, String editor, LocalDateTime now) {
        String history = documents.history(o.id()).stream()
                .map(h -> h.changedAt() + "\t" + h.status() + "\t" + (h.editor() == null ? "" : h.editor()) + "\t"
                        + (h.target() == null ? "" : h.target().replace('\n', ' ')) + (h.note() == null ? "" : "\t" + h.note()))
                .collect(Collectors.joining("\n"));
        jdbc.sql("""
                INSERT INTO removed_segment(document_id, position, source_text, target_text, status, history, removed_by, removed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.documentId(), o.position(), o.sourceText(), o.targetText(), o.status().name(), history, editor, Timestamp.valueOf(now))
                .update();
        jdbc.sql("UPDATE tm_unit SET segment_id = NULL WHERE segment_id = ?").param(o.id()).update();
        jdbc.sql("UPDATE segment SET covered_by = NULL WHERE covered_by = ?").param(o.id()).update();
        jdbc.sql("DELETE FROM segment WHERE id = ?").param(o.id()).update();
    }

    /** A kept segment stays covered by the one before it only if that one is still just before it. */
    private void coverings(List<SegmentRow> old, Map<Long, Integer> newPositionOf) {
        for (SegmentRow o : old) {
            Integer at = newPositionOf.get(o.id());
            if (o.coveredBy() != null && at != null) {
                Integer coverer = newPositionOf.get(o.coveredBy());
                if (coverer == null || coverer != at - 1) {
                    documents.setPairing(o.id(), null);
                }
            }
        }
    }

    /** The sentences a document's new versions removed, newest first, for the record. */
    public record RemovedSentence(String source, String target, String status, String removedBy, LocalDateTime removedAt) {
    }

    public List<RemovedSentence> removed(long documentId) {
        return jdbc.sql("SELECT source_text, target_text, status, removed_by, removed_at FROM removed_segment WHERE document_id = ? ORDER BY removed_at DESC, position")
                .param(documentId)
                .query((rs, n) -> new RemovedSentence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime())).list();
    }
}
