-- Lapse episodes (escalation): a lapse that goes on from run to run is one episode, dated from the first run that saw
-- it. Only a lapse of the company in a run dated before the episode began makes this one a repeated lapse.
ALTER TABLE AUDIT_RESULT ADD COLUMN LAPSED_SINCE DATE;
ALTER TABLE AUDIT_RESULT ADD COLUMN REPEAT_LAPSE SMALLINT DEFAULT 0 NOT NULL;

-- The look-back joins a company's lapsed rows to their runs' as-of dates.
CREATE INDEX AUDIT_RUN_BY_INSTANCE ON AUDIT_RUN (INSTANCE_ID, STATUS, AS_OF);
