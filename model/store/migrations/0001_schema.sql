-- Huiqi database, schema 1: one firm per file (like a GnuCash book).
-- Dates are TEXT 'YYYY-MM-DD'; money is INTEGER fen; booleans are 0/1 and a
-- NULL boolean means "unknown" (RULES.md §0). Every table keeps `seq`, the
-- record's position in the scenario file, so export writes arrays back in
-- the order they were read. Record ids are UUIDv7 text.

CREATE TABLE firm (
    id                 TEXT PRIMARY KEY,
    one                INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (one = 1),
    as_of              TEXT,
    name               TEXT NOT NULL,
    uscc               TEXT NOT NULL,
    legal_form         TEXT NOT NULL,
    ownership          TEXT NOT NULL,
    founded            TEXT NOT NULL,
    county             TEXT NOT NULL,
    industry           TEXT NOT NULL,
    in_startup_park    INTEGER CHECK (in_startup_park IN (0, 1)),
    rents_premises     INTEGER CHECK (rents_premises IN (0, 1)),
    tax_compliant      INTEGER CHECK (tax_compliant IN (0, 1)),
    credit_clean       INTEGER CHECK (credit_clean IN (0, 1)),
    online_shop_opened TEXT
);

CREATE TABLE certifications (
    id      TEXT PRIMARY KEY,
    seq     INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    issued  TEXT NOT NULL,
    expires TEXT
);

CREATE TABLE received (
    id      TEXT PRIMARY KEY,
    seq     INTEGER NOT NULL,
    benefit TEXT NOT NULL,
    date    TEXT NOT NULL
);

CREATE TABLE financials (
    id                 TEXT PRIMARY KEY,
    seq                INTEGER NOT NULL,
    year               INTEGER NOT NULL UNIQUE,
    revenue_fen        INTEGER CHECK (revenue_fen >= 0),
    total_assets_fen   INTEGER CHECK (total_assets_fen >= 0),
    taxable_income_fen INTEGER
);

CREATE TABLE taxes (
    id                            TEXT PRIMARY KEY,
    seq                           INTEGER NOT NULL,
    year                          INTEGER NOT NULL UNIQUE,
    vat_fen                       INTEGER NOT NULL CHECK (vat_fen >= 0),
    urban_construction_fen        INTEGER NOT NULL CHECK (urban_construction_fen >= 0),
    education_surcharge_fen       INTEGER NOT NULL CHECK (education_surcharge_fen >= 0),
    local_education_surcharge_fen INTEGER NOT NULL CHECK (local_education_surcharge_fen >= 0),
    personal_income_fen           INTEGER NOT NULL CHECK (personal_income_fen >= 0)
);

-- categories is a JSON array of category codes: a person has few, they are
-- always read with the person, and json_each() queries them when needed.
CREATE TABLE people (
    id                      TEXT PRIMARY KEY,
    seq                     INTEGER NOT NULL,
    pid                     TEXT NOT NULL UNIQUE CHECK (pid <> '' AND pid <> 'firm'),
    name                    TEXT NOT NULL,
    id_number               TEXT,
    founder                 INTEGER NOT NULL CHECK (founder IN (0, 1)),
    hired                   TEXT,
    left_on                 TEXT CHECK (left_on IS NULL OR hired IS NULL OR left_on >= hired),
    contract_months         INTEGER CHECK (contract_months >= 0),
    graduated               TEXT,
    in_school               INTEGER NOT NULL CHECK (in_school IN (0, 1)),
    categories              TEXT NOT NULL DEFAULT '[]',
    emp_cert_issued         TEXT,
    emp_cert_self_employment INTEGER CHECK (emp_cert_self_employment IN (0, 1)),
    farmer_certificate      INTEGER NOT NULL CHECK (farmer_certificate IN (0, 1)),
    talent_program          TEXT,
    talent_contract_years   INTEGER CHECK (talent_contract_years >= 0),
    talent_home_in_yuxi     INTEGER CHECK (talent_home_in_yuxi IN (0, 1)),
    leave_kind              TEXT,
    leave_start             TEXT,
    CHECK ((emp_cert_issued IS NULL) = (emp_cert_self_employment IS NULL)),
    CHECK (talent_program IS NOT NULL OR (talent_contract_years IS NULL AND talent_home_in_yuxi IS NULL)),
    CHECK ((leave_kind IS NULL) = (leave_start IS NULL))
);

CREATE TABLE patents (
    id                TEXT PRIMARY KEY,
    seq               INTEGER NOT NULL,
    number            TEXT NOT NULL,
    kind              TEXT NOT NULL,
    title             TEXT NOT NULL,
    filed             TEXT NOT NULL,
    granted           TEXT,
    status            TEXT NOT NULL,
    service_invention INTEGER NOT NULL CHECK (service_invention IN (0, 1)),
    reward_agreed     INTEGER NOT NULL CHECK (reward_agreed IN (0, 1))
);

-- An inventor must be one of the firm's people: deleting a person who is
-- named on a patent is refused rather than leaving a dangling name.
CREATE TABLE patent_inventors (
    patent_id TEXT NOT NULL REFERENCES patents(id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    PRIMARY KEY (patent_id, seq)
);

CREATE TABLE patent_income (
    id         TEXT PRIMARY KEY,
    patent_id  TEXT NOT NULL REFERENCES patents(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    year       INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0)
);

CREATE TABLE patent_rewards (
    id         TEXT PRIMARY KEY,
    patent_id  TEXT NOT NULL REFERENCES patents(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    year       INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0)
);

CREATE TABLE rd_expenses (
    id          TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL,
    date        TEXT NOT NULL,
    project     TEXT NOT NULL,
    category    TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL CHECK (amount_fen >= 0),
    capitalized INTEGER NOT NULL CHECK (capitalized IN (0, 1))
);

CREATE TABLE investments (
    id            TEXT PRIMARY KEY,
    seq           INTEGER NOT NULL,
    investee      TEXT NOT NULL,
    investee_uscc TEXT,
    unlisted      INTEGER NOT NULL CHECK (unlisted IN (0, 1)),
    sme_high_tech INTEGER NOT NULL CHECK (sme_high_tech IN (0, 1)),
    amount_fen    INTEGER NOT NULL CHECK (amount_fen >= 0),
    date          TEXT NOT NULL,
    exited        TEXT
);

-- borrower_id NULL means the firm itself borrowed.
CREATE TABLE loans (
    id             TEXT PRIMARY KEY,
    seq            INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    borrower_id    TEXT REFERENCES people(id) ON DELETE RESTRICT,
    amount_fen     INTEGER NOT NULL CHECK (amount_fen >= 0),
    start          TEXT NOT NULL,
    term_months    INTEGER NOT NULL CHECK (term_months >= 0),
    rate_bp        INTEGER NOT NULL CHECK (rate_bp >= 0),
    repaid_on_time INTEGER CHECK (repaid_on_time IN (0, 1))
);

CREATE TABLE fees (
    id                TEXT PRIMARY KEY,
    seq               INTEGER NOT NULL,
    date              TEXT NOT NULL,
    service           TEXT NOT NULL,
    mandatory         INTEGER NOT NULL CHECK (mandatory IN (0, 1)),
    government_priced INTEGER NOT NULL CHECK (government_priced IN (0, 1)),
    standard_fen      INTEGER NOT NULL CHECK (standard_fen >= 0),
    charged_fen       INTEGER NOT NULL CHECK (charged_fen >= 0)
);
