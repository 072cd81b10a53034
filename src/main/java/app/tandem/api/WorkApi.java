package app.tandem.api;

import app.tandem.analysis.Analysis;
import app.tandem.document.AssignmentService;
import app.tandem.document.DocumentSummary;
import app.tandem.lqa.Scorecard;
import app.tandem.review.LqaService;
import app.tandem.tm.MemoryAnalysisService;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The work around the text: analysis, assignments and quality scores. */
@RestController
@Tag(name = "Work", description = "Word-count analysis, assignments, \"my work\" and quality scores (MQM)")
class WorkApi {
    record Band(int segments, int words) {
    }

    record AssignmentJson(String translator, String reviewer, String due) {
        static AssignmentJson of(AssignmentService.Assignment a) {
            return new AssignmentJson(a.translator(), a.reviewer(), a.due() == null ? null : a.due().toString());
        }
    }

    record WorkItemJson(long id, String name, String project, String role, String due, int segments, int translated, int approved,
                        boolean overdue) {
    }

    record IssueRequest(String category, String severity, String note) {
    }

    record IssueJson(long id, long segmentId, int segment, String category, String severity, int penalty, String note, String reviewer,
                     String at) {
        static IssueJson of(LqaService.Issue i) {
            return new IssueJson(i.id(), i.segmentId(), i.segmentNumber(), i.category().code(), i.severity().code(), i.severity().penalty(),
                    i.note(), i.createdBy(), i.createdAt().withNano(0).toString());
        }
    }

    record LqaJson(int words, int evaluatedWords, int penalty, Double score, double threshold, boolean passed, Map<String, Integer> byCategory,
                   Map<String, Integer> bySeverity, List<IssueJson> issues) {
    }

    private final ApiAccess find;
    private final MemoryAnalysisService analyses;
    private final AssignmentService assignments;
    private final LqaService lqa;

    WorkApi(ApiAccess find, MemoryAnalysisService analyses, AssignmentService assignments, LqaService lqa) {
        this.find = find;
        this.analyses = analyses;
        this.assignments = assignments;
        this.lqa = lqa;
    }

    @GetMapping("/api/v1/documents/{id}/analysis")
    @Operation(summary = "Word-count analysis against the project's memory: segments and words per band "
            + "(context, 100, repetitions, 95-99, 85-94, 75-84, 50-74, new) and total, keyed by band in that order")
    Map<String, Band> analysis(@PathVariable long id) {
        DocumentSummary d = find.document(id);
        Analysis a = analyses.analyse(d.projectId(), List.of(d));
        Map<String, Band> out = new LinkedHashMap<>();
        a.rows().forEach(r -> out.put(r.band(), new Band(r.segments(), r.words())));
        return out;
    }

    @GetMapping("/api/v1/documents/{id}/assignment")
    @Operation(summary = "The document's translator, reviewer and due date")
    AssignmentJson assignment(@PathVariable long id) {
        find.document(id);
        return AssignmentJson.of(assignments.of(id));
    }

    @PutMapping("/api/v1/documents/{id}/assignment")
    @Operation(summary = "Assign the document: {\"translator\", \"reviewer\", \"due\": \"YYYY-MM-DD\"}; reviewers and admins only (403)",
            description = "An empty or missing field clears it. Each person must be an enabled user on the project; the reviewer needs the reviewer role.")
    AssignmentJson assign(@PathVariable long id, @RequestBody AssignmentJson body) {
        find.document(id);
        CurrentUser.require("assign documents", Role.REVIEWER, Role.ADMIN);
        LocalDate due = null;
        if (body.due() != null && !body.due().isBlank()) {
            try {
                due = LocalDate.parse(body.due().strip());
            } catch (DateTimeParseException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "due must be a date as YYYY-MM-DD, not '" + body.due() + "'");
            }
        }
        return AssignmentJson.of(assignments.assign(id, body.translator(), body.reviewer(), due));
    }

    @GetMapping("/api/v1/me/work")
    @Operation(summary = "The documents the token's user translates or reviews, due date first, with progress")
    List<WorkItemJson> myWork() {
        LocalDate today = LocalDate.now();
        return assignments.myWork().stream().map(w -> new WorkItemJson(w.document().id(), w.document().name(), w.project(), w.role(),
                w.due() == null ? null : w.due().toString(), w.document().total(), w.document().translated(), w.document().approved(),
                w.overdue(today))).toList();
    }

    @PostMapping("/api/v1/segments/{id}/issues")
    @Operation(summary = "Mark a quality error on a segment: {\"category\", \"severity\", \"note\"}; reviewers and admins only (403)",
            description = "category: accuracy/mistranslation, accuracy/omission, accuracy/addition, fluency/grammar, fluency/spelling, "
                    + "fluency/punctuation, terminology, style, locale-convention; severity: minor (1), major (5), critical (25)")
    ResponseEntity<IssueJson> markIssue(@PathVariable long id, @RequestBody IssueRequest body) {
        find.segment(id);
        CurrentUser.require("mark quality errors", Role.REVIEWER, Role.ADMIN);
        return ResponseEntity.status(HttpStatus.CREATED).body(IssueJson.of(lqa.mark(id, body.category(), body.severity(), body.note())));
    }

    @GetMapping("/api/v1/documents/{id}/lqa")
    @Operation(summary = "The document's quality scorecard: words (the document's), evaluatedWords (of the segments a reviewer approved, "
            + "rejected or marked with an error), penalty, score = 100 × (1 − penalty / evaluatedWords) (null with nothing evaluated), "
            + "passed (against the project's threshold), counts by category and severity, and the errors")
    LqaJson scorecard(@PathVariable long id) {
        find.document(id);
        Scorecard s = lqa.scorecard(id);
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        s.bySeverity().forEach((k, v) -> bySeverity.put(k.code(), v));
        return new LqaJson(s.words(), s.evaluatedWords(), s.penalty(), s.score(), s.threshold(), s.passed(), s.byCategoryCode(), bySeverity,
                lqa.issues(id).stream().map(IssueJson::of).toList());
    }
}
