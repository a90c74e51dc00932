"""Issue 15, the data side: consent ranked by instant, erasure of everything derived, linear
readers for long values, private files. Real SQLite files throughout."""
import sqlite3

import pytest

from tests.conftest import write_csv

PEOPLE = [["姓名", "性别", "最高学历", "专业", "研究方向", "职称", "工作单位", "现居城市", "籍贯", "手机", "邮箱"],
          ["刘冶", "男", "博士研究生", "冶金工程", "钒钛磁铁矿选矿", "正高级工程师", "攀钢集团", "攀枝花", "四川米易",
           "13800000001", "liuye@163.com"],
          ["陈材", "女", "硕士研究生", "材料科学与工程", "钛合金", "高级工程师", "四川大学", "成都", "四川盐边",
           "13800000002", "chencai@qq.com"],
          ["王本", "男", "大学本科", "冶金工程", "钒钛冶炼", "工程师", "宁德时代", "宁德", "四川仁和",
           "13800000003", "wangben@163.com"]]

# The old now() wrote the machine's offset; the new one writes UTC. 09:00 in Panzhihua is 01:00
# UTC, so a stamp of 02:00 UTC is an hour later although its string sorts first.
EARLIER_LOCAL = "2026-12-02T09:00:00+08:00"
LATER_UTC = "2026-12-02T02:00:00+00:00"


@pytest.fixture
def registry(tmp_path):
    """A registry of three persons from one roster without a consent box. (conn, {name: person id})."""
    from pzh_talent.ingest.load import load_file
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.run import dedupe
    from pzh_talent.registry.search import index_persons

    write_csv(tmp_path / "人才.csv", PEOPLE)
    conn = connect(tmp_path / "registry.db")
    load_file(conn, tmp_path / "人才.csv")
    dedupe(conn)
    with conn:
        index_persons(conn)
    return conn, {name: pid for pid, name in conn.execute("SELECT id, name FROM persons")}


def consent_row(conn, person_id, purpose, status, at):
    with conn:
        conn.execute("INSERT INTO consents (person_id, purpose, status, source, at) VALUES (?, ?, ?, 'test', ?)",
                     (person_id, purpose, status, at))


def shared(conn):
    return {r[0] for r in conn.execute("SELECT 编号 FROM 可推荐人才")}


def campaign_reasons(conn):
    from pzh_talent.outreach.campaigns import create_campaign

    summary = create_campaign(conn, "返乡座谈会", "email")
    return {pid: reason for pid, reason in conn.execute(
        "SELECT person_id, suppressed FROM campaign_members WHERE campaign_id = ?", (summary.campaign_id,))}


# --- 5. consent events ranked by instant ---------------------------------------------------------

def test_a_later_withdrawal_with_a_smaller_string_is_in_force_everywhere(registry):
    from pzh_talent.outreach.consent import consent_in_force

    conn, persons = registry
    withdrawn, granted = persons["刘冶"], persons["陈材"]
    for purpose in ("contact", "share_with_enterprises"):
        # 刘冶 granted at 01:00 UTC and withdrew at 02:00 UTC; 陈材 the other way round
        consent_row(conn, withdrawn, purpose, "granted", EARLIER_LOCAL)
        consent_row(conn, withdrawn, purpose, "withdrawn", LATER_UTC)
        consent_row(conn, granted, purpose, "withdrawn", EARLIER_LOCAL)
        consent_row(conn, granted, purpose, "granted", LATER_UTC)

    assert consent_in_force(conn, withdrawn) == {"contact": "withdrawn", "share_with_enterprises": "withdrawn"}
    assert consent_in_force(conn, granted) == {"contact": "granted", "share_with_enterprises": "granted"}
    assert shared(conn) == {granted}
    reasons = campaign_reasons(conn)
    assert reasons[withdrawn] == "已撤回联系同意"
    assert reasons[granted] is None


def test_a_roster_consent_box_ranks_by_instant_against_a_withdrawal(registry):
    from pzh_talent.outreach.consent import consent_in_force

    conn, persons = registry
    person = persons["王本"]
    source = conn.execute("SELECT source_id FROM source_records WHERE person_id = ?", (person,)).fetchone()[0]
    with conn:  # the roster's form had a contact box, and was imported at 09:00 Panzhihua time
        conn.execute("UPDATE sources SET consent = '[\"contact\"]', imported_at = ? WHERE id = ?",
                     (EARLIER_LOCAL, source))
    assert consent_in_force(conn, person) == {"contact": "granted"}
    consent_row(conn, person, "contact", "withdrawn", LATER_UTC)
    assert consent_in_force(conn, person) == {"contact": "withdrawn"}
    assert campaign_reasons(conn)[person] == "已撤回联系同意"


