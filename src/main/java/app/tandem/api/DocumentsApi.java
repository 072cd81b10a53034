package app.tandem.api;

import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.ExportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "A document's segments and its exports")
class DocumentsApi {
    static final int MAX_PAGE = 1000;
    private final DocumentRepository documents;
    private final ExportService exports;
    private final ApiAccess find;

    private final app.tandem.document.DocumentTrash trash;
    private final app.tandem.document.SourceVersionService versions;
    private final app.tandem.review.QaService qa;

    DocumentsApi(DocumentRepository documents, ExportService exports, ApiAccess find, app.tandem.document.DocumentTrash trash,
                 app.tandem.document.SourceVersionService versions, app.tandem.review.QaService qa) {
        this.documents = documents;
        this.exports = exports;
        this.find = find;
        this.trash = trash;
        this.versions = versions;
        this.qa = qa;
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Move a document to its project's trash (reviewers and admins; 204)",
            description = "Nothing of it is lost: POST /api/v1/documents/{id}/restore brings back its segments, targets, history, comments and marks. "
                    + "Its memory units stay in the memory.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        find.document(id);
        trash.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Bring a document back from the trash (reviewers and admins)")
    ApiJson.Document restore(@PathVariable long id) {
        trash.findDeleted(id).orElseThrow(() -> ApiException.notFound("document " + id + " in a trash"));
        trash.restore(id);
        return ApiJson.Document.of(find.document(id));
    }

    record VersionJson(int kept, int changed, int added, int removed, List<String> notes) {
    }

    @PutMapping(value = "/{id}/source", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace the document's source with a new version (multipart field 'file'; reviewers and admins)",
            description = "Unchanged sentences keep their target, status, history and comments; a changed one keeps its old target as a draft "
                    + "to review (a fuzzy match with the difference shown); added ones arrive empty (memory pre-translation applies); removed "
                    + "ones are kept with their history. All or nothing.")
    VersionJson replaceSource(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        find.document(id);
        app.tandem.document.SourceVersionService.Result r = versions.replace(id, ProjectsApi.fileName(file), file.getBytes());
        qa.checkWaitingSegmentsInBackground();
        return new VersionJson(r.kept(), r.changed(), r.added(), r.removed(), r.notes());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A document with its progress counts")
    ApiJson.Document document(@PathVariable long id) {
        return ApiJson.Document.of(find.document(id));
    }

    @GetMapping("/{id}/segments")
    @Operation(summary = "A page of the document's segments in order (limit at most 1000)")
    List<ApiJson.Segment> segments(@PathVariable long id, @RequestParam(defaultValue = "0") int offset,
                                   @RequestParam(defaultValue = "100") int limit) {
        find.document(id);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "offset must be 0 or more and limit between 1 and " + MAX_PAGE);
        }
        return documents.findSegments(id, offset, limit).stream().map(ApiJson.Segment::of).toList();
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "The document as a file: tmx, xliff (2.0), xliff12, docx (bilingual review), txt or edition-docx (the English edition)")
    void export(@PathVariable long id, @RequestParam String format,
                @RequestParam(name = "approvedOnly", defaultValue = "false") boolean approvedOnly,
                HttpServletResponse response) throws IOException {
        DocumentSummary doc = find.document(id);
        ExportService.Format f = ExportService.Format.named(format).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
                "format must be one of " + ExportService.Format.names() + ", not '" + format + "'"));
        // written as it is made: a 100,000-segment document is not held in memory twice
        response.setContentType(f.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(doc.name() + f.extension(), StandardCharsets.UTF_8).build().toString());
        exports.export(id, f, approvedOnly, response.getOutputStream());
    }
}
