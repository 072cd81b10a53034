package app.tandem.document;

import app.tandem.exchange.DocxTargetWriter;
import app.tandem.exchange.EditionDocxWriter;
import app.tandem.exchange.EnglishEdition;
import app.tandem.exchange.ExportBlock;
import app.tandem.exchange.ExportSegment;
import app.tandem.exchange.ReviewDocxWriter;
import app.tandem.exchange.TmxUnit;
import app.tandem.exchange.TmxWriter;
import app.tandem.project.ProjectRepository;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exports of a stored document: TMX, the bilingual review DOCX and the English edition (TXT or DOCX). */
@Service
public class ExportService {
    /** What can be exported; those with a name are the ones the command line and the REST API take by that name. */
    public enum Format {
        TMX("tmx", ".tmx", "application/x-tmx+xml"),
        DOCX("docx", ".review.docx", Format.DOCX_TYPE),
        TXT("txt", ".en.txt", "text/plain;charset=UTF-8"),
        EDITION_DOCX("edition-docx", ".en.docx", Format.DOCX_TYPE),
        TXT_OMIT_UNTRANSLATED(null, ".en.txt", "text/plain;charset=UTF-8"),
        EDITION_DOCX_OMIT_UNTRANSLATED(null, ".en.docx", Format.DOCX_TYPE),
        XLIFF("xliff", ".xlf", "application/xliff+xml"),
        XLIFF12("xliff12", ".xlf", "application/xliff+xml");

        private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        private final String name;
        private final String extension;
        private final String contentType;

        Format(String name, String extension, String contentType) {
            this.name = name;
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }

        public static java.util.Optional<Format> named(String name) {
            return java.util.Arrays.stream(values()).filter(f -> f.name != null && f.name.equalsIgnoreCase(name)).findFirst();
        }

