package app.tandem.pipeline;

import app.tandem.align.Bead;
import app.tandem.align.GaleChurchAligner;
import app.tandem.cite.ReferenceSections;
import app.tandem.text.BlockKind;
import app.tandem.text.FormatCodes;
import app.tandem.text.Lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds English passages that translate a Russian passage of the same document and turns their
 * sentences into targets of the Russian segments, with the same decisions whatever file the
 * blocks came from (a text file's paragraphs, a PDF's layout, a DOCX's styles):
 * <ul>
 * <li>an English block after an English label ("Summary:", "Abstract.", "Keywords:") goes with the
 * Russian block of the same kind ("Аннотация:", "Ключевые слова:") first, wherever it stands;</li>
 * <li>an unlabelled English passage (one paragraph or several in a row, as a PDF may break it) goes
 * with the Russian paragraphs right before it;</li>
 * <li>an English title and author line set before the English abstract go with the Russian ones.</li>
 * </ul>
 * Whether a pair is a translation is decided by the alignment itself: the passage must align with
 * a high mean confidence, few unmatched sentences and a length near a translation's. English in a
 * Russian article that translates nothing stays out of the segments (its block is kept, for the edition).
 */
public final class BilingualPassageDetector {
    private static final double ACCEPT_SCORE = 0.55;
    /**
     * A passage whose every sentence pairs one to one with an English sentence, as many of each: the
     * shape itself is evidence. Calibrated on align-ru-en/public (windows of 3–6 sentences against
     * English windows of other articles): 183 of 188 one-to-one translations reach it, 12 of 400
     * unrelated windows do (5 at 0.50) — where an English paragraph follows a Russian one, it is rarely unrelated.
     */
    private static final double ACCEPT_ONE_TO_ONE = 0.45;
    private static final int MAX_BLOCKS = 3;
    /** The place a journal gives the English (after its label, beside the Russian of the same kind) counts for it. */
    private static final double LABELLED_BONUS = 0.15;
    /** English runs about as long as the Russian it translates (0.9–1.1 in characters); far from that it translates something else. */
    private static final double LENGTH_RATIO_WEIGHT = 0.5;
    /** Fewest letters for an English block to be taken as the article's English rather than a stray name or number. */
    private static final int ENGLISH_EVIDENCE = 12;

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
        boolean[] references = referenceBlocks(blocks);
        for (int e = 0; e < blocks.size(); e++) {
            if (consumed[e] || !isEnglishContent(blocks.get(e)) || references[e]) {
                continue;
            }
            boolean labelled = e > 0 && blocks.get(e - 1).kind() == BlockKind.LABEL && blocks.get(e - 1).lang() == Lang.EN;
            Match best = null;
            for (List<Integer> enRun : englishRuns(blocks, e, references)) {
                for (Candidate candidate : russianCandidates(blocks, e, consumed, labelled)) {
                    Match m = score(blocks, candidate, enRun);
                    if (m != null && m.accepted() && (best == null || m.better(best))) {
                        best = m;
                    }
                }
            }
            if (best == null) {
                continue;
            }
            best.apply(filled);
            best.enBlocks.forEach(i -> consumed[i] = true);
            best.ruBlocks.forEach(i -> consumed[i] = true);
            if (labelled) {
                consumed[e - 1] = true;
            }
            e = best.enBlocks.get(best.enBlocks.size() - 1);
        }
        pairFrontMatter(blocks, consumed, filled, references);
        boolean russianArticle = letters(blocks, Character.UnicodeScript.CYRILLIC) > letters(blocks, Character.UnicodeScript.LATIN);
        List<BilingualDocument.SourceBlock> out = new ArrayList<>();
        int keptOut = 0;
        for (int i = 0; i < blocks.size(); i++) {
            CleanBlock b = blocks.get(i);
            if (consumed[i] && b.lang() == Lang.EN) {
                continue;
            }
            if (russianArticle && !references[i] && translatesNothing(b)) {
                // the article's own English with no Russian counterpart: nothing to translate, kept for the edition
                out.add(new BilingualDocument.SourceBlock(b.kind(), b.lang(), b.text(), List.of(), b.mark(), b.ref()));
                keptOut++;
                continue;
            }
            List<BilingualDocument.SourceSentence> sentences = filled.get(i);
            if (sentences == null) {
                sentences = b.sentences().stream().map(BilingualDocument.SourceSentence::untranslated).toList();
            }
            out.add(new BilingualDocument.SourceBlock(b.kind(), b.lang(), b.text(), sentences, b.mark(), b.ref()));
        }
        return new BilingualDocument(out, keptOut);
    }

    private static boolean isEnglishContent(CleanBlock b) {
        return b.lang() == Lang.EN && b.kind() != BlockKind.LABEL && b.kind() != BlockKind.HEADING
                && b.kind() != BlockKind.TITLE && b.kind() != BlockKind.FOOTNOTE && !b.sentences().isEmpty();
    }

    /**
     * English prose in a Russian article, with no Russian in it: a URL, a source cited in Latin
     * script inside a Russian sentence or a stray name is no English passage.
     */
    private static boolean translatesNothing(CleanBlock b) {
        if (b.lang() != Lang.EN || b.kind() == BlockKind.FOOTNOTE) {
            return false;
        }
        String text = FormatCodes.strip(b.text());
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return false;
        }
        if (b.kind() == BlockKind.LABEL) {
            return true;
        }
        long words = java.util.Arrays.stream(text.split("\\s+")).filter(w -> w.matches("\\p{L}[\\p{L}'’-]*[.,;:!?)]*")).count();
        return text.codePoints().filter(Character::isLetter).count() >= ENGLISH_EVIDENCE && words >= 3;
    }

    private static long letters(List<CleanBlock> blocks, Character.UnicodeScript script) {
        return blocks.stream().flatMap(b -> FormatCodes.strip(b.text()).codePoints().boxed())
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == script).count();
    }

    /** Blocks of a reference list: entries in Latin script there are references, not the article's English. */
    private static boolean[] referenceBlocks(List<CleanBlock> blocks) {
        boolean[] out = new boolean[blocks.size()];
        boolean in = false;
        for (int i = 0; i < blocks.size(); i++) {
            CleanBlock b = blocks.get(i);
            if (b.kind() == BlockKind.HEADING || b.kind() == BlockKind.LABEL || b.kind() == BlockKind.TITLE) {
                in = ReferenceSections.isHeading(b.text());
                out[i] = in;
            } else {
                out[i] = in && b.kind() != BlockKind.FOOTNOTE;
            }
        }
        return out;
    }

    /** The English passage starting at {@code e}: its first paragraph, and the paragraphs in a row after it. */
    private static List<List<Integer>> englishRuns(List<CleanBlock> blocks, int e, boolean[] references) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int k = e; k < blocks.size() && run.size() < MAX_BLOCKS; k++) {
            CleanBlock b = blocks.get(k);
            if (!isEnglishContent(b) || references[k] || k > e && b.kind() != blocks.get(e).kind()) {
                break;
            }
            run.add(k);
            out.add(new ArrayList<>(run));
        }
        return out;
    }

    private record Candidate(List<Integer> blocks, boolean labelled) {
    }

    /** Russian passages an English block may translate: the labelled counterpart, and the blocks just before it. */
    private static List<Candidate> russianCandidates(List<CleanBlock> blocks, int e, boolean[] consumed, boolean labelled) {
        List<Candidate> out = new ArrayList<>();
        if (labelled) {
            BlockKind kind = blocks.get(e).kind();
            for (int i = 0; i < blocks.size(); i++) {
                if (i != e && blocks.get(i).kind() == kind && blocks.get(i).lang() == Lang.RU && !consumed[i]) {
                    List<Integer> run = new ArrayList<>();
                    for (int k = i; k < blocks.size() && run.size() < MAX_BLOCKS && blocks.get(k).lang() == Lang.RU
                            && blocks.get(k).kind() == kind && !consumed[k]; k++) {
                        run.add(k);
                        out.add(new Candidate(new ArrayList<>(run), true));
                    }
                    break;
                }
            }
        }
        int start = e - 1;
        while (start >= 0 && blocks.get(start).kind() == BlockKind.LABEL) {
            start--;
        }
        List<Integer> run = new ArrayList<>();
        for (int k = start; k >= 0 && run.size() < MAX_BLOCKS; k--) {
            CleanBlock b = blocks.get(k);
            if (b.lang() != Lang.RU || consumed[k] || b.kind() == BlockKind.LABEL || b.kind() == BlockKind.HEADING
                    || b.kind() == BlockKind.TITLE || b.kind() == BlockKind.FOOTNOTE) {
                break;
            }
            run.add(0, k);
            out.add(new Candidate(new ArrayList<>(run), false));
        }
        return out;
    }

    /**
     * An English title (and author line) set before the English abstract, as journals print them
     * at the article's end: the title goes with the Russian title, the line after it with the
     * Russian line after the title when that is as short as an author line.
     */
    private void pairFrontMatter(List<CleanBlock> blocks, boolean[] consumed,
                                 Map<Integer, List<BilingualDocument.SourceSentence>> filled, boolean[] references) {
        int ruTitle = -1;
        for (int i = 0; i < blocks.size() && i < 3; i++) {
            CleanBlock b = blocks.get(i);
            if ((b.kind() == BlockKind.HEADING || b.kind() == BlockKind.TITLE) && b.lang() == Lang.RU) {
                ruTitle = i;
                break;
            }
        }
        if (ruTitle < 0 || filled.containsKey(ruTitle)) {
            return;
        }
        for (int label = ruTitle + 1; label < blocks.size(); label++) {
            CleanBlock l = blocks.get(label);
            if (l.kind() != BlockKind.LABEL || l.lang() != Lang.EN || references[label]) {
                continue;
            }
            // the English front matter: headings and short lines right before the English label
            int first = label;
            while (first - 1 > ruTitle && blocks.get(first - 1).lang() == Lang.EN && !consumed[first - 1]
                    && blocks.get(first - 1).kind() != BlockKind.FOOTNOTE && shortLine(blocks.get(first - 1))) {
                first--;
            }
            if (first == label || blocks.get(first).kind() != BlockKind.HEADING && blocks.get(first).kind() != BlockKind.TITLE) {
                continue;
            }
            pairWhole(blocks, ruTitle, first, consumed, filled);
            for (int k = 1; first + k < label && ruTitle + k < blocks.size(); k++) {
                CleanBlock ru = blocks.get(ruTitle + k);
                if (ru.lang() != Lang.RU || consumed[ruTitle + k] || !shortLine(ru) || ru.kind() == BlockKind.LABEL) {
                    break;
                }
                pairWhole(blocks, ruTitle + k, first + k, consumed, filled);
            }
            return;
        }
    }

    private static boolean shortLine(CleanBlock b) {
        return b.text().length() <= 200 && b.sentences().size() <= 2;
    }

    private static void pairWhole(List<CleanBlock> blocks, int ru, int en, boolean[] consumed,
                                  Map<Integer, List<BilingualDocument.SourceSentence>> filled) {
        CleanBlock r = blocks.get(ru);
        List<BilingualDocument.SourceSentence> list = new ArrayList<>();
        String target = String.join(" ", blocks.get(en).sentences());
        for (int k = 0; k < r.sentences().size(); k++) {
            list.add(k == 0 ? new BilingualDocument.SourceSentence(r.sentences().get(k), target, 1.0, false, false)
                    : new BilingualDocument.SourceSentence(r.sentences().get(k), null, 1.0, false, true));
        }
        filled.put(ru, list);
        consumed[ru] = true;
        consumed[en] = true;
    }

    private Match score(List<CleanBlock> blocks, Candidate candidate, List<Integer> enBlocks) {
        List<String> ru = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        for (int b : candidate.blocks()) {
            List<String> s = blocks.get(b).sentences();
            for (int k = 0; k < s.size(); k++) {
                ru.add(s.get(k));
                where.add(new int[]{b, k});
            }
        }
        List<String> en = new ArrayList<>();
        enBlocks.forEach(b -> en.addAll(blocks.get(b).sentences()));
        if (ru.isEmpty() || en.isEmpty()) {
            return null;
        }
        double ratio = (double) en.size() / ru.size();
        if (ratio < 0.5 || ratio > 2.0) {
            return null;
        }
        List<Bead> beads = aligner.align(ru, en);
        double score = passageScore(ru, en, beads) + (candidate.labelled() ? LABELLED_BONUS : 0);
        return new Match(candidate.blocks(), enBlocks, where, beads, en, blocks, score);
    }

    /**
     * How much a Russian passage and an English one look like a translation of each other, from their
     * alignment: the beads' mean confidence, less the share of sentences left unmatched, less how far
     * the English length is from a translation's.
     */
    double passageScore(List<String> ru, List<String> en, List<Bead> beads) {
        double sum = 0;
        int unmatched = 0;
        for (Bead b : beads) {
            sum += b.confidence();
            if (b.ru().isEmpty() || b.en().isEmpty()) {
                unmatched += b.ru().size() + b.en().size();
            }
        }
        double chars = Math.max(1, en.stream().mapToInt(s -> FormatCodes.strip(s).length()).sum())
                / (double) Math.max(1, ru.stream().mapToInt(s -> FormatCodes.strip(s).length()).sum());
        return sum / beads.size() - 0.5 * unmatched / (ru.size() + en.size()) - LENGTH_RATIO_WEIGHT * Math.abs(Math.log(chars));
    }

    double passageScore(List<String> ru, List<String> en) {
        return passageScore(ru, en, aligner.align(ru, en));
    }

    private record Match(List<Integer> ruBlocks, List<Integer> enBlocks, List<int[]> where, List<Bead> beads, List<String> en,
                         List<CleanBlock> blocks, double score) {
        /**
         * An English passage in paragraphs in a row is one translation: a match taking more of it
         * wins over one taking a part, whose rest would be left translating nothing; then the score.
         */
        boolean accepted() {
            boolean oneToOne = beads.stream().allMatch(b -> b.ru().size() == 1 && b.en().size() == 1);
            return score >= (oneToOne ? ACCEPT_ONE_TO_ONE : ACCEPT_SCORE);
        }

        boolean better(Match other) {
            return enBlocks.size() != other.enBlocks.size() ? enBlocks.size() > other.enBlocks.size() : score > other.score;
        }

        private String source(int ruIndex) {
            int[] w = where.get(ruIndex);
            return blocks.get(w[0]).sentences().get(w[1]);
        }

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
                if (bead.ru().size() == 2) {
                    // two Russian sentences on one English run: cut where the English sentences really part
                    String[] halves = SentencePairSplit.split(target.toString(), source(bead.ru().get(0)), source(bead.ru().get(1)));
                    if (halves != null) {
                        for (int n = 0; n < 2; n++) {
                            int[] w = where.get(bead.ru().get(n));
                            List<BilingualDocument.SourceSentence> list = filled.get(w[0]);
                            list.set(w[1], new BilingualDocument.SourceSentence(list.get(w[1]).source(), halves[n], bead.confidence(), true, false));
                            lastTarget = w;
                        }
                        continue;
                    }
                }
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
