-- Files that changed while a run read them. A big file is read in row ranges at once and any of them may notice, so
-- a file is only marked here (once or several times) and discarded whole when every range has ended.
CREATE TABLE AUDIT_DISCARD (
  INSTANCE_ID BIGINT NOT NULL,
  SOURCE_FILE VARCHAR(1000) NOT NULL,
  REASON VARCHAR(4000) NOT NULL
);

CREATE INDEX AUDIT_DISCARD_BY_INSTANCE ON AUDIT_DISCARD (INSTANCE_ID);
