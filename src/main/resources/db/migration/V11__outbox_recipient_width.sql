-- A digest's recipient is the owner's name as the register wrote it when the directory lacks them (their mail goes to
-- audit.remind.unassigned-to): as wide as AUDIT_RESULT.OWNER_NAME, so that a long owner name never fails the remind
-- step. SET DATA TYPE is understood by HSQLDB and PostgreSQL alike.
ALTER TABLE OUTBOX ALTER COLUMN RECIPIENT SET DATA TYPE VARCHAR(500);
