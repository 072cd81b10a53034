package app.tandem.api;

import app.tandem.document.DocumentRepository;
import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentService;
import app.tandem.document.SegmentStatus;
import app.tandem.review.ReviewService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Segments with optimistic locking over HTTP: a segment's version is its ETag, and a change must
 * name the version it was based on in {@code If-Match} (428 without it, 412 when someone changed
 * the segment since), as the editor's conflict dialog does for people.
 */
@RestController
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments", description = "Read and change one segment, with its history")
class SegmentsApi {
    private final DocumentRepository documents;
    private final SegmentService segments;
    private final ReviewService reviews;
    private final ApiAccess find;

    SegmentsApi(DocumentRepository documents, SegmentService segments, ReviewService reviews, ApiAccess find) {
        this.documents = documents;
        this.segments = segments;
        this.reviews = reviews;
        this.find = find;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One segment; its ETag is its version")
    ResponseEntity<ApiJson.Segment> segment(@PathVariable long id) {
        return withTag(find.segment(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a segment's English and status (DRAFT, TRANSLATED; reviewers also APPROVED, REJECTED with a reason)",
            description = "Needs If-Match with the segment's ETag: 428 without it, 412 if the segment changed since. "
                    + "A translator's token cannot approve (403); an approved segment is locked for translators (403).")
    ResponseEntity<ApiJson.Segment> change(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestBody ApiJson.SegmentChange change) {
        SegmentRow s = find.segment(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "send If-Match with the segment's ETag (\"" + s.version() + "\" now)");
        }
        int basedOn = version(ifMatch);
        if (basedOn != s.version()) {
            throw stale(s, basedOn);
        }
        if (s.coveredBy() != null) {
            throw new ApiException(HttpStatus.CONFLICT, "segment " + id + " is merged into segment " + s.coveredBy() + "; change that one");
        }
        SegmentStatus status = status(change.status());
        String target = change.target() == null ? s.targetText() : change.target();
        switch (status) {
            case DRAFT, TRANSLATED, NEW -> save(s, basedOn, status == SegmentStatus.NEW ? null : target, status == SegmentStatus.TRANSLATED);
            case APPROVED -> {
                if (!Objects.equals(clean(target), clean(s.targetText()))) {
                    save(s, basedOn, target, true);
                }
                reviews.approve(id);
            }
            case REJECTED -> reviews.reject(id, change.reason());
            default -> throw new IllegalArgumentException("status " + status + " cannot be set");
        }
        return withTag(find.segment(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every saved version of the segment, oldest first: target, status, user, time")
    List<ApiJson.HistoryEntry> history(@PathVariable long id) {
        find.segment(id);
        return documents.history(id).stream().map(ApiJson.HistoryEntry::of).toList();
    }

    private void save(SegmentRow s, int basedOn, String target, boolean confirm) {
        if (!segments.save(s.id(), basedOn, target, confirm).saved()) {
            throw stale(documents.findSegment(s.id()).orElse(s), basedOn);
        }
    }

    private static ApiException stale(SegmentRow now, int basedOn) {
        String who = now.lastEditor() == null ? "" : ", last changed by " + now.lastEditor()
                + (now.updatedAt() == null ? "" : " at " + now.updatedAt().withNano(0));
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "segment " + now.id() + " is at version " + now.version()
                + " (ETag \"" + now.version() + "\"), not " + basedOn + who + ": read it again and re-apply your change");
    }

    private static int version(String ifMatch) {
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.PRECONDITION_FAILED, "If-Match must be the segment's ETag, such as \"3\", not " + ifMatch);
        }
    }

    private static SegmentStatus status(String name) {
        if (name == null || name.isBlank()) {
            return SegmentStatus.DRAFT;
        }
        try {
            return SegmentStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be DRAFT, TRANSLATED, APPROVED or REJECTED, not '" + name + "'");
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ResponseEntity<ApiJson.Segment> withTag(SegmentRow s) {
        return ResponseEntity.ok().eTag("\"" + s.version() + "\"").body(ApiJson.Segment.of(s));
    }
}
