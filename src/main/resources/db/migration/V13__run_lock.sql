-- One audit at a time across the instances of the service that share a server database (ShedLock's table): the
-- instance that runs an audit holds the row and extends its lease while it runs; a killed instance's lease lapses.
CREATE TABLE SHEDLOCK (
  NAME VARCHAR(64) NOT NULL PRIMARY KEY,
  LOCK_UNTIL TIMESTAMP NOT NULL,
  LOCKED_AT TIMESTAMP NOT NULL,
  LOCKED_BY VARCHAR(255) NOT NULL
);
