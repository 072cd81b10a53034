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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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

    private final app.tandem.project.ProjectService projectService;
    private final app.tandem.document.DocumentTrash trash;
    private final app.tandem.project.ProjectMembers members;

    ProjectsApi(ProjectRepository projects, DocumentRepository documents, ProjectAccess access, ApiAccess find, ImportService imports,
                app.tandem.project.ProjectService projectService, app.tandem.document.DocumentTrash trash,
                app.tandem.project.ProjectMembers members) {
        this.projectService = projectService;
        this.trash = trash;
        this.members = members;
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
    ResponseEntity<ApiJson.Document> upload(@PathVariable long id, @RequestPart("file") MultipartFile file,
                                            @RequestParam(name = "duplicate", required = false) String duplicate) throws IOException {
        String name = projects.findName(id).orElse(null);
        find.project(id, name != null);
        if (duplicate != null && !duplicate.equals("copy")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "duplicate takes 'copy' (import a file whose text the project has already), not '" + duplicate + "'");
        }
        ImportReport report = imports.importFile(name, fileName(file), file.getBytes(), m -> { },
                duplicate == null ? ImportService.Duplicates.REFUSE : ImportService.Duplicates.COPY);
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiJson.Document.of(find.document(report.documentId())));
    }

    static String fileName(MultipartFile file) {
        return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.txt"
                : java.nio.file.Path.of(file.getOriginalFilename().replace('\\', '/')).getFileName().toString();
    }

    record NewProject(String name, String englishVariant) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a project {\"name\"} (reviewers and admins; 201)",
            description = "The project is private: its creator, its members and admins see it.")
    ResponseEntity<ApiJson.Project> create(@RequestBody NewProject body) {
        long created = projectService.create(body == null ? null : body.name(), body == null ? null : body.englishVariant(), null);
        ApiJson.Project p = projects.findAllSummaries().stream().filter(s -> s.id() == created).map(ApiJson.Project::of).findFirst().orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(p);
    }

    record TrashJson(long id, String name, String deletedBy, java.time.LocalDateTime deletedAt) {
    }

    @GetMapping("/{id}/trash")
    @Operation(summary = "The project's deleted documents, the last deleted first")
    List<TrashJson> trash(@PathVariable long id) {
        find.project(id, projects.findName(id).isPresent());
        return trash.trash(id).stream().map(e -> new TrashJson(e.id(), e.name(), e.deletedBy(), e.deletedAt())).toList();
    }

    record MemberJson(String name, List<String> roles) {
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "The project's members")
    List<MemberJson> members(@PathVariable long id) {
        find.project(id, projects.findName(id).isPresent());
        return members.members(id).stream().map(u -> new MemberJson(u.username(), u.roles().stream().map(Enum::name).sorted().toList())).toList();
    }

    record MemberChange(String name) {
    }

    @PostMapping(value = "/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a member {\"name\"} (reviewers and admins)")
    List<MemberJson> addMember(@PathVariable long id, @RequestBody MemberChange body) {
        find.project(id, projects.findName(id).isPresent());
        members.add(id, body == null ? null : body.name());
        return members(id);
    }

    @DeleteMapping("/{id}/members/{name}")
    @Operation(summary = "Remove a member (reviewers and admins)")
    ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable String name) {
        find.project(id, projects.findName(id).isPresent());
        members.remove(id, name);
        return ResponseEntity.noContent().build();
    }
}