def test_now_is_utc_on_a_machine_in_panzhihua(monkeypatch):
    import time
    from datetime import datetime, timedelta

    from pzh_talent.registry.schema import now

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        stamp = now()
    finally:
        monkeypatch.undo()
        time.tzset()
    assert datetime.fromisoformat(stamp).utcoffset() == timedelta(0) and stamp.endswith("+00:00")


def test_the_upgrade_rewrites_stored_stamps_to_utc(tmp_path):
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.schema import MIGRATIONS, _statements

    path = tmp_path / "old.db"
    old = sqlite3.connect(path)  # a version 14 registry, written by the old now() in Panzhihua
    for version, _, sql in MIGRATIONS[:14]:
        for statement in _statements(sql):
            old.execute(statement)
    old.execute("PRAGMA user_version = 14")
    old.execute("INSERT INTO persons (id, name, n_records, created_at, updated_at) VALUES (1, '刘冶', 1, ?, ?)",
                (EARLIER_LOCAL, EARLIER_LOCAL))
    old.execute("INSERT INTO sources (id, file_name, sha256, format, imported_at, consent) "
                "VALUES (1, 'a.csv', 'x', 'csv', ?, '[\"share_with_enterprises\"]')", (EARLIER_LOCAL,))
    old.execute("INSERT INTO source_records (source_id, row_number, raw_json, person_id) VALUES (1, 2, '{}', 1)")
    old.execute("INSERT INTO consents (person_id, purpose, status, at) VALUES (1, 'contact', 'granted', ?)",
                ("2026-12-02T08:30:00+08:00",))
    old.commit()
    old.close()

    conn = connect(path)
    assert conn.execute("SELECT at FROM consents").fetchone()[0] == "2026-12-02T00:30:00+00:00"
    assert conn.execute("SELECT imported_at FROM sources").fetchone()[0] == "2026-12-02T01:00:00+00:00"
    consent_row(conn, 1, "share_with_enterprises", "withdrawn", LATER_UTC)
    assert shared(conn) == set()


# --- 6. erasure removes everything derived from the person, at once -----------------------------

DEMANDS = [{"ref": "PG-1", "enterprise": "攀钢集团研究院", "position": "钒钛冶金工程师", "keywords": ["钒钛", "冶金"],
            "min_education": "硕士", "location": "攀枝花"}]


def test_erasure_removes_matches_feedback_review_pairs_and_search_at_once(registry, tmp_path):
    import json

    from pzh_talent.ingest.demand import import_demands
    from pzh_talent.matching.match import match
    from pzh_talent.registry.dedupe.run import dedupe
    from pzh_talent.registry.erasure import PERSONAL_COLUMNS, erase
    from pzh_talent.registry.search import fts_query, index_persons

    conn, persons = registry
    person, other = persons["刘冶"], persons["陈材"]
    (tmp_path / "d.json").write_text(json.dumps(DEMANDS, ensure_ascii=False), encoding="utf-8")
    import_demands(conn, tmp_path / "d.json")
    match(conn)
    demand = conn.execute("SELECT demand_id FROM matches WHERE person_id = ?", (person,)).fetchone()[0]
    mine, theirs = (conn.execute("SELECT id FROM source_records WHERE person_id = ?", (p,)).fetchone()[0]
                    for p in (person, other))
    with conn:  # an officer's verdict on the match, and a pair in the review queue
        conn.execute("INSERT INTO match_feedback (demand_id, person_id, decision, actor, at, note) "
                     "VALUES (?, ?, 'accepted', 'wang', '2026-12-01T08:00:00+00:00', '刘冶很合适')", (demand, person))
        conn.execute("INSERT INTO review_pairs (record_a, record_b, weight, evidence, created_at) VALUES "
                     "(?, ?, 0.5, '[[\"出生日期\", \"完全一致\", 6.1]]', '2026-12-01T08:00:00+00:00')", (mine, theirs))
    assert conn.execute("SELECT count(*) FROM 需求匹配 WHERE 人员编号 = ?", (person,)).fetchone()[0]

    erase(conn, person, actor="admin")

    def left(sql):
        return conn.execute(sql, {"p": person, "r": mine}).fetchall()

    assert not left("SELECT * FROM matches WHERE person_id = :p")
    assert not left("SELECT * FROM 需求匹配 WHERE 人员编号 = :p")
    assert not left("SELECT * FROM match_feedback WHERE person_id = :p")
    assert not left("SELECT * FROM review_pairs WHERE record_a = :r OR record_b = :r")
    assert not left("SELECT * FROM 待审核记录对 WHERE 人员甲 = :p OR 人员乙 = :p")
    assert not left("SELECT rowid FROM person_search WHERE rowid = :p")
    # a later full dedupe, match run and re-index bring nothing back
    dedupe(conn, full=True)
    match(conn)
    with conn:
        index_persons(conn)
    assert not left("SELECT * FROM matches WHERE person_id = :p")
    row = conn.execute("SELECT * FROM persons WHERE id = ?", (person,)).fetchone()
    assert row["erased_at"] and not [c for c in ("name", "education", "title_level", "province", "country",
                                                 "overseas", "origin_strength", "employer") if row[c] is not None]
    record = conn.execute("SELECT * FROM source_records WHERE id = ?", (mine,)).fetchone()
    assert [c for c in PERSONAL_COLUMNS if record[c] is not None] == []
    assert record["row_number"] == 2 and record["raw_json"] == "{}"  # provenance stays
    assert not conn.execute("SELECT rowid FROM person_search WHERE person_search MATCH ?",
                            (fts_query("博士"),)).fetchall()


