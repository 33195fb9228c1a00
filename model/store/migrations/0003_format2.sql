-- Schema 3 (scenario format 2, RULES.md v3): the firm's address, contact
-- person and phone for the forms (NULL: not known), and whether an
-- investee was a 初创科技型企业 when invested in (RULES.md 2.19 route b).
ALTER TABLE firm ADD COLUMN address TEXT CHECK (address <> '');
ALTER TABLE firm ADD COLUMN contact_person TEXT CHECK (contact_person <> '');
ALTER TABLE firm ADD COLUMN phone TEXT CHECK (phone <> '');
ALTER TABLE investments ADD COLUMN startup_tech INTEGER NOT NULL DEFAULT 0 CHECK (startup_tech IN (0, 1));
