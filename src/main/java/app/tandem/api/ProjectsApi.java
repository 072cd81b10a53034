package app.tandem.api;

import app.tandem.document.DocumentRepository;
import app.tandem.document.ImportReport;
import app.tandem.document.ImportService;
import app.tandem.project.ProjectRepository;
import app.tandem.user.CurrentUser;
import app.tandem.user.ProjectAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Projects and their documents")
class ProjectsApi {
    private final ProjectRepository projects;
    private final DocumentRepository documents;
    private final ProjectAccess access;
    private final ApiAccess find;
    private final ImportService imports;

    ProjectsApi(ProjectRepository projects, DocumentRepository documents, ProjectAccess access, ApiAccess find, ImportService imports) {
        this.projects = projects;
        this.documents = documents;
        this.access = access;
        this.find = find;
        this.imports = imports;
    }

    @GetMapping
    @Operation(summary = "The projects you can see, with their progress counts")
    List<ApiJson.Project> list() {
        CurrentUser.get();
        return projects.findAllSummaries().stream().filter(p -> access.canSee(p.id())).map(ApiJson.Project::of).toList();
    }

    @GetMapping("/{id}/documents")
    @Operation(summary = "A project's documents with their progress counts")
    List<ApiJson.Document> documents(@PathVariable long id) {
        find.project(id, projects.findName(id).isPresent());
        return documents.findByProject(id).stream().map(ApiJson.Document::of).toList();
    }

    @PostMapping(value = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a Russian article (PDF, DOCX, or text in UTF-8, UTF-8 with BOM or Windows-1251; at most 20 MB) into the project",
            description = "The kind is told by content, not by name. All or nothing: a refused file (empty, binary, other encodings, no text; a password-protected, scanned or damaged PDF; a .doc, .docm or zip bomb) is answered 422 with the reason and stores nothing.")
    ResponseEntity<ApiJson.Document> upload(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        String name = projects.findName(id).orElse(null);
        find.project(id, name != null);
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.txt"
                : java.nio.file.Path.of(file.getOriginalFilename()).getFileName().toString();
        ImportReport report = imports.importFile(name, fileName, file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiJson.Document.of(find.document(report.documentId())));
    }
}
