"""The registry's SQLite schema, as numbered migrations.

A registry.db lives for years: `migrate` brings any older file up to date in place, one step at a
time, each step in its own transaction and recorded in `schema_versions`. Never edit a released
step; add a new one.
"""
import sqlite3
from datetime import datetime, timezone

# Columns that normalisation fills on source_records, beside the raw values.
NORMALISED_COLUMNS = [
    ("name", "TEXT"), ("name_annotation", "TEXT"), ("name_latin", "TEXT"), ("name_script", "TEXT"),
    ("surname", "TEXT"), ("given_name", "TEXT"), ("name_key", "TEXT"),
    ("gender", "TEXT"), ("birth_date", "TEXT"), ("birth_year", "INTEGER"),
    ("id_number", "TEXT"), ("id_status", "TEXT"), ("id_area", "TEXT"),
    ("phone", "TEXT"), ("phone_kind", "TEXT"), ("phones", "TEXT"),
    ("email", "TEXT"), ("emails", "TEXT"),
    ("education", "TEXT"), ("education_rank", "INTEGER"), ("degree", "TEXT"),
    ("school", "TEXT"), ("major", "TEXT"), ("graduation_year", "INTEGER"),
    ("employer", "TEXT"), ("department", "TEXT"), ("position", "TEXT"),
    ("title", "TEXT"), ("title_level", "TEXT"),
    ("city", "TEXT"), ("province", "TEXT"), ("country", "TEXT"), ("overseas", "INTEGER"),
    ("address", "TEXT"), ("hometown", "TEXT"), ("expertise", "TEXT"), ("industry", "TEXT"),
    ("programme", "TEXT"),
    ("origin_strength", "TEXT"), ("origin_county", "TEXT"), ("origin_evidence", "TEXT"),
    ("flags", "TEXT"), ("duplicate_of_row", "INTEGER"),
]

_V1 = f"""
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,          -- the file's base name
    path TEXT,                        -- where it was imported from
    sha256 TEXT NOT NULL UNIQUE,      -- same content is never imported twice
    format TEXT NOT NULL,             -- csv | tsv | xlsx | xls | ods | json | jsonl
    encoding TEXT,
    size_bytes INTEGER,
    imported_at TEXT NOT NULL,
    imported_by TEXT,
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_stored INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    rows_blank INTEGER NOT NULL DEFAULT 0,
    rows_remark INTEGER NOT NULL DEFAULT 0,
    rows_header INTEGER NOT NULL DEFAULT 0,   -- title rows, the header, repeated headers
    rows_skipped INTEGER NOT NULL DEFAULT 0,  -- rows of sheets that name no person (填表说明)
    rows_duplicate INTEGER NOT NULL DEFAULT 0,
    sheets TEXT,                      -- JSON: per sheet header row, columns, mapping, notes
    column_map TEXT                   -- JSON: the user's --map overrides and --set values
);

CREATE TABLE source_records (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    sheet TEXT,                       -- sheet name for workbooks, NULL otherwise
    row_number INTEGER NOT NULL,      -- the row a person sees in Excel
    raw_json TEXT NOT NULL,           -- the values exactly as read, by column header
    person_id INTEGER,                -- filled by deduplication
    {", ".join(f"{name} {kind}" for name, kind in NORMALISED_COLUMNS)}
);
CREATE UNIQUE INDEX source_records_row ON source_records(source_id, ifnull(sheet, ''), row_number);

-- Rows that are not a person's: rejected ones (with the reason) and titles, headers, remarks.
CREATE TABLE skipped_rows (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    sheet TEXT,
    row_number INTEGER NOT NULL,
    kind TEXT NOT NULL,               -- rejected | title | header | repeated_header | remark
    reason TEXT NOT NULL,             -- in Chinese, for officers
    field TEXT,                       -- the column at fault, when one is
    raw_json TEXT
);
CREATE INDEX skipped_rows_source ON skipped_rows(source_id);
CREATE VIEW rejected_rows AS SELECT * FROM skipped_rows WHERE kind = 'rejected';

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    target TEXT,
    details TEXT
);
"""

