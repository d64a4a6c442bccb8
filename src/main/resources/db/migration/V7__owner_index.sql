-- Each owner's workbook reads that owner's rows only (its groups in deadline order, its Summary's tables): with this
-- index the report step costs in proportion to the rows, not owners × rows.
CREATE INDEX AUDIT_RESULT_BY_OWNER ON AUDIT_RESULT (INSTANCE_ID, OWNER_NAME, GROUP_CODE, DEADLINE, COMPANY);
