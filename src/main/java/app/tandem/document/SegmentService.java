package app.tandem.document;

import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A translator's changes to segments. Every method checks the acting user's role here, not in
 * the UI, and every save is guarded by the segment's version: a save based on an outdated
 * version changes nothing and returns the current state, so no update is ever lost.
 */
@Service
public class SegmentService {
    private final DocumentRepository documents;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SegmentEvents events;

    public SegmentService(DocumentRepository documents, JdbcClient jdbc, PlatformTransactionManager txManager, SegmentEvents events) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        this.events = events;
    }

    /**
     * Result of a save: {@code saved} true with the new state, or false with the state someone else
     * left. A confirmation also reports how many untranslated repetitions of the sentence it
     * filled, and how many repetitions carry another translation (which the translator may update).
     */
    public record SaveOutcome(boolean saved, SegmentRow current, int repetitionsFilled, int repetitionsDiffering) {
        SaveOutcome(boolean saved, SegmentRow current) {
            this(saved, current, 0, 0);
        }
    }

    public SaveOutcome save(long segmentId, int basedOnVersion, String target, boolean confirm) {
        CurrentUser.Actor actor = CurrentUser.require("edit translations", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        record Done(SaveOutcome outcome, List<Long> filled) {
        }
        Done done = tx.execute(status -> {
            SegmentRow s = documents.findSegment(segmentId).orElseThrow(() -> new IllegalArgumentException("no segment " + segmentId));
            if (s.status() == SegmentStatus.APPROVED && !actor.has(Role.REVIEWER) && !actor.has(Role.ADMIN)) {
                throw new AccessDeniedException("segment " + (s.position() + 1) + " is approved and locked; a reviewer can reopen it");
            }
            String clean = target == null || target.isBlank() ? null : target.strip();
            WriteLimits.requireTarget("segment " + (s.position() + 1), s.sourceText(), clean);
            SegmentStatus next = clean == null ? SegmentStatus.NEW : confirm ? SegmentStatus.TRANSLATED
                    : s.status() == SegmentStatus.TRANSLATED && java.util.Objects.equals(clean, s.targetText()) ? SegmentStatus.TRANSLATED
                    : SegmentStatus.DRAFT;
            if (s.status() == SegmentStatus.APPROVED && java.util.Objects.equals(clean, s.targetText())) {
                next = SegmentStatus.APPROVED;
            }
            // confirming a filled-in match as it stands keeps where it came from
            TargetOrigin origin = clean != null && clean.equals(s.targetText()) && s.origin() != TargetOrigin.NONE ? s.origin() : TargetOrigin.MANUAL;
            boolean ok = documents.updateTarget(segmentId, basedOnVersion, clean, next, origin, actor.username(),
                    confirm ? "confirmed" : "edited");
            SegmentRow saved = documents.findSegment(segmentId).orElseThrow();
            if (!ok || !confirm || clean == null) {
                return new Done(new SaveOutcome(ok, saved), List.of());
            }
            List<Long> filled = new ArrayList<>();
            int differing = 0;
            for (SegmentRow r : documents.repetitionsOf(saved)) {
                if (r.targetText() == null || r.targetText().isBlank()) {
                    if (documents.fillFromMatch(r.id(), clean, TargetOrigin.REPETITION, 100,
                            "repetition of segment " + (saved.position() + 1), actor.username())) {
                        filled.add(r.id());
                    }
                } else if (!r.targetText().equals(clean) && r.status() != SegmentStatus.APPROVED) {
                    differing++;
                }
            }
            return new Done(new SaveOutcome(true, saved, filled.size(), differing), filled);
        });
        SaveOutcome outcome = done.outcome();
        if (outcome.saved()) {
            events.changed(outcome.current().documentId(), segmentId);
            // the repetitions filled are told to open editors once the transaction has committed
            done.filled().forEach(id -> events.changed(outcome.current().documentId(), id));
        }
        return outcome;
    }

    /**
     * Gives every repetition of a segment's source in its document the segment's translation (as a
     * draft), where it has another one; approved repetitions are left to reviewers. Returns how many changed.
     */
    public int updateRepetitions(long segmentId) {
        CurrentUser.Actor actor = CurrentUser.require("edit translations", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        SegmentRow s = documents.findSegment(segmentId).orElseThrow(() -> new IllegalArgumentException("no segment " + segmentId));
        if (s.targetText() == null || s.targetText().isBlank()) {
            return 0;
        }
        List<Long> changed = tx.execute(status -> {
            List<Long> ids = new ArrayList<>();
            for (SegmentRow r : documents.repetitionsOf(s)) {
                if (r.status() == SegmentStatus.APPROVED || s.targetText().equals(r.targetText())) {
                    continue;
                }
                boolean ok = r.targetText() == null || r.targetText().isBlank()
                        ? documents.fillFromMatch(r.id(), s.targetText(), TargetOrigin.REPETITION, 100,
                                "repetition of segment " + (s.position() + 1), actor.username())
                        : documents.updateTarget(r.id(), r.version(), s.targetText(), SegmentStatus.DRAFT, TargetOrigin.REPETITION,
                                actor.username(), "updated from its repetition, segment " + (s.position() + 1));
                if (ok) {
                    ids.add(r.id());
                }
            }
            return ids;
        });
        for (long id : changed) {
            events.changed(s.documentId(), id);
        }
        return changed.size();
    }

    public void comment(long segmentId, String body) {
        CurrentUser.Actor actor = CurrentUser.require("comment", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a comment needs text");
        }
        WriteLimits.requireComment(body.strip());
        SegmentRow s = documents.findSegment(segmentId).orElseThrow();
        documents.addComment(segmentId, actor.username(), body.strip());
        events.changed(s.documentId(), segmentId);
    }

    public void reply(long segmentId, long parentId, String body) {
        CurrentUser.Actor actor = CurrentUser.require("comment", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a reply needs text");
        }
        WriteLimits.requireComment(body.strip());
        SegmentRow s = documents.findSegment(segmentId).orElseThrow();
        documents.addReply(segmentId, parentId, actor.username(), body.strip());
        events.changed(s.documentId(), segmentId);
    }

    public void resolve(long segmentId, long commentId) {
        CurrentUser.require("resolve comments", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        SegmentRow s = documents.findSegment(segmentId).orElseThrow();
        documents.resolveThread(commentId);
        events.changed(s.documentId(), segmentId);
    }

    public List<DocumentRepository.CommentRow> commentThreads(long segmentId) {
        CurrentUser.get();
        return documents.commentRows(segmentId);
    }

    public List<String> comments(long segmentId) {
        CurrentUser.get();
        return documents.comments(segmentId);
    }

    public List<DocumentRepository.HistoryRow> history(long segmentId) {
        CurrentUser.get();
        return documents.history(segmentId);
    }

    /** Merges a segment with the next one of the same paragraph: sources and targets joined, history kept on the first. */
    public SegmentRow mergeWithNext(long segmentId) {
        CurrentUser.Actor actor = CurrentUser.require("merge segments", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        SegmentRow merged = tx.execute(status -> {
            SegmentRow s = documents.findSegment(segmentId).orElseThrow();
            List<SegmentRow> after = documents.findSegments(s.documentId(), s.position() + 1, 1);
            if (after.isEmpty() || after.get(0).blockId() != s.blockId()) {
                throw new IllegalArgumentException("segment " + (s.position() + 1) + " is the last of its paragraph; nothing to merge with");
            }
            SegmentRow next = after.get(0);
            if ((s.status() == SegmentStatus.APPROVED || next.status() == SegmentStatus.APPROVED) && !actor.has(Role.REVIEWER)) {
                throw new AccessDeniedException("approved segments are locked");
            }
            String target = join(s.targetText(), next.targetText());
            jdbc.sql("UPDATE segment SET target_text = ?, target_key = ?, status = ?, last_editor = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                    .params(target, app.tandem.memory.SourceKey.of(target), target == null ? "NEW" : "DRAFT", actor.username(),
                            LocalDateTime.now(), s.id()).update();
            documents.updateSource(s.id(), s.sourceText() + " " + next.sourceText());
            jdbc.sql("UPDATE segment SET covered_by = NULL WHERE covered_by = ?").param(next.id()).update();
            jdbc.sql("DELETE FROM segment WHERE id = ?").param(next.id()).update();
            jdbc.sql("UPDATE segment SET position = position - 1 WHERE document_id = ? AND position > ?").params(s.documentId(), s.position()).update();
            jdbc.sql("INSERT INTO segment_history(segment_id, target_text, status, editor, changed_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(s.id(), target, target == null ? "NEW" : "DRAFT", actor.username(), LocalDateTime.now(),
                            "merged with the next segment: " + next.sourceText()).update();
            documents.syncMemoryUnit(s.id());
            return documents.findSegment(s.id()).orElseThrow();
        });
        events.changed(merged.documentId(), merged.id());
        return merged;
    }

    /** Splits a segment's source at {@code offset}; the target stays on the first part for the translator to divide. */
    public SegmentRow split(long segmentId, int offset) {
        CurrentUser.Actor actor = CurrentUser.require("split segments", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        SegmentRow first = tx.execute(status -> {
            SegmentRow s = documents.findSegment(segmentId).orElseThrow();
            String src = s.sourceText();
            if (offset <= 0 || offset >= src.length() || src.substring(0, offset).isBlank() || src.substring(offset).isBlank()) {
                throw new IllegalArgumentException("place the caret inside the source text to split it");
            }
            if (s.status() == SegmentStatus.APPROVED && !actor.has(Role.REVIEWER)) {
                throw new AccessDeniedException("approved segments are locked");
            }
            jdbc.sql("UPDATE segment SET position = position + 1 WHERE document_id = ? AND position > ?").params(s.documentId(), s.position()).update();
            jdbc.sql("UPDATE segment SET last_editor = ?, updated_at = ?, version = version + 1, status = ? WHERE id = ?")
                    .params(actor.username(), LocalDateTime.now(), s.targetText() == null ? "NEW" : "DRAFT", s.id()).update();
            documents.updateSource(s.id(), src.substring(0, offset).strip());
            long newId = documents.insertSegment(s.documentId(), s.blockId(), s.position() + 1, 0, src.substring(offset).strip(), null,
                    SegmentStatus.NEW, TargetOrigin.NONE, null, false);
            jdbc.sql("INSERT INTO segment_history(segment_id, target_text, status, editor, changed_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(s.id(), s.targetText(), s.targetText() == null ? "NEW" : "DRAFT", actor.username(), LocalDateTime.now(),
                            "split; second part became segment " + (s.position() + 2)).update();
            documents.syncMemoryUnit(s.id());
            jdbc.sql("INSERT INTO segment_history(segment_id, target_text, status, editor, changed_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(newId, null, "NEW", actor.username(), LocalDateTime.now(), "split from segment " + (s.position() + 1)).update();
            return documents.findSegment(s.id()).orElseThrow();
        });
        events.changed(first.documentId(), first.id());
        return first;
    }

    /** Puts an earlier target back, as a new change. */
    public SaveOutcome restore(long segmentId, int basedOnVersion, String earlierTarget) {
        return save(segmentId, basedOnVersion, earlierTarget, false);
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null || b.isBlank() ? null : b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }
}