# --- 11. demand readers answer long values at once ------------------------------------------------

LONG_VALUES = {"letters": "a" * 50_000, "本科": "本科" * 25_000, "优先 without a clause break": "硕士优先" * 12_500,
               "digits": "1" * 50_000, "spaces": "1" + " " * 50_000 + "x", "高级": "高级" * 25_000,
               "brackets": "（" * 50_000, "a date and spaces": "2026" + " " * 50_000 + "前"}


@pytest.mark.parametrize("reader", ["read_education", "read_title_level", "read_headcount", "read_deadline",
                                    "read_status", "read_years", "read_salary"])
def test_each_demand_reader_answers_a_50000_character_value_at_once(reader):
    import time

    from pzh_talent.ingest import demand

    read = getattr(demand, reader)
    for shape, value in LONG_VALUES.items():
        started = time.perf_counter()
        result = read(value)
        assert time.perf_counter() - started < 0.1, shape
        # too long to be a demand's education, title, count, date or status: unread, not guessed
        assert result == ((None, None) if reader == "read_salary" else (None, False)), shape


def test_a_value_at_the_length_bound_is_still_read():
    from pzh_talent.ingest.demand import MAX_VALUE_LENGTH, read_education, read_title_level

    education = "本科及以上（硕士优先），" + "有钒钛冶炼相关工作经验" * 30
    title = "中级及以上职称（高级工程师优先），" + "有钒钛冶炼相关工作经验" * 30
    assert read_education(education[:MAX_VALUE_LENGTH]) == ("本科", True)
    assert read_title_level(title[:MAX_VALUE_LENGTH])[0] == "中级"
    assert read_education(education[:MAX_VALUE_LENGTH + 1]) == (None, False)


def test_the_patterns_themselves_are_linear():
    # the bound keeps the readers quick; the patterns are linear too, so a roster's long cell
    # (ingest reads 职称 with the same words) is not quadratic either
    import time

    from pzh_talent.ingest.education import title_level
    from pzh_talent.ingest.demand import _PREFERRED_RE

    for run, text in ((lambda t: _PREFERRED_RE.sub("", t), "a" * 50_000), (title_level, "高级" * 25_000),
                      (title_level, "助理" * 25_000), (title_level, "主管" * 25_000)):
        started = time.perf_counter()
        run(text)
        assert time.perf_counter() - started < 0.2
    assert _PREFERRED_RE.sub("", "本科（硕士优先），博士优先") == "本科，"
    assert title_level("高级畜牧兽医师") == "副高" and title_level("主管护师") == "中级"


def test_a_demand_file_with_a_long_value_says_so_briefly():
    from pzh_talent.ingest.demand import clean_demand

    _, problems = clean_demand({"ref": "1", "enterprise": "攀钢集团", "position": "工程师", "min_education": "本" * 50_000},
                               "需求.json 第 1 条")
    assert [p.message for p in problems] == ["内容过长（50000 字，最多 200 字），应为 大专/本科/硕士/博士（可写“本科及以上”“不限”）"]


