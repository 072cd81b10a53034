-- The romanisation schemes a project writes Russian names with: one for names in the running
-- text, one for reference lists (journals ask for one scheme throughout their references).
ALTER TABLE project ADD COLUMN names_scheme VARCHAR(20) DEFAULT 'wikipedia' NOT NULL;
ALTER TABLE project ADD COLUMN references_scheme VARCHAR(20) DEFAULT 'bs_2979_alt' NOT NULL;