        public static String names() {
            return java.util.Arrays.stream(values()).filter(f -> f.name != null).map(f -> f.name)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    private final DocumentRepository documents;
    private final ProjectRepository projects;

    private final QualityScores quality;
    private final OpenFindings findings;

    /** Exports without the quality scorecard (tools and tests that only move text). */
    public ExportService(DocumentRepository documents, ProjectRepository projects) {
        this(documents, projects, null, null);
    }

    public ExportService(DocumentRepository documents, ProjectRepository projects, QualityScores quality) {
        this(documents, projects, quality, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public ExportService(DocumentRepository documents, ProjectRepository projects, QualityScores quality, OpenFindings findings) {
        this.quality = quality;
        this.documents = documents;
        this.projects = projects;
        this.findings = findings;
    }

    /** Writes the export, files for people (the review DOCX) labelled in English; returns warnings (e.g. untranslated segments of an edition). */
    public List<String> export(long documentId, Format format, boolean approvedOnly, OutputStream out) throws IOException {
        return export(documentId, format, approvedOnly, out, java.util.Locale.ENGLISH);
    }

    /** As above, the review DOCX's labels and QA findings in {@code language} (the reviewer's interface). */
    public List<String> export(long documentId, Format format, boolean approvedOnly, OutputStream out, java.util.Locale language) throws IOException {
        DocumentSummary doc = documents.findSummary(documentId)
                .orElseThrow(() -> new IllegalArgumentException("no document with id " + documentId));
        return switch (format) {
            case TMX -> {
                try (TmxWriter w = new TmxWriter(out, "ru", "en")) {
                    writeTmxUnits(doc, approvedOnly, w);
                }
                yield List.of();
            }
            case XLIFF, XLIFF12 -> {
                // the target language is the project's English, as its checks spell it
                try (app.tandem.exchange.XliffWriter w = new app.tandem.exchange.XliffWriter(out,
                        format == Format.XLIFF ? app.tandem.exchange.XliffWriter.Version.V2_0 : app.tandem.exchange.XliffWriter.Version.V1_2,
                        "ru", projects.englishVariant(doc.projectId()), String.valueOf(documentId), doc.fileName())) {
                    Map<Long, List<String>> comments = documents.commentsByDocument(documentId);
                    // every segment goes, whatever its status: the file is for translating, not a memory
                    documents.forEachSegment(documentId, s -> w.write(new ExportSegment(s.id(), s.position() + 1, s.sourceText(),
                            s.targetText(), s.status().name(), s.coveredBy() != null, s.version(),
                            String.join("\n", comments.getOrDefault(s.id(), List.of())))));
                }
                yield List.of();
            }
            case DOCX -> {
                List<ExportSegment> segments = segments(documentId);
                Map<String, Integer> counts = new LinkedHashMap<>();
                segments.stream().filter(s -> !s.covered()).forEach(s -> counts.merge(s.status(), 1, Integer::sum));
                app.tandem.i18n.Translator tr = app.tandem.i18n.Translations.in(language);
                Map<Long, List<String>> qa = new java.util.HashMap<>();
                if (findings != null) {
                    for (OpenFindings.Open f : findings.open(documentId)) {
                        qa.computeIfAbsent(f.segmentId(), k -> new java.util.ArrayList<>()).add(
                                app.tandem.i18n.FindingWords.severity(tr, f.severity()) + " · " + app.tandem.i18n.FindingWords.check(tr, f.checkId(), f.message())
                                        + ": " + app.tandem.i18n.FindingWords.message(tr, language, f.checkId(), f.message()));
                    }
                }
                new ReviewDocxWriter(tr).write(documentId, projects.findName(doc.projectId()).orElse(""), doc.name(), counts, segments,
                        quality == null ? null : quality.scorecard(documentId), quality == null ? List.of() : quality.errors(documentId), qa, out);
                yield List.of();
            }
            case TXT, EDITION_DOCX, TXT_OMIT_UNTRANSLATED, EDITION_DOCX_OMIT_UNTRANSLATED -> {
                boolean omit = format == Format.TXT_OMIT_UNTRANSLATED || format == Format.EDITION_DOCX_OMIT_UNTRANSLATED;
                List<ExportBlock> blocks = blocks(documentId);
                boolean docx = format == Format.EDITION_DOCX || format == Format.EDITION_DOCX_OMIT_UNTRANSLATED;
                // the author's own DOCX takes its English back in place; anything else is built from the structure
                boolean writeBack = docx && "DOCX".equals(documents.sourceFormat(documentId).orElse(null))
                        && blocks.stream().anyMatch(b -> b.ref() != null);
                EnglishEdition edition = EnglishEdition.build(blocks, omit ? EnglishEdition.Untranslated.OMIT
                        : writeBack ? EnglishEdition.Untranslated.SOURCE : EnglishEdition.Untranslated.BRACKETED_SOURCE, approvedOnly);
                if (!docx) {
                    out.write(edition.toText().getBytes(StandardCharsets.UTF_8));
                } else if (writeBack) {
                    new DocxTargetWriter().write(documents.sourceFile(documentId).orElseThrow(), edition,
                            projects.englishVariant(doc.projectId()), out);
                } else {
                    new EditionDocxWriter().write(edition, doc.title(), projects.englishVariant(doc.projectId()), out);
                }
                yield edition.warnings();
            }
        };
    }

    /** The English edition of a document as the preview shows it (untranslated segments in brackets). */
    public EnglishEdition edition(long documentId) {
        return EnglishEdition.build(blocks(documentId), EnglishEdition.Untranslated.BRACKETED_SOURCE, false);
    }

    /** All documents of a project in one TMX file; returns the number of units. */
    public int exportProjectTmx(long projectId, boolean approvedOnly, OutputStream out) {
        int n = 0;
        try (TmxWriter w = new TmxWriter(out, "ru", "en")) {
            for (DocumentSummary d : documents.findByProject(projectId)) {
                n += writeTmxUnits(d, approvedOnly, w);
            }
        }
        return n;
    }

    /**
     * Every translated segment of a document as a TMX unit (with {@code approvedOnly}, approved
     * ones only), streamed. A 2:1 aligned pair exports both Russian sentences with its one English sentence.
     */
    public int writeTmxUnits(DocumentSummary doc, boolean approvedOnly, TmxWriter w) {
        Map<Long, LocalDateTime[]> spans = documents.historySpan(doc.id());
        int[] count = {0};
        SegmentRow[] pending = {null};
        StringBuilder pendingSource = new StringBuilder();
        java.util.function.Consumer<SegmentRow> flush = s -> {
            if (s == null || s.targetText() == null || s.targetText().isBlank()
                    || approvedOnly && s.status() != SegmentStatus.APPROVED) {
                return;
            }
            LocalDateTime[] span = spans.get(s.id());
            LocalDateTime created = span != null ? span[0] : s.updatedAt();
            LocalDateTime changed = span != null ? span[1] : s.updatedAt();
            w.write(new TmxUnit(String.valueOf(s.id()), pendingSource.toString(), s.targetText(), s.status().name(), doc.name(),
                    instant(created), instant(changed), s.lastEditor() != null ? s.lastEditor()
                    : s.origin() == TargetOrigin.EXISTING_TRANSLATION ? "tandem-import" : null));
            count[0]++;
        };
        documents.forEachSegment(doc.id(), s -> {
            if (s.coveredBy() != null && pending[0] != null && s.coveredBy() == pending[0].id()) {
                pendingSource.append(' ').append(s.sourceText());
                return;
            }
            flush.accept(pending[0]);
            pending[0] = s;
            pendingSource.setLength(0);
            pendingSource.append(s.sourceText());
        });
        flush.accept(pending[0]);
        return count[0];
    }

    private static java.time.Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(ZoneId.systemDefault()).toInstant();
    }

    public List<ExportSegment> segments(long documentId) {
        Map<Long, String> notes = new java.util.HashMap<>();
        for (DocumentRepository.BlockRow b : documents.findBlocks(documentId)) {
            if ("FOOTNOTE".equals(b.kind()) && b.mark() != null) {
                notes.put(b.id(), b.mark());
            }
        }
        List<ExportSegment> out = new ArrayList<>();
        for (SegmentRow s : documents.findAllSegments(documentId)) {
            out.add(toExport(s, notes.get(s.blockId())));
        }
        return out;
    }

    private ExportSegment toExport(SegmentRow s, String note) {
        List<String> comments = documents.comments(s.id());
        return new ExportSegment(s.id(), s.position() + 1, s.sourceText(), s.targetText(), s.status().name(),
                s.coveredBy() != null, s.version(), String.join("\n", comments), note);
    }

    public List<ExportBlock> blocks(long documentId) {
        Map<Long, List<ExportSegment>> byBlock = new LinkedHashMap<>();
        for (SegmentRow s : documents.findAllSegments(documentId)) {
            byBlock.computeIfAbsent(s.blockId(), k -> new ArrayList<>()).add(
                    new ExportSegment(s.id(), s.position() + 1, s.sourceText(), s.targetText(), s.status().name(),
                            s.coveredBy() != null, s.version(), null));
        }
        List<ExportBlock> out = new ArrayList<>();
        for (DocumentRepository.BlockRow b : documents.findBlocks(documentId)) {
            List<ExportSegment> segs = byBlock.get(b.id());
            if (segs != null) {
                out.add(new ExportBlock(b.kind(), segs, b.mark(), b.sourceRef()));
            } else if ("en".equals(b.lang()) && b.text() != null && !b.text().isBlank()) {
                // the article's own English that translates nothing of it: no segments, but the edition keeps it
                out.add(new ExportBlock(b.kind(), List.of(new ExportSegment(0, 0, b.text(), b.text(), "APPROVED", false, 0, null)),
                        b.mark(), b.sourceRef()));
            }
        }
        return out;
    }
}
