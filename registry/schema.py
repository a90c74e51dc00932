"""The registry's SQLite schema, as numbered migrations.

A registry.db lives for years: `migrate` brings any older file up to date in place, one step at a
time, each step in its own transaction and recorded in `schema_versions`. Never edit a released
step; add a new one. Steps hold tables, indexes, triggers and data moves; the views are not here
but in views.py, defined once and recreated at the end of every migrate when they differ.
"""
import sqlite3
from datetime import datetime, timezone

from .transactions import transaction
from .views import differ, drop, sync

# Columns that normalisation fills on source_records, beside the raw values. These are the ones v1
# created (frozen: a column added later comes by its own migration and is appended below).
_V1_NORMALISED_COLUMNS = [
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
NORMALISED_COLUMNS = _V1_NORMALISED_COLUMNS + [
    ("id_visible", "TEXT"),  # v20: a masked ID as published (510422********3265); never an ID number
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
    {", ".join(f"{name} {kind}" for name, kind in _V1_NORMALISED_COLUMNS)}
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


_V4 = """
-- Consent per person and purpose (PIPL): the latest row per (person, purpose) is in force.
CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    purpose TEXT NOT NULL CHECK (purpose IN ('contact', 'share_with_enterprises')),
    status TEXT NOT NULL CHECK (status IN ('granted', 'withdrawn')),
    source TEXT,
    at TEXT NOT NULL,
    actor TEXT,
    note TEXT
);
CREATE INDEX consents_person ON consents(person_id, purpose);

-- a decision (from the CLI, a merge or Datasette's review_decision form) closes the review pair it answers
CREATE TRIGGER link_decision_closes_review AFTER INSERT ON link_decisions BEGIN
    UPDATE review_pairs SET status = 'decided' WHERE record_a = NEW.record_a AND record_b = NEW.record_b
    AND status = 'open';
END;

-- Chinese full-text search: jieba-segmented text per person (registry/search.py), rowid = persons.id
CREATE VIRTUAL TABLE person_search USING fts5(text);

-- facets officers use, at a million records
CREATE INDEX persons_origin_county ON persons(origin_county);
CREATE INDEX persons_city ON persons(city);
CREATE INDEX persons_education ON persons(education);
CREATE INDEX persons_title_level ON persons(title_level);
CREATE INDEX persons_programme ON persons(programme);
CREATE INDEX persons_overseas ON persons(overseas);
CREATE INDEX persons_industry ON persons(industry);
CREATE INDEX persons_country ON persons(country);
CREATE INDEX persons_n_records ON persons(n_records);

-- (the masked Chinese views 人员, 来源记录, 待审核记录对, 导入文件, 可推荐人才: registry/views.py)
"""

_V5 = """
-- Facets at a million records: the views show persons with n_records > 0, so partial indexes on
-- exactly those rows let a facet count from the index alone (400-800 ms -> 7-65 ms measured)
CREATE INDEX persons_live_origin_county ON persons(origin_county) WHERE n_records > 0;
CREATE INDEX persons_live_city ON persons(city) WHERE n_records > 0;
CREATE INDEX persons_live_education ON persons(education) WHERE n_records > 0;
CREATE INDEX persons_live_title_level ON persons(title_level) WHERE n_records > 0;
CREATE INDEX persons_live_programme ON persons(programme) WHERE n_records > 0;
CREATE INDEX persons_live_industry ON persons(industry) WHERE n_records > 0;
CREATE INDEX persons_live_overseas_zh ON persons(CASE overseas WHEN 1 THEN '海外' WHEN 0 THEN '国内' END)
    WHERE n_records > 0;
CREATE INDEX persons_live_birth_year ON persons(substr(birth_date, 1, 4)) WHERE n_records > 0;
-- officers filter by county most: the default facets within one county then count from an index too
-- (米易县's education facet: 702 ms -> 9 ms measured)
CREATE INDEX persons_live_county_education ON persons(origin_county, education) WHERE n_records > 0;
CREATE INDEX persons_live_county_title ON persons(origin_county, title_level) WHERE n_records > 0;
CREATE INDEX persons_live_county_overseas ON persons(origin_county, CASE overseas WHEN 1 THEN '海外' WHEN 0 THEN '国内' END)
    WHERE n_records > 0;
DROP INDEX persons_origin_county;
DROP INDEX persons_city;
DROP INDEX persons_education;
DROP INDEX persons_title_level;
DROP INDEX persons_programme;
DROP INDEX persons_industry;
DROP INDEX persons_overseas;
"""


_V6 = """
-- Outreach (issue 7). A person's mailing address joins the golden record; deceased and erased
-- persons are marked, never silently dropped.
ALTER TABLE persons ADD COLUMN address TEXT;
ALTER TABLE persons ADD COLUMN deceased INTEGER NOT NULL DEFAULT 0;
ALTER TABLE persons ADD COLUMN erased_at TEXT;
-- a whole roster's form may carry a consent box: pzh-talent ingest FILE --consent contact
ALTER TABLE sources ADD COLUMN consent TEXT;

-- After an erasure (PIPL Art. 47) only one-way fingerprints stay, so that a later import of the
-- same person is recognised and flagged instead of silently bringing them back.
CREATE TABLE erased_fingerprints (
    fingerprint TEXT PRIMARY KEY,     -- sha256 of a normalised ID, phone, email or name+birth date
    erased_at TEXT NOT NULL
);

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    purpose TEXT,                     -- 春节返乡座谈会、招聘会邀请、青鹏人才申报 …
    programme TEXT,
    owner TEXT,
    channel TEXT NOT NULL CHECK (channel IN ('mail', 'email', 'sms', 'phone')),
    starts_on TEXT, ends_on TEXT,
    goal INTEGER,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
    segment TEXT,                     -- the filter the members were chosen by, as given
    frequency_cap_days INTEGER NOT NULL DEFAULT 30,
    created_at TEXT NOT NULL,
    created_by TEXT
);

-- Members are snapshotted when the campaign is created; a suppressed member stays listed with
-- the reason, and is left out of exports.
CREATE TABLE campaign_members (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    person_id INTEGER NOT NULL REFERENCES persons(id),
    member_key TEXT NOT NULL UNIQUE,  -- C<campaign>-<person>-<random>: in exports; status imports match by it
    salutation TEXT,                  -- 尊敬的张伟先生; officers may edit it
    status TEXT NOT NULL DEFAULT '待联系' CHECK (status IN ('待联系', '已联系', '已回复', '有意向', '已回攀',
        '已签约', '婉拒', '退信', '无效联系方式')),
    suppressed TEXT,                  -- why this person is not contacted (NULL: contacted)
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    UNIQUE (campaign_id, person_id)
);
CREATE INDEX campaign_members_person ON campaign_members(person_id);

CREATE TABLE member_status_history (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES campaign_members(id),
    status TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT,
    note TEXT
);
-- every status change, however it is made (CLI, status import, Datasette form), has its history row
CREATE TRIGGER member_status_history AFTER UPDATE OF status ON campaign_members
WHEN NEW.status IS NOT OLD.status BEGIN
    INSERT INTO member_status_history (member_id, status, at, actor) VALUES (NEW.id, NEW.status, NEW.updated_at,
        NEW.updated_by);
END;

CREATE TABLE exports (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER REFERENCES campaigns(id),
    at TEXT NOT NULL,
    actor TEXT,
    format TEXT NOT NULL,
    rows INTEGER NOT NULL,
    file_name TEXT,
    sha256 TEXT NOT NULL
);

-- (consent_in_force, 外联活动, 活动成员 and 可推荐人才 on consent in force: registry/views.py)
"""

_V7 = """
-- Enterprise demand (issue 6): enterprises, and the talent they ask for
CREATE TABLE enterprises (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    uscc TEXT UNIQUE,                 -- 统一社会信用代码, GB 32100 checked
    industry TEXT,
    county TEXT,
    liaison TEXT,                     -- the account that speaks for it
    created_at TEXT NOT NULL
);
CREATE TABLE demands (
    id INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
    ref TEXT NOT NULL,                -- the enterprise's own reference: re-import updates
    position TEXT NOT NULL,
    industry TEXT,
    keywords TEXT,                    -- JSON list
    description TEXT,
    min_education TEXT CHECK (min_education IN ('大专', '本科', '硕士', '博士')),
    education_required INTEGER NOT NULL DEFAULT 0,
    min_title_level TEXT CHECK (min_title_level IN ('初级', '中级', '副高', '正高')),
    years_experience INTEGER,
    headcount INTEGER CHECK (headcount > 0),
    location TEXT,
    salary_min INTEGER, salary_max INTEGER,
    remote_ok INTEGER NOT NULL DEFAULT 0,
    deadline TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed')),
    source TEXT,                      -- json | xlsx | form
    logged_by TEXT, logged_at TEXT NOT NULL, updated_by TEXT, updated_at TEXT NOT NULL,
    UNIQUE (enterprise_id, ref)
);

"""

_V8 = """
-- Matches (issue 6): for each open demand its top candidates, with the score's reasons in Chinese
CREATE TABLE matches (
    demand_id INTEGER NOT NULL REFERENCES demands(id),
    person_id INTEGER NOT NULL REFERENCES persons(id),
    rank INTEGER NOT NULL,            -- 1 = best candidate for the demand
    score REAL NOT NULL,
    reasons TEXT NOT NULL,            -- 专业：冶金工程 ↔ 钒钛（近义：冶金）；学历：博士研究生 ≥ 硕士；…
    computed_at TEXT NOT NULL,
    PRIMARY KEY (demand_id, person_id)
);
CREATE INDEX matches_person ON matches(person_id, score);
-- officers' verdicts on proposed matches: kept across recomputations; a rejected person is not
-- proposed again for that demand
CREATE TABLE match_feedback (
    id INTEGER PRIMARY KEY,
    demand_id INTEGER NOT NULL REFERENCES demands(id),
    person_id INTEGER NOT NULL REFERENCES persons(id),
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
    actor TEXT, at TEXT NOT NULL, note TEXT
);

"""

_V9 = """
-- Saved segments: a named condition on the 人员 view, reused by campaigns (campaign create --segment)
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    condition TEXT NOT NULL,
    description TEXT,
    created_by TEXT,
    created_at TEXT NOT NULL
);
"""

_V10 = """
-- 可推荐人才 at a million records: rank only the share-with-enterprises consents, not every
-- consent of every purpose (first page 8.8 s -> 0.3 s with 464k contact and 93k share consents)
CREATE INDEX consents_purpose ON consents(purpose, person_id);
"""

_V11 = """
-- which of the policy's 2025 targets a campaign counts towards (人才兴攀: 引进 / 培养 / 锻造 / 激励 …):
-- its members who came back or signed (已回攀 / 已签约) are that target's progress
ALTER TABLE campaigns ADD COLUMN target TEXT NOT NULL DEFAULT '引进人才'
    CHECK (target IN ('高端人才团队（顶尖 10、领军 20）', '引进人才', '培养人才', '锻造人才', '激励人才', '人才平台'));
"""

_V12 = """
-- golden_sources was most of a person's row (836 of ~1,200 bytes: the rule's label repeated per
-- field). Now {"field": record id}, the rule coming from the field (golden.RULES), and nothing for
-- a person with one record. Narrower rows: facets and searches read fewer pages.
UPDATE persons SET golden_sources = CASE WHEN n_records <= 1 THEN NULL ELSE
    (SELECT json_group_object(key, json_extract(value, '$.record')) FROM json_each(persons.golden_sources)) END
WHERE golden_sources IS NOT NULL AND golden_sources LIKE '{%"rule"%';
"""

_V13 = """
-- What counts as a consent event was spelled out three times (consent_in_force, 可推荐人才,
-- campaign suppression). Now once: consent_events, a person's own consent rows and the consent
-- boxes of the roster forms their records came from. Each use ranks the events it needs: the
-- latest per person (and purpose) is the one in force. A filter on person or purpose reaches the
-- events themselves (SQLite pushes it into the UNION ALL), so asking for a few persons or one
-- purpose reads only theirs.
"""

# (version, description, SQL). Append only.
_V14 = """
-- views only; what they are now is in registry/views.py (recreated by every migrate)
-- 企业需求 shows what enterprises' own tables say beyond the template: years of experience, the
-- salary range (yuan a year) and the description, which keeps every column we did not map
"""

_V15 = """
-- Consent events were ranked by their ISO strings, and each string carries the offset of the
-- machine that wrote it: a withdrawal stamped 2026-12-02T02:00:00+00:00 sorted before a grant
-- stamped 2026-12-02T09:00:00+08:00 (an hour earlier) and was ignored. Stored stamps become UTC
-- (now() writes UTC from this version on), and every ranking compares instants (julianday reads
-- any offset and 'Z'), so a stamp written elsewhere still ranks right.
UPDATE consents SET at = strftime('%Y-%m-%dT%H:%M:%S+00:00', at)
WHERE julianday(at) IS NOT NULL AND at NOT LIKE '%+00:00';
UPDATE sources SET imported_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', imported_at)
WHERE julianday(imported_at) IS NOT NULL AND imported_at NOT LIKE '%+00:00';
"""

_V16 = """
-- views only; what they are now is in registry/views.py (recreated by every migrate)
-- Officers see why a record counts as Panzhihua-origin, never the cell it was read from (an
-- address, a remark, a household text may hold a phone or an ID): each piece of evidence as its
-- reason, which names the field and the place found (籍贯含“米易”), and its strength. The raw
-- evidence stays in source_records for admins.

-- Liaisons read 专长 as people typed it, minus any phone, email or ID number typed into it
-- (mask_contacts: ingest/contact.py, registered on every connection by registry/db.py and the plugin)
"""

_V17 = """
-- Review pair numbers are never given to another pair: a decision made by number (CLI, Datasette
-- form) could otherwise land on a pair the officer never saw. AUTOINCREMENT needs the table
-- rebuilt; the trigger that reads it is rebuilt with it, unchanged. Numbers handed out
-- before (the audit log names the ones decided) are not handed out again either.
DROP TRIGGER IF EXISTS link_decision_closes_review;
CREATE TABLE review_pairs_v17 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    record_a INTEGER NOT NULL REFERENCES source_records(id),
    record_b INTEGER NOT NULL REFERENCES source_records(id),
    weight REAL NOT NULL,             -- match weight (log2 odds); near 0 = unsure
    evidence TEXT NOT NULL,           -- JSON: [[字段, 比较结果, 权重], ...]
    status TEXT NOT NULL DEFAULT 'open',  -- open | decided
    created_at TEXT NOT NULL,
    UNIQUE (record_a, record_b)
);
INSERT INTO review_pairs_v17 (id, record_a, record_b, weight, evidence, status, created_at)
    SELECT id, record_a, record_b, weight, evidence, status, created_at FROM review_pairs;
DROP TABLE review_pairs;
ALTER TABLE review_pairs_v17 RENAME TO review_pairs;
INSERT INTO sqlite_sequence (name, seq) SELECT 'review_pairs', 0
    WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'review_pairs');
UPDATE sqlite_sequence SET seq = max(seq, (SELECT coalesce(max(id), 0) FROM review_pairs),
    (SELECT coalesce(max(CAST(substr(target, 14) AS INTEGER)), 0) FROM audit_log WHERE target LIKE 'review_pairs/%'))
    WHERE name = 'review_pairs';
CREATE TRIGGER link_decision_closes_review AFTER INSERT ON link_decisions BEGIN
    UPDATE review_pairs SET status = 'decided' WHERE record_a = NEW.record_a AND record_b = NEW.record_b
    AND status = 'open';
END;

-- Consent belongs to the human (registry/dedupe/consent.py): a merge writes the strictest state of
-- both sides as rows of the surviving person, marked with the merge, and an unmerge removes them
ALTER TABLE consents ADD COLUMN merge_id INTEGER REFERENCES person_merges(id);
CREATE INDEX consents_merge ON consents(merge_id) WHERE merge_id IS NOT NULL;
"""

_V18 = """
-- views only; what they are now is in registry/views.py (recreated by every migrate)
-- What officers read is Chinese text, not codes or JSON: a country's name (country_zh: babel's
-- Chinese names, registered with mask_contacts), a review pair's evidence as 姓名相同（+6.8）；…,
-- a demand's keywords as 冶金、钒钛
"""

_V19 = """
-- views only; what they are now is in registry/views.py (recreated by every migrate)
-- 需求匹配 is each demand's top 20 (matches also keeps each person's best demands, ranked lower,
-- for the person page); a campaign is 进行中 until closed or past its end date (Asia/Shanghai);
-- 活动成员's 状态 counts the members not to be contacted apart, as campaign funnel does
"""

_V21 = """
-- views only; what they are now is in registry/views.py (recreated by every migrate)
-- 来源记录 shows a masked ID (510422********3265, 5104**********1234) as it shows a full one: through the
-- same mask, so a birth date printed in the visible part (51042219900101****) is hidden here too
"""

MIGRATIONS = [
    (1, "sources, source_records, skipped_rows, audit_log", _V1),
    (2, "persons, dedupe_runs, review_pairs, link_decisions, person_merges", _V2),
    (3, "dedupe_runs: mode, records_compared, decisions_upto, seconds", _V3),
    (4, "consents, person_search, facet indexes, masked Chinese views", _V4),
    (5, "partial facet indexes over live persons", _V5),
    (6, "outreach: campaigns, members, status history, exports, erasure fingerprints, consent in force", _V6),
    (7, "enterprises, demands", _V7),
    (8, "matches, match_feedback", _V8),
    (9, "segments", _V9),
    (10, "可推荐人才 ranks share consents only; consents_purpose index", _V10),
    (11, "campaigns.target: the policy target a campaign counts towards", _V11),
    (12, "golden_sources as field -> record id; none for single-record persons", _V12),
    (13, "consent_events: one definition of what counts as a consent event", _V13),
    (14, "企业需求 shows experience, salary range and description", _V14),
    (15, "consent stamps in UTC; consent events ranked by instant", _V15),
    (16, "来源记录 shows evidence as reasons, not cells; contacts masked in 可推荐人才's 专长", _V16),
    (17, "review pair numbers never reused (AUTOINCREMENT); consents.merge_id: consent carried by a merge", _V17),
    (18, "officers read country names, evidence as text and keywords as a list, not codes or JSON", _V18),
    (19, "需求匹配 is each demand's top 20; campaigns end on their date; 活动成员 counts as the funnel does", _V19),
    (20, "masked IDs keep what they show (source_records.id_visible)",
     "ALTER TABLE source_records ADD COLUMN id_visible TEXT;"),
    (21, "来源记录 shows masked IDs through the same mask as full ones", _V21),
]

LATEST = MIGRATIONS[-1][0]


class SchemaTooNew(Exception):
    """The database was written by a newer pzh-talent."""


def now() -> str:
    """The current instant in UTC ('2026-12-02T05:41:00+00:00'): stamps from machines in different
    time zones then compare alike. Shown to people in Asia/Shanghai time."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[int]:
    """Apply every migration newer than the file's PRAGMA user_version (up to `upto`, for tests),
    then make the views what views.py says. Returns the versions applied.

    Each step takes the write lock first and reads the version again under it, so two jobs opening
    an old file at once apply each step once. Before the first step our views are dropped (a step
    may rebuild a table a view reads); they come back, as defined now, at the end.
    """

    applied: list[int] = []
    if schema_version(conn) > LATEST:
        raise SchemaTooNew(f"数据库版本 {schema_version(conn)} 比本程序支持的 {LATEST} 新，请升级 pzh-talent")
    for version, description, sql in MIGRATIONS:
        if upto is not None and version > upto:
            break
        if version <= schema_version(conn):
            continue
        with transaction(conn):
            if version > schema_version(conn):  # not applied by another job while we waited
                if not applied:
                    drop(conn)
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, "
                    "description TEXT, applied_at TEXT)"
                )
                conn.execute("INSERT INTO schema_versions VALUES (?, ?, ?)", (version, description, now()))
                conn.execute(f"PRAGMA user_version = {version}")
                applied.append(version)
    if upto is None and differ(conn):
        with transaction(conn):
            sync(conn)
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
