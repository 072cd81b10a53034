-- Which version of a segment QA last judged: a segment whose version differs still needs its check,
-- and that mark is written with the change itself, so a check queued when the process stopped or
-- crashed is found again at the next start instead of being forgotten.
ALTER TABLE segment ADD COLUMN qa_version INT;
-- findings stored before this release belong to the segments' current versions
UPDATE segment SET qa_version = version;
