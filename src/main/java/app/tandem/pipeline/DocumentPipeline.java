package app.tandem.pipeline;

import app.tandem.segment.SentenceSplitter;
import app.tandem.text.BlockKind;
import app.tandem.text.Lang;
import app.tandem.text.LanguageToolDictionary;
import app.tandem.text.LineUnwrapper;
import app.tandem.text.Paragraph;
import app.tandem.text.StructureDetector;
import app.tandem.text.TextBlock;
import app.tandem.text.UnwrapResult;
import app.tandem.text.WhitespaceNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw PDF-extracted text in, blocks of sentences out: unwrapping and dehyphenation, structure
 * and language of each block, then sentence detection in the block's language. The import
 * service, the {@code segment} command and the aligner all go through here.
 */
public final class DocumentPipeline {
    private final LineUnwrapper unwrapper;
    private final StructureDetector structure = new StructureDetector();
    private final SentenceSplitter splitter;

    public DocumentPipeline(LineUnwrapper unwrapper, SentenceSplitter splitter) {
        this.unwrapper = unwrapper;
        this.splitter = splitter;
    }

    public static DocumentPipeline standard() {
        return new DocumentPipeline(
                new LineUnwrapper(LanguageToolDictionary.of(Lang.RU), LanguageToolDictionary.of(Lang.EN)),
                SentenceSplitter.standard());
    }

    /** Full cleanup of wrapped text. {@code forcedLang} overrides per-block language detection when not null. */
    public CleanDocument process(String rawText, Lang forcedLang) {
        UnwrapResult unwrapped = unwrapper.unwrap(rawText);
        return build(structure.detect(unwrapped.paragraphs()), unwrapped, forcedLang);
    }

