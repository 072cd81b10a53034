-- LanguageTool on the Russian source is information for projects whose sources are still edited;
-- off by default, since a translator cannot change the source
ALTER TABLE project ADD COLUMN check_source BOOLEAN DEFAULT FALSE NOT NULL;
-- findings of the Russian source stored before the switch existed belong to the old default
DELETE FROM qa_finding WHERE check_id = 'languagetool-ru';
