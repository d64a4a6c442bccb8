-- The office that issued the licence (许可机关, 发证机关), shown beside each filing: the renewal goes there.
ALTER TABLE AUDIT_RESULT ADD COLUMN AUTHORITY VARCHAR(500);
