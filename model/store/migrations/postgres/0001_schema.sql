-- Huiqi office database, schema 1 (issue 13): the firms of an accounting
-- office in one PostgreSQL database. The tables are those of a Huiqi file
-- (migrations/0001…0006) with each row's firm in firm_id, and PostgreSQL's
-- own types: dates are date, money is bigint fen, booleans are boolean
-- (NULL: unknown), a person's categories are text[]. A firm's row is the
-- client itself: it keeps its id when an import replaces the firm, and
-- deleting it (undoing the first import) takes everything of the client
-- with it. seq keeps each list in the order of the scenario file.

CREATE TABLE firm (
    id                 text PRIMARY KEY,
    version            bigint NOT NULL DEFAULT 1,
    as_of              date,
    name               text NOT NULL,
    uscc               text NOT NULL CONSTRAINT firm_uscc_unique UNIQUE,
    legal_form         text NOT NULL,
    ownership          text NOT NULL,
    founded            date NOT NULL,
    county             text NOT NULL,
    industry           text NOT NULL,
    in_startup_park    boolean,
    rents_premises     boolean,
    tax_compliant      boolean,
    credit_clean       boolean,
    online_shop_opened date,
    address            text CHECK (address <> ''),
    contact_person     text CHECK (contact_person <> ''),
    phone              text CHECK (phone <> '')
);

CREATE TABLE certifications (
    id      text PRIMARY KEY,
    firm_id text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq     integer NOT NULL,
    kind    text NOT NULL,
    issued  date NOT NULL,
    expires date
);
CREATE INDEX certifications_firm ON certifications(firm_id, seq);

CREATE TABLE received (
    id      text PRIMARY KEY,
    firm_id text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq     integer NOT NULL,
    benefit text NOT NULL,
    date    date NOT NULL
);
CREATE INDEX received_firm ON received(firm_id, seq);

CREATE TABLE financials (
    id                 text PRIMARY KEY,
    firm_id            text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq                integer NOT NULL,
    version            bigint NOT NULL DEFAULT 1,
    year               integer NOT NULL,
    revenue_fen        bigint CHECK (revenue_fen >= 0),
    total_assets_fen   bigint CHECK (total_assets_fen >= 0),
    taxable_income_fen bigint,
    UNIQUE (firm_id, year)
);

CREATE TABLE taxes (
    id                            text PRIMARY KEY,
    firm_id                       text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq                           integer NOT NULL,
    version                       bigint NOT NULL DEFAULT 1,
    year                          integer NOT NULL,
    vat_fen                       bigint NOT NULL CHECK (vat_fen >= 0),
    urban_construction_fen        bigint NOT NULL CHECK (urban_construction_fen >= 0),
    education_surcharge_fen       bigint NOT NULL CHECK (education_surcharge_fen >= 0),
    local_education_surcharge_fen bigint NOT NULL CHECK (local_education_surcharge_fen >= 0),
    personal_income_fen           bigint NOT NULL CHECK (personal_income_fen >= 0),
    UNIQUE (firm_id, year)
);

CREATE TABLE people (
    id                       text PRIMARY KEY,
    firm_id                  text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq                      integer NOT NULL,
    version                  bigint NOT NULL DEFAULT 1,
    pid                      text NOT NULL CHECK (pid <> '' AND pid <> 'firm'),
    name                     text NOT NULL,
    id_number                text,
    founder                  boolean NOT NULL,
    hired                    date,
    left_on                  date CHECK (left_on IS NULL OR hired IS NULL OR left_on >= hired),
    contract_months          integer CHECK (contract_months >= 0),
    graduated                date,
    in_school                boolean NOT NULL,
    categories               text[] NOT NULL DEFAULT '{}',
    emp_cert_issued          date,
    emp_cert_self_employment boolean,
    farmer_certificate       boolean NOT NULL,
    talent_program           text,
    talent_contract_years    integer CHECK (talent_contract_years >= 0),
    talent_home_in_yuxi      boolean,
    leave_kind               text,
    leave_start              date,
    UNIQUE (firm_id, pid),
    CHECK ((emp_cert_issued IS NULL) = (emp_cert_self_employment IS NULL)),
    CHECK (talent_program IS NOT NULL OR (talent_contract_years IS NULL AND talent_home_in_yuxi IS NULL)),
    CHECK ((leave_kind IS NULL) = (leave_start IS NULL))
);
CREATE INDEX people_firm ON people(firm_id, seq);

CREATE TABLE patents (
    id                text PRIMARY KEY,
    firm_id           text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq               integer NOT NULL,
    version           bigint NOT NULL DEFAULT 1,
    number            text NOT NULL,
    kind              text NOT NULL,
    title             text NOT NULL,
    filed             date NOT NULL,
    granted           date,
    status            text NOT NULL,
    service_invention boolean NOT NULL,
    reward_agreed     boolean NOT NULL
);
CREATE INDEX patents_firm ON patents(firm_id, seq);

-- An inventor must be one of the firm's people: deleting a person named on
-- a patent is refused (checked at the end of the statement, so that
-- deleting the whole firm takes both away together).
CREATE TABLE patent_inventors (
    firm_id   text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    patent_id text NOT NULL REFERENCES patents(id) ON DELETE CASCADE,
    seq       integer NOT NULL,
    person_id text NOT NULL REFERENCES people(id),
    PRIMARY KEY (patent_id, seq)
);
CREATE INDEX patent_inventors_person ON patent_inventors(person_id);
CREATE INDEX patent_inventors_firm ON patent_inventors(firm_id);

