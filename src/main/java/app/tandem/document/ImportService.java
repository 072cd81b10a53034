package app.tandem.document;

import app.tandem.pipeline.BilingualDocument;
import app.tandem.pipeline.BilingualPassageDetector;
import app.tandem.pipeline.CleanDocument;
import app.tandem.pipeline.DocumentPipeline;
import app.tandem.project.ProjectRepository;
import app.tandem.source.SourceDocument;
import app.tandem.source.SourceFiles;
import app.tandem.text.HyphenDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a source file (text, PDF or DOCX) as a document: read, clean and segment outside the transaction (slow,
 * touches no data), then store document, blocks and segments in one transaction, so a refusal,
 * an error or a killed process leaves nothing behind.
 */
@Service
public class ImportService {
    private final ProjectRepository projects;
    private final DocumentRepository documents;
    private final TransactionTemplate tx;
    private final SourceFiles sources = new SourceFiles();
    private final DocumentPipeline pipeline;
    private final BilingualPassageDetector bilingual;
    private final java.util.List<ImportStep> steps;

    public ImportService(ProjectRepository projects, DocumentRepository documents, PlatformTransactionManager txManager) {
        this(projects, documents, txManager, java.util.List.of());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public ImportService(ProjectRepository projects, DocumentRepository documents, PlatformTransactionManager txManager,
                         java.util.List<ImportStep> steps) {
        this(projects, documents, txManager, DocumentPipeline.standard(), BilingualPassageDetector.standard(), steps);
    }

    public ImportService(ProjectRepository projects, DocumentRepository documents, PlatformTransactionManager txManager,
                         DocumentPipeline pipeline, BilingualPassageDetector bilingual) {
        this(projects, documents, txManager, pipeline, bilingual, java.util.List.of());
    }

    public ImportService(ProjectRepository projects, DocumentRepository documents, PlatformTransactionManager txManager,
                         DocumentPipeline pipeline, BilingualPassageDetector bilingual, java.util.List<ImportStep> steps) {
        this.steps = java.util.List.copyOf(steps);
        this.projects = projects;
        this.documents = documents;
        this.tx = new TransactionTemplate(txManager);
        this.pipeline = pipeline;
        this.bilingual = bilingual;
    }

    /** What to do with a file whose text a document of the project has already. */
    public enum Duplicates {
        /** Refuse it, naming the document ({@link DuplicateDocumentException}). */
        REFUSE,
        /** Import it as a second document. */
        COPY
    }

    /** A file read, cleaned, segmented and paired, not yet stored. */
    public record Prepared(String fileName, SourceDocument source, CleanDocument clean, BilingualDocument doc, String title,
                           byte[] keptFile) {
        public int sentences() {
            return doc.blocks().stream().mapToInt(b -> b.sentences().size()).sum();
        }
    }

    public ImportReport importFile(String projectName, String fileName, byte[] bytes) {
        return importFile(projectName, fileName, bytes, message -> { });
    }

    /** As {@link #importFile(String, String, byte[])}, telling {@code progress} when the slow steps begin. */
    public ImportReport importFile(String projectName, String fileName, byte[] bytes, java.util.function.Consumer<String> progress) {
        return importFile(projectName, fileName, bytes, progress, Duplicates.REFUSE);
    }

    public ImportReport importFile(String projectName, String fileName, byte[] bytes, java.util.function.Consumer<String> progress,
                                   Duplicates duplicates) {
        app.tandem.user.CurrentUser.requireIfSignedIn("import documents", app.tandem.user.Role.TRANSLATOR, app.tandem.user.Role.ADMIN);
        Prepared p = prepare(fileName, bytes);
        progress.accept(fileName + ": storing " + p.sentences() + " segments in " + p.doc().blocks().size() + " blocks");
        return tx.execute(status -> store(projectName, p, duplicates));
    }

    /** Reads and segments a file outside any transaction (the slow part; touches no data). */
    public Prepared prepare(String fileName, byte[] bytes) {
        SourceDocument source = sources.read(fileName, bytes);
        CleanDocument clean = pipeline.process(source, null);
        BilingualDocument doc = bilingual.detect(clean);
        if (doc.blocks().stream().noneMatch(b -> !b.sentences().isEmpty())) {
            throw new app.tandem.text.RejectedInputException(fileName + ": no text to translate found");
        }
        // the title the document states (DOCX Title style, PDF metadata or largest type) before one guessed from its text
        String title = source.title() != null ? source.title() : doc.title(fileName);
        // a text file is kept as its text; a PDF or DOCX as the file itself, for the edition written back into it
        byte[] keptFile = source.format().startsWith("text") ? null : bytes;
        return new Prepared(fileName, source, clean, doc, title, keptFile);
    }

    /** The steps run after a document's segments are stored (memory pre-translation, labels, citations), with their notes. */
    java.util.List<String> runSteps(long documentId, long projectId) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        for (ImportStep step : steps) {
            String note = step.afterStore(documentId, projectId);
            if (note != null) {
                notes.add(note);
            }
        }
        return notes;
    }

    private ImportReport store(String projectName, Prepared p, Duplicates duplicates) {
        String fileName = p.fileName();
        SourceDocument source = p.source();
        CleanDocument clean = p.clean();
        BilingualDocument doc = p.doc();
        String title = p.title();
        byte[] keptFile = p.keptFile();
        long projectId = projects.findOrCreate(projectName);
        if (duplicates == Duplicates.REFUSE) {
            java.util.Optional<DocumentSummary> same = documents.findSameText(projectId, source.text());
            if (same.isPresent()) {
                throw new DuplicateDocumentException(fileName, same.get().id(), same.get().name());
            }
        }
        long documentId = documents.insertDocument(projectId, title, fileName, source.note(), source.text(),
                keptFile == null ? null : source.format(), keptFile);
        int position = 0;
        int seeded = 0;
        int blockPos = 0;
        java.util.List<Long> withEnglish = new java.util.ArrayList<>();
        for (BilingualDocument.SourceBlock block : doc.blocks()) {
            long blockId = documents.insertBlock(documentId, blockPos++, block.kind().name(), block.lang().code(), block.text(), block.mark(), block.ref());
            Long previousId = null;
            for (int i = 0; i < block.sentences().size(); i++) {
                BilingualDocument.SourceSentence s = block.sentences().get(i);
                boolean hasTarget = s.target() != null;
                long id = documents.insertSegment(documentId, blockId, position++, i, s.source(), s.target(),
                        hasTarget ? SegmentStatus.DRAFT : SegmentStatus.NEW,
                        hasTarget ? TargetOrigin.EXISTING_TRANSLATION : TargetOrigin.NONE,
                        s.confidence(), s.flagged());
                if (s.coveredByPrevious() && previousId != null) {
                    documents.markCovered(id, previousId);
                }
                if (hasTarget) {
                    seeded++;
                    withEnglish.add(id);
                }
                previousId = id;
            }
        }
        for (HyphenDecision h : clean.hyphens()) {
            documents.insertHyphenDecision(documentId, h);
        }
        // the article's own English is memory at once (with its neighbours, now all stored, as context)
        withEnglish.forEach(documents::syncMemoryUnit);
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (doc.englishKeptOut() > 0) {
            notes.add(doc.englishKeptOut() + " English " + (doc.englishKeptOut() == 1 ? "paragraph" : "paragraphs")
                    + " without a Russian counterpart kept out of the segments (kept in the edition)");
        }
        notes.addAll(runSteps(documentId, projectId));
        return new ImportReport(fileName, documentId, title, doc.blocks().size(), position, seeded, source.note(), notes);
    }
}
