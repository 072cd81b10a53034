-- Nodes starting together on one database take this row's lock (SELECT … FOR UPDATE, which H2 and
-- PostgreSQL both run) before they create the first admin or load the seeds, so only one does.
CREATE TABLE startup_lock (
    name  VARCHAR(40) PRIMARY KEY
);
INSERT INTO startup_lock(name) VALUES ('initial-data');
