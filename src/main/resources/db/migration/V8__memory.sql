-- Translation memory as its own table of units: imported from TMX or written when a segment is
-- confirmed, each with where it came from, so units can be browsed, edited and removed by file.
ALTER TABLE tm_unit ADD COLUMN source_key VARCHAR(64);
ALTER TABLE tm_unit ADD COLUMN prev_key VARCHAR(64);
ALTER TABLE tm_unit ADD COLUMN next_key VARCHAR(64);
ALTER TABLE tm_unit ADD COLUMN segment_id BIGINT;
ALTER TABLE tm_unit ADD COLUMN document_name VARCHAR(500);
ALTER TABLE tm_unit ADD COLUMN created_by VARCHAR(100);
ALTER TABLE tm_unit ADD COLUMN import_file VARCHAR(500);
CREATE INDEX tm_unit_key_idx ON tm_unit(source_key);
CREATE INDEX tm_unit_segment_idx ON tm_unit(segment_id);
CREATE INDEX tm_unit_import_idx ON tm_unit(project_id, import_file);
UPDATE tm_unit SET import_file = origin;

-- Pre-translation and repetitions: a segment's normalised source (to find its repetitions) and
-- the score and provenance of the match its target was taken from.
ALTER TABLE segment ADD COLUMN source_key VARCHAR(64);
ALTER TABLE segment ADD COLUMN match_score INTEGER;
ALTER TABLE segment ADD COLUMN match_origin VARCHAR(500);
CREATE INDEX segment_key_idx ON segment(document_id, source_key);

-- QA's consistency checks look for the same source, or the same target, across a project: both
-- through an index, not a scan of every segment on each save.
ALTER TABLE segment ADD COLUMN target_key VARCHAR(64);
CREATE INDEX segment_source_key_idx ON segment(source_key);
CREATE INDEX segment_target_key_idx ON segment(target_key);

-- The translations confirmed so far become units of their project's memory (keys are filled in
-- by the application on start: the normalisation is Java's).
INSERT INTO tm_unit(project_id, source_lang, target_lang, source_text, target_text, origin, created_at, changed_at,
                    imported_at, segment_id, document_name, created_by)
SELECT d.project_id, 'ru', 'en', s.source_text, s.target_text, d.file_name || ' #' || CAST(s.position + 1 AS VARCHAR(12)),
       s.updated_at, s.updated_at, COALESCE(s.updated_at, d.imported_at), s.id, d.file_name, s.last_editor
FROM segment s JOIN document d ON d.id = s.document_id
WHERE s.target_text IS NOT NULL AND s.target_text <> ''
  AND (s.status IN ('TRANSLATED', 'APPROVED') OR s.target_origin = 'EXISTING_TRANSLATION');
