-- Who each run reminds of what: one row per finding and recipient (an owner's email, a manager's digest). The remind
-- step plans a window of filings per transaction, so that a run's memory does not grow with its findings, and then
-- writes each recipient's digest from these rows. The row names the staged filing (AUDIT_RESULT's key).
CREATE TABLE REMINDER_ITEM (
  INSTANCE_ID BIGINT NOT NULL,
  CHANNEL VARCHAR(10) NOT NULL,
  RECIPIENT VARCHAR(500) NOT NULL,
  SOURCE_FILE VARCHAR(1000) NOT NULL,
  SHEET VARCHAR(255) NOT NULL,
  ROW_NO INTEGER NOT NULL,
  FINDING VARCHAR(40) NOT NULL,
  OCCASION DATE NOT NULL,
  DEADLINE DATE NOT NULL,
  TIER INTEGER NOT NULL
);

CREATE INDEX REMINDER_ITEM_BY_RECIPIENT ON REMINDER_ITEM (INSTANCE_ID, CHANNEL, RECIPIENT, DEADLINE);
