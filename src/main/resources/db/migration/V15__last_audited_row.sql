-- The steps after the audit work a run's rows a window at a time, up to each sheet's last audited row. Finding those
-- rows read every row of the run, twice a run (history and reminders); the staging now keeps each sheet's on its
-- account. Runs that may still be resumed (none of their executions completed) get it from their rows here; a
-- completed run never looks for it again.
ALTER TABLE AUDIT_FILE ADD COLUMN LAST_AUDITED INTEGER;
UPDATE AUDIT_FILE F SET LAST_AUDITED = (SELECT MAX(R.ROW_NO) FROM AUDIT_RESULT R
  WHERE R.INSTANCE_ID = F.INSTANCE_ID AND R.SOURCE_FILE = F.SOURCE_FILE AND R.SHEET = F.SHEET)
WHERE NOT EXISTS (SELECT 1 FROM AUDIT_RUN H WHERE H.INSTANCE_ID = F.INSTANCE_ID AND H.STATUS = 'COMPLETED');
