package app.tandem.document;

import app.tandem.align.Bead;
import app.tandem.align.GaleChurchAligner;
import app.tandem.exchange.ExchangeException;
import app.tandem.pipeline.CleanBlock;
import app.tandem.pipeline.DocumentPipeline;
import app.tandem.text.Lang;
import app.tandem.text.TextDecoder;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns an existing English translation of a whole article to a document's segments. Proposing
 * changes nothing; applying fills empty targets (and, only when asked, replaces targets a person
 * wrote), in one transaction, each segment guarded by its version.
 */
@Service
public class AlignmentService {
    private final DocumentRepository documents;
    private final TransactionTemplate tx;
    private final DocumentPipeline pipeline;
    private final GaleChurchAligner aligner = GaleChurchAligner.withLexicalEvidence();

    public AlignmentService(DocumentRepository documents, PlatformTransactionManager txManager) {
        this.documents = documents;
        this.tx = new TransactionTemplate(txManager);
        this.pipeline = DocumentPipeline.standard();
    }

    /** One proposed pair; {@code covered} marks a segment whose translation is in the previous proposal (2:1). */
    public record Proposal(long segmentId, int number, int version, String source, String currentTarget,
                           TargetOrigin currentOrigin, String proposedTarget, double confidence, boolean covered) {
        public boolean lowConfidence() {
            return confidence < Bead.LOW_CONFIDENCE;
        }

        public boolean personWritten() {
            return currentTarget != null && !currentTarget.isBlank() && currentOrigin == TargetOrigin.MANUAL;
        }
    }

    public record Applied(int filled, int replaced, int keptPersonWritten, int conflicts) {
    }

    /** The English sentences of an uploaded TXT or DOCX translation. */
    public List<String> englishSentences(String fileName, byte[] bytes) {
        String text;
        if (fileName.toLowerCase().endsWith(".docx")) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                StringBuilder sb = new StringBuilder();
                for (XWPFParagraph p : doc.getParagraphs()) {
                    sb.append(p.getText()).append("\n\n");
                }
                text = sb.toString();
            } catch (Exception e) {
                throw new ExchangeException(fileName + ": not a readable DOCX file");
            }
        } else {
            text = new TextDecoder().decode(fileName, bytes).text();
        }
        List<String> sentences = new ArrayList<>();
        for (CleanBlock b : pipeline.process(text, Lang.EN).blocks()) {
            sentences.addAll(b.sentences());
        }
        if (sentences.isEmpty()) {
            throw new ExchangeException(fileName + ": no English sentences found");
        }
        return sentences;
    }

    public List<Proposal> propose(long documentId, List<String> english) {
        List<SegmentRow> segments = documents.findAllSegments(documentId);
        List<String> ru = segments.stream().map(SegmentRow::sourceText).toList();
        List<Proposal> out = new ArrayList<>();
        List<Bead> beads = aligner.align(ru, english);
        String pending = null;
        for (Bead b : beads) {
            String target = join(english, b.en());
            if (b.ru().isEmpty()) {
                // an English sentence without a Russian counterpart joins the previous proposal, flagged
                if (!out.isEmpty()) {
                    Proposal last = out.remove(out.size() - 1);
                    out.add(new Proposal(last.segmentId(), last.number(), last.version(), last.source(), last.currentTarget(),
                            last.currentOrigin(), (last.proposedTarget() == null ? "" : last.proposedTarget() + " ") + target,
                            Math.min(last.confidence(), b.confidence()), last.covered()));
                } else {
                    pending = target;
                }
                continue;
            }
            for (int k = 0; k < b.ru().size(); k++) {
                SegmentRow s = segments.get(b.ru().get(k));
                String proposed = k == 0 ? (b.en().isEmpty() ? null : (pending == null ? target : pending + " " + target)) : null;
                out.add(new Proposal(s.id(), s.position() + 1, s.version(), s.sourceText(), s.targetText(), s.origin(),
                        proposed, b.confidence(), k > 0));
            }
            pending = null;
        }
        return out;
    }

    public Applied apply(long documentId, List<Proposal> proposals, boolean replacePersonWritten, String editor) {
        app.tandem.user.CurrentUser.require("fill targets from an aligned translation", app.tandem.user.Role.TRANSLATOR,
                app.tandem.user.Role.REVIEWER, app.tandem.user.Role.ADMIN);
        return tx.execute(status -> {
            int filled = 0;
            int replaced = 0;
            int kept = 0;
            int conflicts = 0;
            long previousId = -1;
            for (Proposal p : proposals) {
                SegmentRow current = documents.findSegment(p.segmentId()).orElse(null);
                if (current == null || current.documentId() != documentId) {
                    continue;
                }
                boolean empty = current.targetText() == null || current.targetText().isBlank();
                if (p.covered()) {
                    if (empty && previousId > 0) {
                        documents.markCovered(current.id(), previousId);
                    }
                    continue;
                }
                previousId = current.id();
                if (p.proposedTarget() == null) {
                    continue;
                }
                if (!empty && !replacePersonWritten) {
                    kept++;
                    continue;
                }
                if (documents.updateTarget(current.id(), p.version(), p.proposedTarget(), SegmentStatus.DRAFT,
                        TargetOrigin.ALIGNED_UPLOAD, editor, String.format(java.util.Locale.ROOT, "aligned translation, confidence %.2f", p.confidence()))) {
                    if (empty) {
                        filled++;
                    } else {
                        replaced++;
                    }
                } else {
                    conflicts++;
                }
            }
            return new Applied(filled, replaced, kept, conflicts);
        });
    }

    private static String join(List<String> english, List<Integer> idx) {
        StringBuilder sb = new StringBuilder();
        for (int i : idx) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(english.get(i));
        }
        return sb.toString();
    }
}