    /** Already clean running text: every non-empty line is a paragraph, nothing is joined. */
    public CleanDocument processPlain(String text, Lang forcedLang) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String[] lines = WhitespaceNormalizer.normalize(text).replace("\u00AD", "").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = WhitespaceNormalizer.collapseSpaces(lines[i]);
            if (!line.isEmpty()) {
                paragraphs.add(new Paragraph(line, i + 1));
            }
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            blocks.add(new TextBlock(BlockKind.BODY, app.tandem.text.Scripts.dominant(p.text(), Lang.RU), p.text(), p.firstLine()));
        }
        return build(blocks, new UnwrapResult(paragraphs, List.of()), forcedLang);
    }

    /**
     * A source file as its reader found it: wrapped parts (a PDF's lines) are unwrapped, ready
     * paragraphs (a DOCX's) are taken as they are; the kind the format states wins over the one
     * guessed from the text, except that a body paragraph may still open with a label
     * ("Аннотация: …") or be a heading set in body style.
     */
    public CleanDocument process(app.tandem.source.SourceDocument source, Lang forcedLang) {
        List<CleanBlock> out = new ArrayList<>();
        List<app.tandem.text.HyphenDecision> hyphens = new ArrayList<>();
        String laidOut = source.parts().stream().filter(p -> p.form() == app.tandem.source.SourcePart.Form.PARAGRAPH_LINES)
                .map(app.tandem.source.SourcePart::text).collect(java.util.stream.Collectors.joining("\n"));
        for (app.tandem.source.SourcePart part : source.parts()) {
            List<Paragraph> paragraphs;
            if (part.form() == app.tandem.source.SourcePart.Form.WRAPPED_TEXT) {
                UnwrapResult unwrapped = unwrapper.unwrap(part.text());
                hyphens.addAll(unwrapped.hyphens());
                paragraphs = unwrapped.paragraphs();
            } else if (part.form() == app.tandem.source.SourcePart.Form.PARAGRAPH_LINES) {
                UnwrapResult joined = unwrapper.joinLines(part.text(), laidOut);
                hyphens.addAll(joined.hyphens());
                paragraphs = joined.paragraphs();
            } else {
                String text = WhitespaceNormalizer.collapseSpaces(WhitespaceNormalizer.normalize(part.text()).replace("\u00AD", "").replace('\n', ' '));
                paragraphs = text.isBlank() ? List.of() : List.of(new Paragraph(text, 0));
            }
            List<TextBlock> detected = structure.detect(paragraphs);
            if (part.kind() != null && part.kind() != BlockKind.BODY) {
                // (a label set as a heading, "Аннотация:", stays a label: it names a part, never the article)
                detected = detected.stream().map(b -> b.kind() == BlockKind.LABEL || b.kind() == BlockKind.KEYWORDS && part.kind() == BlockKind.HEADING ? b
                        : new TextBlock(part.kind(), b.lang(), b.text(), b.firstLine())).toList();
            }
            for (CleanBlock b : build(detected, new UnwrapResult(paragraphs, List.of()), forcedLang).blocks()) {
                out.add(b.from(part.note(), part.ref()));
            }
        }
        return new CleanDocument(out, hyphens);
    }

    /**
     * A note that is a source reference ("РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15.", "Там же. С. 45.")
     * falls apart at its abbreviations into pieces of a word or two, a book's title from its imprint
     * ("Чичерин Г.В. Статьи и речи … М., 1961. С. 171."); it is one segment, as a translator renders it in one go.
     */
    private static boolean isReference(List<String> pieces, String text) {
        return pieces.size() > 1 && text.length() <= 400
                && (pieces.stream().anyMatch(p -> p.strip().split("\\s+").length <= 2)
                || app.tandem.cite.CitationTranslator.isReference(text));
    }

    /** Fewest letters a sentence needs for its own script to count: "1922 г." goes with its neighbours. */
    private static final int LANGUAGE_EVIDENCE = 12;

    /**
     * A paragraph that holds a Russian passage and its English (as authors' files do) is two
     * blocks, one per language, in the paragraph's order: whole, it would count as one language
     * and the other one's sentences would be taken for translations or source they are not.
     */
    static List<CleanBlock> byLanguage(BlockKind kind, Lang lang, String text, List<String> sentences) {
        List<CleanBlock> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        Lang runLang = null;
        for (String sentence : sentences) {
            long letters = sentence.codePoints().filter(Character::isLetter).count();
            // a label ("Abstract.") is short but tells its language: it opens what follows it
            boolean label = StructureDetector.leadingLabel(sentence) != null;
            Lang own = letters >= LANGUAGE_EVIDENCE || label ? app.tandem.text.Scripts.dominant(sentence, lang) : runLang == null ? lang : runLang;
            if (runLang != null && own != runLang) {
                out.add(new CleanBlock(kind, runLang, String.join(" ", run), List.copyOf(run), null, null));
                run.clear();
            }
            runLang = own;
            run.add(sentence);
        }
        if (out.isEmpty()) {
            return List.of(new CleanBlock(kind, lang, text, sentences, null, null));
        }
        out.add(new CleanBlock(kind, runLang, String.join(" ", run), List.copyOf(run), null, null));
        return out;
    }

    /**
     * A label may stand inside a paragraph where the layout ran two paragraphs together ("… в Закавказье.
     * Summary: During …", "… at Karnak. Keywords: foreign policy …"): it opens a block of its own, and
     * what follows is of its kind, as at a paragraph's start.
     */
    static List<CleanBlock> labelsInside(List<CleanBlock> blocks) {
        List<CleanBlock> out = new ArrayList<>();
        for (int n = 0; n < blocks.size(); n++) {
            CleanBlock b = blocks.get(n);
            BlockKind kind = b.kind();
            boolean cut = false;
            List<String> run = new ArrayList<>();
            for (int k = 0; k < b.sentences().size(); k++) {
                String sentence = b.sentences().get(k);
                // (a paragraph's own opening label was taken by the structure detector)
                java.util.Map.Entry<String, BlockKind> label = n == 0 && k == 0 ? null : StructureDetector.leadingLabel(sentence);
                if (label == null) {
                    run.add(sentence);
                    continue;
                }
                cut = true;
                if (!run.isEmpty()) {
                    out.add(new CleanBlock(kind, b.lang(), String.join(" ", run), List.copyOf(run), b.mark(), b.ref()));
                    run.clear();
                }
                out.add(new CleanBlock(BlockKind.LABEL, b.lang(), label.getKey(), List.of(label.getKey()), b.mark(), b.ref()));
                kind = label.getValue();
                String rest = sentence.strip().substring(label.getKey().length()).strip();
                if (!rest.isEmpty()) {
                    run.add(rest);
                }
            }
            if (!run.isEmpty()) {
                out.add(!cut ? b : new CleanBlock(kind, b.lang(), String.join(" ", run), List.copyOf(run), b.mark(), b.ref()));
            }
        }
        return out;
    }

    private CleanDocument build(List<TextBlock> blocks, UnwrapResult unwrapped, Lang forcedLang) {
        List<CleanBlock> out = new ArrayList<>();
        boolean inReferences = false;
        for (TextBlock b : blocks) {
            Lang lang = forcedLang != null ? forcedLang : b.lang();
            boolean heading = b.kind() == BlockKind.HEADING || b.kind() == BlockKind.LABEL || b.kind() == BlockKind.TITLE;
            if (heading) {
                inReferences = app.tandem.cite.ReferenceSections.isHeading(b.text());
            }
            List<String> sentences = heading ? List.of(b.text())
                    : inReferences && b.kind() != BlockKind.FOOTNOTE ? app.tandem.cite.ReferenceSections.entries(b.text())
                    : app.tandem.cite.ReferenceSections.joinFragments(splitter.split(b.text(), lang));
            if (b.kind() == BlockKind.FOOTNOTE && isReference(sentences, b.text())) {
                sentences = List.of(b.text());
            }
            if (b.kind() == BlockKind.KEYWORDS && sentences.size() > 2) {
                // a keyword list is one line: text after it ran on from the next paragraph
                out.add(new CleanBlock(b.kind(), lang, sentences.get(0), List.of(sentences.get(0)), null, null));
                List<String> rest = sentences.subList(1, sentences.size());
                String restText = String.join(" ", rest);
                out.addAll(forcedLang == null ? labelsInside(byLanguage(BlockKind.BODY, app.tandem.text.Scripts.dominant(restText, lang), restText, rest))
                        : List.of(new CleanBlock(BlockKind.BODY, lang, restText, rest, null, null)));
            } else if (forcedLang == null && !inReferences && (b.kind() == BlockKind.BODY || b.kind() == BlockKind.ABSTRACT)) {
                out.addAll(labelsInside(byLanguage(b.kind(), lang, b.text(), sentences)));
            } else {
                out.add(new CleanBlock(b.kind(), lang, b.text(), sentences, null, null));
            }
        }
        return new CleanDocument(out, unwrapped.hyphens());
    }
}
