package app.tandem.document;

import app.tandem.align.Pairing;
import app.tandem.segment.SentenceSplitter;
import app.tandem.text.Lang;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The passages of a document whose targets came from English the file carried (or an aligned
 * translation), as pairings a person can fix: which English sentence translates which Russian one.
 * Applying a fixed pairing rewrites the targets that changed as drafts, each with its history entry
 * (so any of them is undone from the history as any edit is), in one transaction.
 */
@Service
public class PairingService {
    private final DocumentRepository documents;
    private final TransactionTemplate tx;

    public PairingService(DocumentRepository documents, PlatformTransactionManager txManager) {
        this.documents = documents;
        this.tx = new TransactionTemplate(txManager);
    }

    /**
     * A run of segments in a row: those paired from English in the file (a single empty one among them included),
     * with one free neighbour on each side to move English to.
     */
    public record Passage(List<SegmentRow> segments) {
        public int firstNumber() {
            return segments.get(0).position() + 1;
        }

        public int lastNumber() {
            return segments.get(segments.size() - 1).position() + 1;
        }

        public boolean contains(int number) {
            return number >= firstNumber() && number <= lastNumber();
        }
    }

    public record Applied(int changed, int conflicts) {
    }

    private static boolean paired(SegmentRow s) {
        return s.origin() == TargetOrigin.EXISTING_TRANSLATION || s.origin() == TargetOrigin.ALIGNED_UPLOAD
                || s.coveredBy() != null || s.alignFlagged();
    }

    private static boolean free(SegmentRow s) {
        return s.targetText() == null || s.targetText().isBlank();
    }

    public List<Passage> passages(long documentId) {
        List<SegmentRow> all = documents.findAllSegments(documentId);
        List<Passage> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            if (!paired(all.get(i))) {
                i++;
                continue;
            }
            int from = i;
            int to = i;
            // a sentence emptied by an earlier fix (or left without English) does not cut the passage in two
            while (to + 1 < all.size() && (paired(all.get(to + 1))
                    || free(all.get(to + 1)) && to + 2 < all.size() && paired(all.get(to + 2)))) {
                to++;
            }
            int last = to;
            if (from > 0 && free(all.get(from - 1)) && !paired(all.get(from - 1))) {
                from--;
            }
            if (to + 1 < all.size() && free(all.get(to + 1))) {
                to++;
            }
            out.add(new Passage(List.copyOf(all.subList(from, to + 1))));
            i = last + 1;
        }
        return out;
    }

    /** The pairing the passage's targets hold now (a covered segment has none of its own). */
    public Pairing pairing(Passage passage) {
        List<String> russian = passage.segments().stream().map(SegmentRow::sourceText).toList();
        List<String> targets = passage.segments().stream().map(s -> s.coveredBy() != null ? null : s.targetText()).toList();
        SentenceSplitter splitter = SentenceSplitter.standard();
        return Pairing.ofTargets(russian, targets, t -> splitter.split(t, Lang.EN));
    }

    /**
     * Writes the targets the pairing changed: a segment with English gets it as a draft; one left
     * without keeps being covered by the segment before when it was and that one still has English,
     * and is emptied otherwise. A segment someone changed since the passage was read is left alone
     * and counted as a conflict.
     */
    public Applied apply(long documentId, Passage passage, Pairing pairing) {
        String editor = CurrentUser.require("fix the pairing of a document's English", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN).username();
        return tx.execute(status -> {
            int changed = 0;
            int conflicts = 0;
            List<SegmentRow> segments = passage.segments();
            for (int r = 0; r < segments.size(); r++) {
                SegmentRow before = segments.get(r);
                SegmentRow now = documents.findSegment(before.id()).orElse(null);
                if (now == null || now.documentId() != documentId) {
                    continue;
                }
                String target = pairing.target(r);
                boolean keepCovered = target == null && before.coveredBy() != null && r > 0 && pairing.target(r - 1) != null;
                String current = before.coveredBy() != null ? null : blankToNull(before.targetText());
                if (Objects.equals(target, current) && (before.coveredBy() != null) == keepCovered) {
                    continue;
                }
                if (now.version() != before.version()) {
                    conflicts++;
                    continue;
                }
                if (!Objects.equals(target, blankToNull(now.targetText()))) {
                    boolean ok = documents.updateTarget(now.id(), now.version(), target,
                            target == null ? SegmentStatus.NEW : SegmentStatus.DRAFT,
                            target == null ? TargetOrigin.NONE : TargetOrigin.EXISTING_TRANSLATION, editor,
                            target == null ? "pairing fixed: English moved away" : "pairing fixed");
                    if (!ok) {
                        conflicts++;
                        continue;
                    }
                }
                documents.setPairing(now.id(), keepCovered ? before.coveredBy() : null);
                changed++;
            }
            return new Applied(changed, conflicts);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
