-- Schema 4: every record a person edits on its own carries a version, the
-- number of times it was saved. A save names the version it was made from
-- and is refused when the row has moved on (someone else changed it), so a
-- window left open can never write old data over new. The same rule serves
-- an office store shared by many clients.
ALTER TABLE firm        ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE financials  ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE taxes       ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people      ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE patents     ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE rd_expenses ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE investments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE loans       ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE fees        ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
