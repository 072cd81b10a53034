-- A document imported from a PDF or a DOCX keeps that file: the English edition is written back
-- into it, and the format says which writer can do that.
ALTER TABLE document ADD COLUMN source_format VARCHAR(40);
ALTER TABLE document ADD COLUMN source_file BYTEA;
-- A footnote's number (or mark) on its block: the link to the marker in the text.
ALTER TABLE block ADD COLUMN mark VARCHAR(16);
