-- Where a block came from in its kept source file (a DOCX paragraph's place, a footnote's id):
-- the English edition is written back into that place of the author's own file.
ALTER TABLE block ADD COLUMN source_ref VARCHAR(40);
