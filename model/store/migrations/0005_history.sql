-- Schema 5: the history of saved changes (issue 10), part of the file so it
-- survives restarts and travels with backups, never part of an exported
-- scenario. Each row says when, what kind of change (add, edit, delete,
-- import, replace, append, undo), which record (its table and id; NULL for
-- the whole firm) in words, which columns an edit changed, and what the
-- record's rows were before and after (JSON), so that a change can be
-- undone. An undone change names the undo that reverted it. Only the newest
-- entries are kept (store.historyKept), so ids are plain integers.
CREATE TABLE history (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('add', 'edit', 'delete', 'import', 'replace', 'append', 'undo')),
    kind      TEXT NOT NULL,
    record_id TEXT,
    label     TEXT NOT NULL,
    fields    TEXT NOT NULL DEFAULT '[]',
    before    TEXT,
    after     TEXT,
    undo_of   INTEGER,
    undone_by INTEGER
);
CREATE INDEX history_record ON history(record_id);
