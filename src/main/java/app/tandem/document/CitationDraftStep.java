package app.tandem.document;

import app.tandem.cite.CitationTranslator;
import app.tandem.cite.ReferenceEntryDrafter;
import app.tandem.project.GlossaryRepository;
import app.tandem.project.ProjectRepository;
import app.tandem.tm.TranslationMemoryService;
import app.tandem.translit.Transliterator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * On import, after the memory has had its say: a segment that is only a citation ("Там же. С.
 * 45.", an archival reference) gets its English, and an entry of a reference list (or a footnote
 * that is a reference) a reference-list draft — authors and title romanised by the project's
 * reference scheme, the title's English in brackets when the memory or glossary has it, "(In
 * Russ.)" — both as drafts of origin CITATION.
 */
@Component
@Order(2)
public class CitationDraftStep implements ImportStep {
    private final DocumentRepository documents;
    private final ProjectRepository projects;
    private final GlossaryRepository glossary;
    private final TranslationMemoryService memory;

    public CitationDraftStep(DocumentRepository documents, ProjectRepository projects, GlossaryRepository glossary, TranslationMemoryService memory) {
        this.documents = documents;
        this.projects = projects;
        this.glossary = glossary;
        this.memory = memory;
    }

    @Override
    public String afterStore(long documentId, long projectId) {
        Transliterator references = Transliterator.of(projects.referencesScheme(projectId));
        ReferenceEntryDrafter drafter = new ReferenceEntryDrafter(references, title -> knownEnglish(projectId, title));
        CitationTranslator cite = new CitationTranslator(references);
        java.util.Map<Long, DocumentRepository.BlockRow> blocks = new java.util.HashMap<>();
        java.util.Set<Long> entryBlocks = new java.util.HashSet<>();
        boolean inReferences = false;
        for (DocumentRepository.BlockRow b : documents.findBlocks(documentId)) {
            blocks.put(b.id(), b);
            if (b.kind().equals("HEADING") || b.kind().equals("LABEL") || b.kind().equals("TITLE")) {
                inReferences = app.tandem.cite.ReferenceSections.isHeading(b.text());
            } else if (inReferences && !b.kind().equals("FOOTNOTE")) {
                entryBlocks.add(b.id());
            }
        }
        List<DocumentRepository.Fill> fills = new ArrayList<>();
        for (SegmentRow s : documents.findAllSegments(documentId)) {
            if (s.targetText() != null || s.coveredBy() != null) {
                continue;
            }
            DocumentRepository.BlockRow block = blocks.get(s.blockId());
            boolean entry = entryBlocks.contains(s.blockId())
                    || block != null && block.kind().equals("FOOTNOTE") && CitationTranslator.isReference(s.sourceText());
            String english = entry ? drafter.draft(s.sourceText())
                    : CitationTranslator.isReference(s.sourceText()) ? cite.translateReference(s.sourceText()) : null;
            if (english != null && !english.equals(s.sourceText())) {
                fills.add(new DocumentRepository.Fill(s.id(), english, TargetOrigin.CITATION, 100, entry ? "reference entry" : "citation"));
            }
        }
        int filled = documents.fillFromMatches(fills, "tandem").size();
        return filled == 0 ? null : filled + " citations and reference entries drafted in English";
    }

    /** A title's English: a glossary entry for exactly that title, else the memory's exact match. */
    private Optional<String> knownEnglish(long projectId, String title) {
        String key = title.strip().toLowerCase(java.util.Locale.ROOT);
        for (GlossaryRepository.Entry e : glossary.entriesForProject(projectId)) {
            if (e.russian().strip().toLowerCase(java.util.Locale.ROOT).equals(key) && !e.english().isEmpty()) {
                return Optional.of(e.english().get(0));
            }
        }
        return memory.find(projectId, title, 100, 1, null).stream().filter(m -> m.score() >= 100).map(m -> m.unit().target()).findFirst();
    }
}
