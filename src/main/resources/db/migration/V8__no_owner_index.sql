-- The report now fills the owners' workbooks from the same pass over the run's rows as the main one, so nothing reads
-- by owner any more: the index only slowed down staging.
DROP INDEX AUDIT_RESULT_BY_OWNER;
