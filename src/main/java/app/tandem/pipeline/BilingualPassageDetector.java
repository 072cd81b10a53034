package app.tandem.pipeline;

import app.tandem.align.Bead;
import app.tandem.align.GaleChurchAligner;
import app.tandem.text.BlockKind;
import app.tandem.text.Lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds English passages that translate a Russian passage of the same document (a "Summary:"
 * after an "Аннотация:", or an unlabelled English paragraph after the Russian one it renders)
 * and turns their sentences into targets of the Russian segments. Whether a pair is a
 * translation is decided by the alignment itself: the English passage must align with a high
 * mean confidence and few unmatched sentences, whatever the labels say.
 */
public final class BilingualPassageDetector {
    private static final double ACCEPT_SCORE = 0.55;
    private static final int MAX_RUSSIAN_BLOCKS_BACK = 3;

    private final GaleChurchAligner aligner;

    public BilingualPassageDetector(GaleChurchAligner aligner) {
        this.aligner = aligner;
    }

    public static BilingualPassageDetector standard() {
        return new BilingualPassageDetector(GaleChurchAligner.withLexicalEvidence());
    }

    public BilingualDocument detect(CleanDocument doc) {
        List<CleanBlock> blocks = doc.blocks();
        Map<Integer, List<BilingualDocument.SourceSentence>> filled = new HashMap<>();
        boolean[] consumed = new boolean[blocks.size()];
        for (int e = 0; e < blocks.size(); e++) {
            CleanBlock en = blocks.get(e);
            if (en.lang() != Lang.EN || en.kind() == BlockKind.LABEL || en.kind() == BlockKind.HEADING) {
                continue;
            }
            Match best = null;
            for (List<Integer> candidate : russianCandidates(blocks, e, consumed)) {
                Match m = score(blocks, candidate, en);
                if (m != null && (best == null || m.score > best.score)) {
                    best = m;
                }
            }
            if (best == null || best.score < ACCEPT_SCORE) {
                continue;
            }
            consumed[e] = true;
            if (e > 0 && blocks.get(e - 1).kind() == BlockKind.LABEL && blocks.get(e - 1).lang() == Lang.EN) {
                consumed[e - 1] = true;
            }
            best.apply(filled);
            best.ruBlocks.forEach(i -> consumed[i] = true);
        }
        List<BilingualDocument.SourceBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            CleanBlock b = blocks.get(i);
            if (consumed[i] && b.lang() == Lang.EN) {
                continue;
            }
            List<BilingualDocument.SourceSentence> sentences = filled.get(i);
            if (sentences == null) {
                sentences = b.sentences().stream().map(BilingualDocument.SourceSentence::untranslated).toList();
            }
            out.add(new BilingualDocument.SourceBlock(b.kind(), b.lang(), b.text(), sentences, b.mark(), b.ref()));
        }
        return new BilingualDocument(out);
    }

    /** Russian passages an English block may translate: the labelled counterpart, else the blocks just before it. */
    private static List<List<Integer>> russianCandidates(List<CleanBlock> blocks, int e, boolean[] consumed) {
        List<List<Integer>> out = new ArrayList<>();
        boolean labelled = e > 0 && blocks.get(e - 1).kind() == BlockKind.LABEL;
        if (labelled) {
            BlockKind kind = blocks.get(e).kind();
            for (int i = 0; i < e; i++) {
                if (blocks.get(i).kind() == kind && blocks.get(i).lang() == Lang.RU && !consumed[i]) {
                    List<Integer> run = new ArrayList<>();
                    for (int k = i; k < e && blocks.get(k).lang() == Lang.RU && blocks.get(k).kind() != BlockKind.LABEL; k++) {
                        run.add(k);
                    }
                    out.add(run);
                }
            }
        }
        int start = e - 1;
        while (start >= 0 && blocks.get(start).kind() == BlockKind.LABEL) {
            start--;
        }
        List<Integer> run = new ArrayList<>();
        for (int k = start; k >= 0 && run.size() < MAX_RUSSIAN_BLOCKS_BACK; k--) {
            CleanBlock b = blocks.get(k);
            if (b.lang() != Lang.RU || consumed[k] || b.kind() == BlockKind.LABEL || b.kind() == BlockKind.HEADING) {
                break;
            }
            run.add(0, k);
            out.add(new ArrayList<>(run));
        }
        return out;
    }

    private Match score(List<CleanBlock> blocks, List<Integer> ruBlocks, CleanBlock en) {
        List<String> ru = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        for (int b : ruBlocks) {
            List<String> s = blocks.get(b).sentences();
            for (int k = 0; k < s.size(); k++) {
                ru.add(s.get(k));
                where.add(new int[]{b, k});
            }
        }
        if (ru.isEmpty() || en.sentences().isEmpty()) {
            return null;
        }
        double ratio = (double) en.sentences().size() / ru.size();
        if (ratio < 0.5 || ratio > 2.0) {
            return null;
        }
        List<Bead> beads = aligner.align(ru, en.sentences());
        double sum = 0;
        int unmatched = 0;
        for (Bead b : beads) {
            sum += b.confidence();
            if (b.ru().isEmpty() || b.en().isEmpty()) {
                unmatched += b.ru().size() + b.en().size();
            }
        }
        double score = sum / beads.size() - 0.5 * unmatched / (ru.size() + en.sentences().size());
        return new Match(ruBlocks, where, beads, en.sentences(), blocks, score);
    }

    private record Match(List<Integer> ruBlocks, List<int[]> where, List<Bead> beads, List<String> en,
                         List<CleanBlock> blocks, double score) {
        void apply(Map<Integer, List<BilingualDocument.SourceSentence>> filled) {
            for (int b : ruBlocks) {
                filled.put(b, new ArrayList<>(blocks.get(b).sentences().stream()
                        .map(BilingualDocument.SourceSentence::untranslated).toList()));
            }
            // An English sentence aligned to nothing (0:1) is never dropped: it joins the nearest target, flagged.
            int[] lastTarget = null;
            StringBuilder pending = new StringBuilder();
            for (Bead bead : beads) {
                if (bead.en().isEmpty()) {
                    continue;
                }
                StringBuilder target = new StringBuilder(pending);
                for (int k : bead.en()) {
                    if (target.length() > 0) {
                        target.append(' ');
                    }
                    target.append(en.get(k));
                }
                if (bead.ru().isEmpty()) {
                    if (lastTarget == null) {
                        pending.setLength(0);
                        pending.append(target);
                    } else {
                        List<BilingualDocument.SourceSentence> list = filled.get(lastTarget[0]);
                        BilingualDocument.SourceSentence prev = list.get(lastTarget[1]);
                        list.set(lastTarget[1], new BilingualDocument.SourceSentence(prev.source(),
                                prev.target() + " " + target, prev.confidence(), true, false));
                    }
                    continue;
                }
                pending.setLength(0);
                for (int n = 0; n < bead.ru().size(); n++) {
                    int[] w = where.get(bead.ru().get(n));
                    List<BilingualDocument.SourceSentence> list = filled.get(w[0]);
                    String source = list.get(w[1]).source();
                    list.set(w[1], n == 0
                            ? new BilingualDocument.SourceSentence(source, target.toString(), bead.confidence(), bead.lowConfidence(), false)
                            : new BilingualDocument.SourceSentence(source, null, bead.confidence(), bead.lowConfidence(), true));
                    if (n == 0) {
                        lastTarget = w;
                    }
                }
            }
        }
    }
}
