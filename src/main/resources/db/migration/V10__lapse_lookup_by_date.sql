-- The repeated-lapse look-up (a company's Lapsed rows in runs dated within the look-back window and before the
-- episode began) reads one bounded range of an index when the run's as-of date ends the index key: each row carries
-- its run's date, and the two company indexes end with it. Replaced, not added: every index costs each row staged.
ALTER TABLE AUDIT_RESULT ADD COLUMN AS_OF DATE;
DROP INDEX AUDIT_RESULT_BY_COMPANY;
DROP INDEX AUDIT_RESULT_BY_CREDIT;
-- Runs since this version date every row as it is staged. Of the earlier runs only the Lapsed rows are dated, the
-- only ones looked up (all rows of a long history would be one huge update). Rows of a run that had not ended at the
-- upgrade stay undated and never count as an earlier lapse; the same lapse seen by the runs after it does.
UPDATE AUDIT_RESULT R SET AS_OF = (SELECT MIN(H.AS_OF) FROM AUDIT_RUN H WHERE H.INSTANCE_ID = R.INSTANCE_ID)
WHERE R.GROUP_CODE = 'LAPSED';
CREATE INDEX AUDIT_RESULT_BY_COMPANY ON AUDIT_RESULT (COMPANY_KEY, GROUP_CODE, AS_OF);
CREATE INDEX AUDIT_RESULT_BY_CREDIT ON AUDIT_RESULT (CREDIT_KEY, GROUP_CODE, AS_OF);
