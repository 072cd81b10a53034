-- the editor's side panel: its width in pixels and whether it is hidden, per user
ALTER TABLE app_user ADD COLUMN panel_width INTEGER;
ALTER TABLE app_user ADD COLUMN panel_hidden BOOLEAN DEFAULT FALSE NOT NULL;

-- where each user last worked in each document, so the editor opens there
CREATE TABLE work_position (
    username     VARCHAR(100) NOT NULL,
    document_id  BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    segment_id   BIGINT NOT NULL,
    updated_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (username, document_id)
);