CREATE TABLE patent_income (
    id         text PRIMARY KEY,
    firm_id    text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    patent_id  text NOT NULL REFERENCES patents(id) ON DELETE CASCADE,
    seq        integer NOT NULL,
    year       integer NOT NULL,
    kind       text NOT NULL,
    amount_fen bigint NOT NULL CHECK (amount_fen >= 0)
);
CREATE INDEX patent_income_patent ON patent_income(patent_id, seq);
CREATE INDEX patent_income_firm ON patent_income(firm_id);

CREATE TABLE patent_rewards (
    id         text PRIMARY KEY,
    firm_id    text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    patent_id  text NOT NULL REFERENCES patents(id) ON DELETE CASCADE,
    seq        integer NOT NULL,
    year       integer NOT NULL,
    amount_fen bigint NOT NULL CHECK (amount_fen >= 0)
);
CREATE INDEX patent_rewards_patent ON patent_rewards(patent_id, seq);
CREATE INDEX patent_rewards_firm ON patent_rewards(firm_id);

CREATE TABLE rd_expenses (
    id          text PRIMARY KEY,
    firm_id     text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq         integer NOT NULL,
    version     bigint NOT NULL DEFAULT 1,
    date        date NOT NULL,
    project     text NOT NULL,
    category    text NOT NULL,
    amount_fen  bigint NOT NULL CHECK (amount_fen >= 0),
    capitalized boolean NOT NULL
);
CREATE INDEX rd_expenses_firm ON rd_expenses(firm_id, seq);

CREATE TABLE investments (
    id            text PRIMARY KEY,
    firm_id       text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq           integer NOT NULL,
    version       bigint NOT NULL DEFAULT 1,
    investee      text NOT NULL,
    investee_uscc text,
    unlisted      boolean NOT NULL,
    sme_high_tech boolean NOT NULL,
    startup_tech  boolean NOT NULL DEFAULT false,
    amount_fen    bigint NOT NULL CHECK (amount_fen >= 0),
    date          date NOT NULL,
    exited        date
);
CREATE INDEX investments_firm ON investments(firm_id, seq);

-- borrower_id NULL means the firm itself borrowed.
CREATE TABLE loans (
    id             text PRIMARY KEY,
    firm_id        text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq            integer NOT NULL,
    version        bigint NOT NULL DEFAULT 1,
    kind           text NOT NULL,
    borrower_id    text REFERENCES people(id),
    amount_fen     bigint NOT NULL CHECK (amount_fen >= 0),
    start          date NOT NULL,
    term_months    integer NOT NULL CHECK (term_months >= 0),
    rate_bp        integer NOT NULL CHECK (rate_bp >= 0),
    repaid_on_time boolean
);
CREATE INDEX loans_firm ON loans(firm_id, seq);
CREATE INDEX loans_borrower ON loans(borrower_id);

CREATE TABLE fees (
    id                text PRIMARY KEY,
    firm_id           text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq               integer NOT NULL,
    version           bigint NOT NULL DEFAULT 1,
    date              date NOT NULL,
    service           text NOT NULL,
    mandatory         boolean NOT NULL,
    government_priced boolean NOT NULL,
    standard_fen      bigint NOT NULL CHECK (standard_fen >= 0),
    charged_fen       bigint NOT NULL CHECK (charged_fen >= 0)
);
CREATE INDEX fees_firm ON fees(firm_id, seq);

-- The history of saved changes (as a file's, schema 5), with who made each:
-- the seat's database role. before and after are the record's rows as
-- PostgreSQL's own JSON of them (to_jsonb), which an undo writes back.
CREATE TABLE history (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    firm_id   text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    at        timestamptz NOT NULL,
    changed_by text NOT NULL,
    action    text NOT NULL CHECK (action IN ('add', 'edit', 'delete', 'import', 'replace', 'append', 'undo')),
    kind      text NOT NULL,
    record_id text,
    label     text NOT NULL,
    fields    jsonb NOT NULL DEFAULT '[]',
    before    jsonb,
    after     jsonb,
    undo_of   bigint,
    undone_by bigint
);
CREATE INDEX history_firm ON history(firm_id, id);
CREATE INDEX history_record ON history(firm_id, record_id);

-- When the firm's records were last written, and by which role: the
-- overview's 最近修改 and who made it.
CREATE TABLE last_change (
    firm_id text PRIMARY KEY REFERENCES firm(id) ON DELETE CASCADE,
    at      timestamptz NOT NULL,
    changed_by text NOT NULL
);

-- The evaluation the app last showed for the firm (as a file's, schema 6).
CREATE TABLE last_look (
    firm_id text PRIMARY KEY REFERENCES firm(id) ON DELETE CASCADE,
    as_of   date NOT NULL,
    seen_at timestamptz NOT NULL
);

CREATE TABLE last_look_results (
    firm_id        text NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    seq            integer NOT NULL,
    rule           text NOT NULL,
    status         text NOT NULL,
    amount_fen     bigint NOT NULL,
    amount_max_fen bigint NOT NULL,
    PRIMARY KEY (firm_id, rule)
);
