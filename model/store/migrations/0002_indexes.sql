-- Schema 2: indexes for the child tables' foreign keys (SQLite does not
-- create them, and a delete from patents or people would scan every child)
-- and for the lookups the app's tables and the engine make by date.
CREATE INDEX patent_income_patent ON patent_income(patent_id, seq);
CREATE INDEX patent_rewards_patent ON patent_rewards(patent_id, seq);
CREATE INDEX patent_inventors_person ON patent_inventors(person_id);
CREATE INDEX loans_borrower ON loans(borrower_id);
