package app.tandem.document;

import app.tandem.exchange.ExchangeException;
import app.tandem.exchange.TmxReader;
import app.tandem.exchange.XliffReader;
import app.tandem.memory.SourceKey;
import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One way back in for translations made elsewhere: an XLIFF 2.0 or 1.2 file, a TMX 1.4 or 1.1
 * file, or a reviewed DOCX, applied to a stored document in one transaction. Units are matched by
 * id where the file came from Tandem (and the source still agrees), otherwise by the same source
 * text. A segment changed in Tandem since a Tandem file was exported is a conflict, never
 * overwritten; from a file without export versions only segments without a target are filled,
 * unless {@code overwrite}.
 */
@Service
public class UpdateService {
    /** States of the file's formats that mean "translated" (anything else comes in as a draft). */
    private static final Set<String> DONE = Set.of("translated", "final", "signed-off", "reviewed", "TRANSLATED", "APPROVED");

    /** A target that is its Russian source over again; a source without Cyrillic (a date, a name in Latin) may be its own English. */
    static boolean copiedSource(String target, String source) {
        return normalize(target).equals(normalize(source)) && source.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.CYRILLIC);
    }

    public record Report(int updated, int unchanged, List<ReviewImportService.Conflict> conflicts, int notFound) {
        public String summary() {
            return "updated " + updated + ", unchanged " + unchanged + ", conflicts " + conflicts.size() + ", not found " + notFound;
        }
    }

    /** An incoming translation: its id in the file, the Tandem version it was exported at (if known), both texts and state. */
    private record Incoming(String id, Integer version, String source, String target, String state) {
    }

    private record Current(long id, int position, String source, String key, String target, String status, int version, boolean covered) {
    }

    private final DocumentRepository documents;
    private final ReviewImportService reviews;
    private final JdbcClient jdbc;
    private final SegmentEvents events;
    private final TransactionTemplate tx;

    public UpdateService(DocumentRepository documents, ReviewImportService reviews, JdbcClient jdbc, SegmentEvents events,
                         PlatformTransactionManager txManager) {
        this.documents = documents;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
    }

    public Report apply(long documentId, String fileName, byte[] bytes, boolean overwrite) {
        CurrentUser.requireIfSignedIn("update translations from a file", Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN);
        String editor = CurrentUser.signedIn().map(CurrentUser.Actor::username).orElse("update");
        requireWithinLimit(fileName, bytes.length);
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            ReviewImportService.Report r = reviews.apply(documentId, fileName, bytes, editor);
            return new Report(r.targetsUpdated(), r.unchanged(), r.conflicts(), 0);
        }
        FileContent file = read(fileName, bytes);
        List<Incoming> incoming = file.units();
        boolean reviewer = CurrentUser.signedIn().map(a -> a.has(Role.REVIEWER) || a.has(Role.ADMIN)).orElse(true);
        record Outcome(Report report, List<Long> changed) {
        }
        Outcome o = tx.execute(status -> {
            Map<Long, Current> byId = new HashMap<>();
            Map<String, List<Current>> byKey = new HashMap<>();
            jdbc.sql("SELECT id, position, source_text, source_key, target_text, status, version, covered_by FROM segment WHERE document_id = ?")
                    .param(documentId).query(rs -> {
                        rs.getLong(8);
                        boolean covered = !rs.wasNull();
                        Current c = new Current(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getInt(7), covered);
                        byId.put(c.id(), c);
                        byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
                    });
            int updated = 0;
            int unchanged = 0;
            int notFound = 0;
            List<ReviewImportService.Conflict> conflicts = new ArrayList<>();
            List<Long> changed = new ArrayList<>();
            java.util.Set<Long> changedSet = new java.util.HashSet<>();
            for (Incoming in : incoming) {
                List<Current> targets = match(in, byId, byKey);
                if (targets.isEmpty()) {
                    notFound++;
                    continue;
                }
                String text = in.target() == null ? "" : in.target().strip();
                for (Current c : targets) {
                    // one unit over the limit refuses the whole file: the transaction stores nothing of it
                    WriteLimits.requireTarget(fileName + ", segment " + (c.position() + 1), c.source(), text);
                    if (text.isEmpty() || c.covered() || changedSet.contains(c.id()) || normalize(text).equals(normalize(c.target()))
                            || copiedSource(text, c.source())) {
                        // a second unit for a segment already updated from this file changes nothing more; a Russian
                        // source copied into the target (as OmegaT leaves what it did not translate) is no translation
                        unchanged++;
                    } else if (in.version() != null && c.version() != in.version()
                            && normalize(text).equals(normalize(targetAt(c.id(), file.exported())))) {
                        unchanged++; // changed in Tandem since, not in the file: nothing new to bring in
                    } else if (in.version() != null ? c.version() != in.version() : c.status().equals("APPROVED") && !reviewer) {
                        conflicts.add(new ReviewImportService.Conflict(c.id(), c.position() + 1, c.target(), text));
                    } else if (in.version() == null && c.target() != null && !c.target().isBlank() && !overwrite) {
                        unchanged++; // a file from elsewhere fills gaps; --overwrite replaces what is there
                    } else {
                        SegmentStatus next = in.state() != null && DONE.contains(in.state()) ? SegmentStatus.TRANSLATED : SegmentStatus.DRAFT;
                        if (documents.updateTarget(c.id(), c.version(), text, next, TargetOrigin.MANUAL, editor, "updated from " + fileName)) {
                            updated++;
                            changed.add(c.id());
                            changedSet.add(c.id());
                        } else {
                            conflicts.add(new ReviewImportService.Conflict(c.id(), c.position() + 1, c.target(), text));
                        }
                    }
                }
            }
            return new Outcome(new Report(updated, unchanged, conflicts, notFound), changed);
        });
        if (o.changed().size() <= 200) {
            o.changed().forEach(id -> events.changed(documentId, id));
        } else {
            events.manyChanged(documentId);
        }
        return o.report();
    }

    /** Refuses a file over the size limit before anything reads it (the command line checks the file's size first). */
    public static void requireWithinLimit(String fileName, long bytes) {
        if (bytes > TmxReader.MAX_BYTES) {
            throw new ExchangeException(fileName + ": " + bytes / (1024 * 1024) + " MB is over the limit of "
                    + TmxReader.MAX_BYTES / (1024 * 1024) + " MB");
        }
    }

    /** By id when the file's id is one of this document's segments with the same source; otherwise every segment with that source. */
    private static List<Current> match(Incoming in, Map<Long, Current> byId, Map<String, List<Current>> byKey) {
        Long id = segmentId(in.id());
        Current c = id == null ? null : byId.get(id);
        if (c != null && SourceKey.same(c.source(), in.source())) {
            return List.of(c);
        }
        String key = SourceKey.of(in.source());
        return key == null ? List.of() : byKey.getOrDefault(key, List.of()).stream()
                .filter(x -> SourceKey.same(x.source(), in.source())).toList();
    }

    /** Tandem's XLIFF ids are "s" and the segment id; its TMX tuids are the segment id. */
    private static Long segmentId(String id) {
        if (id == null) {
            return null;
        }
        String digits = id.startsWith("s") ? id.substring(1) : id;
        return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
    }

    private record FileContent(java.time.Instant exported, List<Incoming> units) {
    }

    private static FileContent read(String fileName, byte[] bytes) {
        String root = rootElement(fileName, bytes);
        List<Incoming> out = new ArrayList<>();
        java.time.Instant exported = null;
        switch (root) {
            case "xliff" -> exported = new XliffReader().read(fileName, new ByteArrayInputStream(bytes),
                    u -> out.add(new Incoming(u.id(), u.version(), u.source(), u.target(), u.state()))).exported();
            case "tmx" -> new TmxReader().read(fileName, new ByteArrayInputStream(bytes), bytes.length, "ru", "en",
                    u -> out.add(new Incoming(u.tuid(), null, u.source(), u.target(), u.status())));
            default -> throw new ExchangeException(fileName + ": <" + root + "> is neither XLIFF nor TMX (nor a reviewed DOCX)");
        }
        return new FileContent(exported, out);
    }

    /** The target a segment had when the file was exported, from its history (null if unknown). */
    private String targetAt(long segmentId, java.time.Instant exported) {
        if (exported == null) {
            return null;
        }
        java.time.LocalDateTime at = java.time.LocalDateTime.ofInstant(exported, java.time.ZoneId.systemDefault());
        return jdbc.sql("SELECT target_text FROM segment_history WHERE segment_id = ? AND changed_at <= ? ORDER BY changed_at DESC, id DESC LIMIT 1")
                .params(segmentId, at).query((rs, n) -> Objects.toString(rs.getString(1), "")).optional().orElse("");
    }

    private static String rootElement(String fileName, byte[] bytes) {
        try {
            XMLStreamReader x = app.tandem.exchange.SafeXml.reader(fileName, new ByteArrayInputStream(bytes));
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    return x.getLocalName();
                }
            }
            throw new ExchangeException(fileName + ": no XML element in the file");
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNumber();
            throw new ExchangeException(fileName + where + ": not XLIFF, TMX or DOCX: " + Objects.toString(e.getMessage(), "").lines().findFirst().orElse(""));
        }
    }

    private static String normalize(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
