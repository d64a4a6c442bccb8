-- Each index is kept up to date on every row staged, so staging costs less with fewer of them.
-- The report now fills the owners' workbooks from the same pass over the run's rows as the main one, so nothing reads
-- by owner any more.
DROP INDEX AUDIT_RESULT_BY_OWNER;
-- One index on the filing's identity serves both look-ups: a filing in one run (previous run, lapse episodes) and a
-- filing across runs (the desk's history).
DROP INDEX AUDIT_RESULT_BY_IDENTITY;
DROP INDEX AUDIT_RESULT_BY_IDENTITY_ONLY;
CREATE INDEX AUDIT_RESULT_BY_IDENTITY ON AUDIT_RESULT (FILING_IDENTITY, INSTANCE_ID);
