-- The client folder (issue 12): what an accountant's folder of clients needs of each file.
--
-- last_change holds when the firm's records were last written, by any
-- window or command: the overview's 最近修改. The file's modification time
-- cannot serve, because opening a client writes last_look below.
CREATE TABLE last_change (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    at  TEXT NOT NULL -- RFC 3339 UTC, to the nanosecond
);

-- last_look is the evaluation the app last showed for this client: its date
-- and, per rule, the status and amounts. A folder scan compares today's
-- evaluation with it to mark a benefit that became eligible or may_apply, or
-- whose amount changed, since the accountant last looked (新 / 变更). Only
-- the app writes it, when the client is opened; a scan never writes.
CREATE TABLE last_look (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    as_of   TEXT NOT NULL, -- the evaluation date shown
    seen_at TEXT NOT NULL  -- when it was shown, RFC 3339 UTC
);

CREATE TABLE last_look_results (
    seq            INTEGER NOT NULL,
    rule           TEXT PRIMARY KEY,
    status         TEXT NOT NULL,
    amount_fen     INTEGER NOT NULL,
    amount_max_fen INTEGER NOT NULL
);