_V2 = """
-- One row per human, found by deduplication; source_records.person_id points here.
CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    name TEXT,                        -- the name most of its records give
    n_records INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- the golden record: each field chosen by a stated rule from one source record
    -- (golden_sources says which record and which rule); all phones and emails are kept
    gender TEXT, birth_date TEXT, id_number TEXT, phone TEXT, phones TEXT, email TEXT, emails TEXT,
    education TEXT, degree TEXT, school TEXT, major TEXT, employer TEXT, position TEXT, title TEXT,
    title_level TEXT, city TEXT, province TEXT, country TEXT, overseas INTEGER, expertise TEXT,
    industry TEXT, programme TEXT, origin_strength TEXT, origin_county TEXT,
    golden_sources TEXT               -- JSON: field -> {"record": id, "rule": "…"}
);
-- partial: an import writes person_id NULL, and maintaining an index of NULLs slowed it down
CREATE INDEX source_records_person ON source_records(person_id) WHERE person_id IS NOT NULL;

CREATE TABLE dedupe_runs (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT,
    records INTEGER, candidate_pairs INTEGER, persons INTEGER,
    persons_created INTEGER, persons_kept INTEGER, persons_retired INTEGER,
    model TEXT                        -- JSON: the m/u probabilities and prior used
);

-- Pairs the model is unsure about, with the per-field evidence, for officers to decide.
CREATE TABLE review_pairs (
    id INTEGER PRIMARY KEY,
    record_a INTEGER NOT NULL REFERENCES source_records(id),
    record_b INTEGER NOT NULL REFERENCES source_records(id),
    weight REAL NOT NULL,             -- match weight (log2 odds); near 0 = unsure
    evidence TEXT NOT NULL,           -- JSON: [[字段, 比较结果, 权重], ...]
    status TEXT NOT NULL DEFAULT 'open',  -- open | decided
    created_at TEXT NOT NULL,
    UNIQUE (record_a, record_b)
);

-- Officers' decisions: every later run keeps them (same = must-link, not_same = cannot-link).
CREATE TABLE link_decisions (
    id INTEGER PRIMARY KEY,
    record_a INTEGER NOT NULL REFERENCES source_records(id),
    record_b INTEGER NOT NULL REFERENCES source_records(id),
    decision TEXT NOT NULL CHECK (decision IN ('same', 'not_same')),
    actor TEXT,
    at TEXT NOT NULL,
    note TEXT
);
CREATE INDEX link_decisions_pair ON link_decisions(record_a, record_b);

-- Merges done by hand, so that each can be undone exactly.
CREATE TABLE person_merges (
    id INTEGER PRIMARY KEY,
    into_person INTEGER NOT NULL REFERENCES persons(id),
    from_person INTEGER NOT NULL REFERENCES persons(id),
    record_ids TEXT NOT NULL,         -- JSON: the records that moved
    actor TEXT,
    at TEXT NOT NULL,
    note TEXT,
    undone_at TEXT,
    undone_by TEXT
);
"""

_V3 = """
-- incremental dedupe: what each run looked at (mode: full | incremental), and up to which
-- officer decision (link_decisions.id) it applied
ALTER TABLE dedupe_runs ADD COLUMN mode TEXT;
ALTER TABLE dedupe_runs ADD COLUMN records_compared INTEGER;
ALTER TABLE dedupe_runs ADD COLUMN decisions_upto INTEGER;
ALTER TABLE dedupe_runs ADD COLUMN seconds REAL;
"""

# (version, description, SQL). Append only.
MIGRATIONS = [
    (1, "sources, source_records, skipped_rows, audit_log", _V1),
    (2, "persons, dedupe_runs, review_pairs, link_decisions, person_merges", _V2),
    (3, "dedupe_runs: mode, records_compared, decisions_upto, seconds", _V3),
]

LATEST = MIGRATIONS[-1][0]


class SchemaTooNew(Exception):
    """The database was written by a newer pzh-talent."""


def now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every migration newer than the file's PRAGMA user_version. Returns the versions applied."""
    applied = []
    current = schema_version(conn)
    if current > LATEST:
        raise SchemaTooNew(f"数据库版本 {current} 比本程序支持的 {LATEST} 新，请升级 pzh-talent")
    for version, description, sql in MIGRATIONS:
        if version <= current:
            continue
        conn.execute("BEGIN")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, "
                "description TEXT, applied_at TEXT)"
            )
            conn.execute("INSERT INTO schema_versions VALUES (?, ?, ?)", (version, description, now()))
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def _statements(sql: str):
    # executescript() would commit behind our back; split on ';' at line ends instead.
    buf = []
    for line in sql.splitlines():
        buf.append(line)
        if line.rstrip().endswith(";") and sqlite3.complete_statement("\n".join(buf)):
            yield "\n".join(buf)
            buf = []
    if "".join(buf).strip():
        yield "\n".join(buf)
