-- The repeated-lapse look-up reads a company's Lapsed rows of earlier runs. Two indexes over every staged row served
-- it, and HSQLDB keeps each up to date on every row staged: with six indexes, index upkeep was half the audit step
-- (JFR, 100,000 rows). The Lapsed rows alone (a tenth of a run, or less) now go into a table of their own, indexed by
-- company and credit code with the run's as-of date last, as the history step dates them (keyed as AUDIT_RESULT, so
-- that a window dated again replaces its rows).
CREATE TABLE COMPANY_LAPSE (
  INSTANCE_ID BIGINT NOT NULL,
  SOURCE_FILE VARCHAR(1000) NOT NULL,
  SHEET VARCHAR(255) NOT NULL,
  ROW_NO INTEGER NOT NULL,
  AS_OF DATE NOT NULL,
  COMPANY_KEY VARCHAR(500) NOT NULL,
  CREDIT_KEY VARCHAR(500),
  PRIMARY KEY (INSTANCE_ID, SOURCE_FILE, SHEET, ROW_NO)
);
-- The lapses the dropped indexes found: dated Lapsed rows that were not superseded (undated ones never counted), of
-- every run that staged rows (a run resumed after the upgrade may be past its history step). Read run by run through
-- the index by group, so that the upgrade reads the lapses, not every row of a long history.
INSERT INTO COMPANY_LAPSE (INSTANCE_ID, SOURCE_FILE, SHEET, ROW_NO, AS_OF, COMPANY_KEY, CREDIT_KEY)
SELECT R.INSTANCE_ID, R.SOURCE_FILE, R.SHEET, R.ROW_NO, R.AS_OF, R.COMPANY_KEY, R.CREDIT_KEY
FROM (SELECT DISTINCT INSTANCE_ID FROM AUDIT_FILE) F
JOIN AUDIT_RESULT R ON R.INSTANCE_ID = F.INSTANCE_ID AND R.GROUP_CODE = 'LAPSED'
WHERE R.SUPERSEDED_BY IS NULL AND R.AS_OF IS NOT NULL;
CREATE INDEX COMPANY_LAPSE_BY_COMPANY ON COMPANY_LAPSE (COMPANY_KEY, AS_OF);
CREATE INDEX COMPANY_LAPSE_BY_CREDIT ON COMPANY_LAPSE (CREDIT_KEY, AS_OF);
DROP INDEX AUDIT_RESULT_BY_COMPANY;
DROP INDEX AUDIT_RESULT_BY_CREDIT;