# --- 15. files holding personal data are private from their first byte -----------------------------

def mode(path):
    import stat

    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The usual umask (022), which lets a file be created world-readable."""
    import os

    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_registry_and_its_wal_and_shm_are_born_owner_only(tmp_path, open_umask):
    from pzh_talent.registry.db import connect

    db = tmp_path / "registry.db"
    conn = connect(db)
    with conn:
        conn.execute("INSERT INTO audit_log (at, action) VALUES ('2026-12-02T05:00:00+00:00', 'test')")
    names = {p.name: mode(p) for p in tmp_path.iterdir()}
    assert {"registry.db", "registry.db-wal", "registry.db-shm"} <= set(names)
    assert set(names.values()) == {0o600}, names
    conn.close()


def test_an_existing_world_readable_registry_is_tightened(tmp_path, open_umask):
    import os

    from pzh_talent.registry.db import connect

    db = tmp_path / "registry.db"
    connect(db).close()
    for side in ("", "-wal", "-shm"):  # as an older pzh-talent left them
        path = tmp_path / f"registry.db{side}"
        path.touch()
        os.chmod(path, 0o644)
    connect(db).close()
    assert {p.name: mode(p) for p in tmp_path.iterdir() if p.exists()} == {
        name: 0o600 for name in ("registry.db", "registry.db-wal", "registry.db-shm") if (tmp_path / name).exists()}
    assert mode(db) == 0o600


def test_mail_merge_and_consent_exports_are_owner_only_and_a_failed_export_keeps_the_old_file(
        registry, tmp_path, open_umask):
    from pzh_talent.outreach.campaigns import create_campaign
    from pzh_talent.outreach.consent import export_person, record_consent
    from pzh_talent.outreach.export import export_campaign

    conn, persons = registry
    for pid in persons.values():
        record_consent(conn, pid, "contact", "granted", source="test")
    campaign = create_campaign(conn, "返乡座谈会", "email").campaign_id
    for fmt in ("xlsx", "csv"):
        out = tmp_path / f"邮件合并.{fmt}"
        out.write_bytes(b"old")  # a previous, world-readable file of the same name
        rows, _ = export_campaign(conn, campaign, fmt, out)
        assert rows == 3 and mode(out) == 0o600 and out.read_bytes() != b"old"
    out = tmp_path / "本人信息.json"
    data = export_person(conn, persons["刘冶"], actor="admin", out=out)
    assert mode(out) == 0o600 and "刘冶" in out.read_text(encoding="utf-8")
    assert data["person"]["name"] == "刘冶"

    good = (tmp_path / "邮件合并.csv").read_bytes()
    with pytest.raises(ValueError):  # an unknown format writes nothing
        export_campaign(conn, campaign, "docx", tmp_path / "邮件合并.csv")
    assert (tmp_path / "邮件合并.csv").read_bytes() == good


def test_a_write_that_fails_leaves_the_previous_file_and_nothing_aside(tmp_path, open_umask):
    from pzh_talent.registry.files import write_private

    out = tmp_path / "邮件合并.csv"
    write_private(out, b"good")
    with pytest.raises(TypeError):  # fails half way, after the temporary file was opened
        write_private(out, "not bytes")
    assert out.read_bytes() == b"good" and mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["邮件合并.csv"]


def test_the_views_mask_with_the_one_python_mask_for_every_kind_of_value(tmp_path):
    """One mask (pzh_talent/masks.py) for the views and the pages: values the SQL masks of v21 let
    through (an 'email' without @ shown whole) are hidden, and a short number shows nothing."""
    from pzh_talent.masks import mask_email, mask_id, mask_phone
    from pzh_talent.registry.db import connect

    assert mask_email("zhangwei_qq.com") == "***" and mask_id("5104021") == "****"
    assert mask_phone("+868125871087") == "812***1087" and mask_phone("+447911238910") == "+44******8910"
    conn = connect(tmp_path / "r.db")
    conn.execute("INSERT INTO persons (id, name, n_records, created_at, updated_at, phone, email, id_number) "
                 "VALUES (1, '张伟', 1, 'x', 'x', '+447911238910', 'zhangwei_qq.com', '5104021')")
    row = conn.execute("SELECT 手机, 邮箱, 身份证号 FROM 人员").fetchone()
    assert tuple(row) == ("+44******8910", "***", "****")
