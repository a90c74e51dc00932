"""Issue 16, items 1, 2, 4, 5: dedupe after an erasure, review-pair numbers, consent through a merge,
unmerge in any order. Real SQLite files, the real CLI."""
import time

from tests.conftest import query, write_csv
from pzh_talent.demo import write_daily_roster, write_demo_rosters


def records_of(db_path, person):
    return {r["id"] for r in query(db_path, "SELECT id FROM source_records WHERE person_id = ?", (person,))}


def person_of_record(db_path, record):
    return query(db_path, "SELECT person_id FROM source_records WHERE id = ?", (record,))[0]["person_id"]


def person_of_name(db_path, name):
    (row,) = query(db_path, "SELECT DISTINCT person_id FROM source_records WHERE name = ?", (name,))
    return row["person_id"]


# 1. dedupe after an erasure

def _erase_a_person_with_records(run, db_path, at_least=3):
    (p,) = query(db_path, "SELECT person_id AS id FROM source_records GROUP BY person_id "
                          "HAVING count(*) >= ? ORDER BY person_id LIMIT 1", (at_least,))
    erased, their_records = p["id"], records_of(db_path, p["id"])
    result = run("consent", "erase", erased, "--yes")
    assert result.exit_code == 0, result.output
    return erased, their_records


def _check_registry_after_erasure(db_path, erased, their_records):
    # the erased person keeps exactly its records, still erased and blank
    assert records_of(db_path, erased) == their_records
    (p,) = query(db_path, "SELECT * FROM persons WHERE id = ?", (erased,))
    assert p["erased_at"] and p["name"] is None and p["n_records"] == len(their_records)
    # no erased record anywhere else, every record with a person, every live person named
    assert query(db_path, "SELECT count(*) n FROM source_records WHERE flags = '[\"erased\"]' "
                          "AND person_id IS NOT ?", (erased,))[0]["n"] == 0
    assert query(db_path, "SELECT count(*) n FROM source_records WHERE person_id IS NULL")[0]["n"] == 0
    assert query(db_path, "SELECT count(*) n FROM persons WHERE n_records > 0 AND erased_at IS NULL "
                          "AND name IS NULL")[0]["n"] == 0
    # n_records is what the persons have
    assert query(db_path, "SELECT count(*) n FROM persons p WHERE n_records != "
                          "(SELECT count(*) FROM source_records r WHERE r.person_id = p.id)")[0]["n"] == 0


def test_full_dedupe_after_an_erasure_keeps_the_erased_person_whole_and_names_everyone(tmp_path, run, db_path):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=31, n_people=300)
    assert run("ingest", *manifest.files).exit_code == 0
    assert run("dedupe").exit_code == 0
    erased, their_records = _erase_a_person_with_records(run, db_path)
    for _ in range(2):  # and again: nothing drifts
        result = run("dedupe", "--full")
        assert result.exit_code == 0, result.output
        _check_registry_after_erasure(db_path, erased, their_records)
    # an incremental run after a small roster too
    daily, _ = write_daily_roster(tmp_path / "rosters", seed=31, n_people=300, n_rows=30)
    run("ingest", daily)
    result = run("dedupe")
    assert result.exit_code == 0 and "增量" in result.output, result.output
    _check_registry_after_erasure(db_path, erased, their_records)


def test_default_dedupe_after_an_erasure_and_a_large_import(tmp_path, run, db_path):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=32, n_people=300)
    first, later = manifest.files[:3], manifest.files[3:]
    assert run("ingest", *first).exit_code == 0
    assert run("dedupe").exit_code == 0
    erased, their_records = _erase_a_person_with_records(run, db_path, at_least=2)
    assert run("ingest", *later).exit_code == 0  # more new records than the incremental share: a rebuild
    result = run("dedupe")
    assert result.exit_code == 0, result.output
    _check_registry_after_erasure(db_path, erased, their_records)


# 2. review-pair numbers

def _pairs(db_path):
    return {r["id"]: (r["record_a"], r["record_b"], r["status"]) for r in query(db_path, "SELECT * FROM review_pairs")}


def test_a_review_pair_number_is_never_given_to_another_pair(tmp_path, run, db_path):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=12, n_people=400)
    assert run("ingest", *manifest.files[:-1]).exit_code == 0
    run("dedupe")
    ever = {i: (a, b) for i, (a, b, _) in _pairs(db_path).items()}
    open_before = {i for i, (_, _, s) in _pairs(db_path).items() if s == "open"}
    # an officer decides the highest-numbered pair; the rest stay open
    top = max(open_before)
    assert run("review", "decide", top, "not-same", "--actor", "officer1").exit_code == 0
    daily, _ = write_daily_roster(tmp_path / "rosters", seed=12, n_people=400, n_rows=60)
    steps = [("ingest", manifest.files[-1]), ("dedupe",), ("ingest", daily), ("dedupe",), ("dedupe", "--full")]
    for step in steps:
        assert run(*step).exit_code == 0
        now = _pairs(db_path)
        for i, (a, b, _) in now.items():
            assert ever.setdefault(i, (a, b)) == (a, b), f"编号 {i} 先是 {ever[i]}，后来是 {(a, b)}（{step}）"
        # a pair open before and after the step keeps its number
        still = {(a, b): i for i, (a, b, s) in now.items() if s == "open"}
        assert all(still[ever[i]] == i for i in open_before if ever[i] in still)
        open_before = set(still.values())
    now = _pairs(db_path)
    assert now[top][2] == "decided"
    gone = sorted(set(ever) - set(now))
    assert gone, "some pairs left the queue on the way"
    decisions = query(db_path, "SELECT count(*) n FROM link_decisions")[0]["n"]
    refused = run("review", "decide", gone[0], "same", "--actor", "officer2")
    assert refused.exit_code != 0 and "没有编号" in refused.output
    again = run("review", "decide", top, "same", "--actor", "officer2")
    assert again.exit_code != 0 and "已有结论" in again.output
    assert query(db_path, "SELECT count(*) n FROM link_decisions")[0]["n"] == decisions
    # the Datasette form's call: the number with the records the officer looked at
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.run import decide

    conn = connect(db_path)
    some = next(i for i, (_, _, s) in now.items() if s == "open")
    a, b, _ = now[some]
    try:
        decide(conn, some, "same", actor="officer3", records=(a, b + 1))
        raise AssertionError("a number naming other records must be refused")
    except LookupError as e:
        assert "请重新打开" in str(e)
    assert decide(conn, some, "same", actor="officer3", records=(b, a)) == (a, b)


def test_the_v17_upgrade_keeps_review_numbers_and_never_hands_out_a_used_one(tmp_path, monkeypatch):
    import sqlite3

    from pzh_talent.registry import schema
    from pzh_talent.registry.db import connect

    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:16])
    monkeypatch.setattr(schema, "LATEST", 16)
    schema.migrate(old)
    old.execute("INSERT INTO sources (id, file_name, sha256, format, imported_at) VALUES (1, 'a.csv', 'x', 'csv', 't')")
    old.executemany("INSERT INTO source_records (id, source_id, row_number, raw_json) VALUES (?, 1, ?, '{}')",
                    [(i, i + 1) for i in range(1, 6)])
    old.execute("INSERT INTO review_pairs (id, record_a, record_b, weight, evidence, created_at) "
                "VALUES (3, 1, 2, 0.5, '[]', 't'), (4, 2, 3, 0.5, '[]', 't')")
    # number 9 was decided once and has since left the table
    old.execute("INSERT INTO audit_log (at, action, target) VALUES ('t', 'review', 'review_pairs/9')")
    old.close()
    monkeypatch.undo()
    conn = connect(path)
    assert [tuple(r) for r in conn.execute("SELECT id, record_a, record_b FROM review_pairs ORDER BY id")] == \
        [(3, 1, 2), (4, 2, 3)]
    conn.execute("DELETE FROM review_pairs WHERE id = 4")
    new = conn.execute("INSERT INTO review_pairs (record_a, record_b, weight, evidence, created_at) "
                       "VALUES (4, 5, 0.1, '[]', 't')").lastrowid
    assert new == 10
    # what the view and the trigger did before, they do after
    conn.execute("INSERT INTO link_decisions (record_a, record_b, decision, at) VALUES (1, 2, 'same', 't')")
    assert conn.execute("SELECT status FROM review_pairs WHERE id = 3").fetchone()[0] == "decided"
    assert conn.execute("SELECT count(*) FROM 待审核记录对").fetchone()[0] == 2


# 4. consent through merges

def _consent(db_path, person):
    return {r["purpose"]: r["status"] for r in query(
        db_path, "SELECT purpose, status FROM consent_in_force WHERE person_id = ?", (person,))}


def _shareable(db_path, person):
    from pzh_talent.registry.db import connect

    conn = connect(db_path)  # the view masks 专长 with a function every registry connection has
    try:
        return bool(conn.execute("SELECT 1 FROM 可推荐人才 WHERE 编号 = ?", (person,)).fetchall())
    finally:
        conn.close()


def _suppression(run, db_path, name, person):
    """The suppression reason a new campaign gives the person (None: contactable)."""
    result = run("campaign", "create", name, "--all", "--channel", "phone")
    assert result.exit_code == 0, result.output
    (c,) = query(db_path, "SELECT id FROM campaigns WHERE name = ?", (name,))
    return query(db_path, "SELECT suppressed FROM campaign_members WHERE campaign_id = ? AND person_id = ?",
                 (c["id"], person))[0]["suppressed"]


def _two_rosters(tmp_path, run):
    """赵一 from a sign-up form with both consent boxes; 钱二 from an alumni list with none."""
    write_csv(tmp_path / "人才码.csv", [["姓名", "手机", "工作单位"], ["赵一", "13800000001", "攀钢集团"]])
    write_csv(tmp_path / "校友.csv", [["姓名", "手机", "毕业院校"], ["钱二", "13900000002", "四川大学"]])
    assert run("ingest", tmp_path / "人才码.csv", "--consent", "contact",
               "--consent", "share_with_enterprises").exit_code == 0
    assert run("ingest", tmp_path / "校友.csv").exit_code == 0


def test_a_withdrawal_survives_a_merge_and_an_unmerge_gives_each_side_its_own(tmp_path, run, db_path):
    _two_rosters(tmp_path, run)
    assert run("dedupe").exit_code == 0
    a, b = person_of_name(db_path, "赵一"), person_of_name(db_path, "钱二")
    assert a != b
    assert _consent(db_path, a) == {"contact": "granted", "share_with_enterprises": "granted"}
    assert _suppression(run, db_path, "合并前", a) is None
    assert run("consent", "withdraw", b).exit_code == 0   # both purposes
    # the same human, found out by an officer: the withdrawal goes with them
    assert run("merge", a, b, "--actor", "officer1").exit_code == 0
    assert _consent(db_path, a) == {"contact": "withdrawn", "share_with_enterprises": "withdrawn"}
    assert not _shareable(db_path, a)
    assert query(db_path, "SELECT suppressed FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id "
                          "WHERE c.name = '合并前' AND person_id = ?", (a,))[0]["suppressed"] == "已撤回联系同意"
    assert _suppression(run, db_path, "合并后", a) == "已撤回联系同意"
    run("dedupe")  # a later run changes nothing about it
    assert _consent(db_path, a)["contact"] == "withdrawn" and not _shareable(db_path, a)
    merge_id = query(db_path, "SELECT id FROM person_merges")[0]["id"]
    assert run("unmerge", merge_id).exit_code == 0
    assert _consent(db_path, a) == {"contact": "granted", "share_with_enterprises": "granted"}
    assert _shareable(db_path, a)
    assert _consent(db_path, b) == {"contact": "withdrawn", "share_with_enterprises": "withdrawn"}
    assert not _shareable(db_path, b)
    assert _suppression(run, db_path, "撤销后", a) is None
    (reason,) = [r["suppressed"] for r in query(
        db_path, "SELECT m.suppressed FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id "
                 "WHERE c.name = '撤销后' AND m.person_id = ?", (b,))]
    assert reason == "已撤回联系同意"


def test_a_withdrawal_wins_over_a_newer_consent_box_that_a_merge_brings(tmp_path, run, db_path):
    write_csv(tmp_path / "校友.csv", [["姓名", "手机", "毕业院校"], ["钱二", "13900000002", "四川大学"]])
    run("ingest", tmp_path / "校友.csv")
    run("dedupe")
    b = person_of_name(db_path, "钱二")
    assert run("consent", "withdraw", b, "--purpose", "contact").exit_code == 0
    time.sleep(1.1)  # stamps are to the second: the form below is strictly newer than the withdrawal
    # later the human signs up under another number; the form's boxes are newer than the withdrawal
    write_csv(tmp_path / "人才码.csv", [["姓名", "手机", "工作单位"], ["赵一", "13800000001", "攀钢集团"]])
    run("ingest", tmp_path / "人才码.csv", "--consent", "contact", "--consent", "share_with_enterprises")
    run("dedupe")
    a = person_of_name(db_path, "赵一")
    assert run("merge", b, a).exit_code == 0  # into the person who withdrew
    assert _consent(db_path, b) == {"contact": "withdrawn", "share_with_enterprises": "granted"}
    assert _suppression(run, db_path, "合并后", b) == "已撤回联系同意"
    assert _shareable(db_path, b)  # only contact was withdrawn


def test_a_withdrawal_survives_a_join_made_by_a_dedupe_run(tmp_path, run, db_path):
    from tests.test_ingest_formats import make_id

    idn = make_id("510402", "19880606", "317")
    write_csv(tmp_path / "人才码.csv", [["姓名", "身份证号", "手机", "工作单位"],
                                       ["孙悦", idn, "13800000011", "攀钢集团"]])
    write_csv(tmp_path / "招聘会.csv", [["姓名", "手机", "邮箱"], ["孙悦", "13700000022", "sunyue@163.com"]])
    run("ingest", tmp_path / "人才码.csv", "--consent", "contact", "--consent", "share_with_enterprises")
    run("ingest", tmp_path / "招聘会.csv")
    run("dedupe")
    a, b = _person_of_file(db_path, "人才码.csv"), _person_of_file(db_path, "招聘会.csv")
    assert a != b  # two phones, nothing else in common: two persons for now
    assert run("consent", "withdraw", b).exit_code == 0
    # a roster with the ID of the one and the phone of the other: one human
    write_csv(tmp_path / "人社局.csv", [["姓名", "身份证号", "手机"], ["孙悦", idn, "13700000022"]])
    run("ingest", tmp_path / "人社局.csv")
    run("dedupe")
    joined = _person_of_file(db_path, "人社局.csv")
    assert _person_of_file(db_path, "人才码.csv") == _person_of_file(db_path, "招聘会.csv") == joined
    assert _consent(db_path, joined) == {"contact": "withdrawn", "share_with_enterprises": "withdrawn"}
    assert not _shareable(db_path, joined)
    assert _suppression(run, db_path, "查重后", joined) == "已撤回联系同意"


def _person_of_file(db_path, file_name):
    (row,) = query(db_path, "SELECT r.person_id FROM source_records r JOIN sources s ON s.id = r.source_id "
                            "WHERE s.file_name = ?", (file_name,))
    return row["person_id"]


# 5. unmerge in any order

def _three_persons(tmp_path, run, db_path):
    write_csv(tmp_path / "名单.csv", [["姓名", "手机", "现居城市"], ["赵一", "13800000001", "成都"],
                                     ["钱二", "13900000002", "重庆"], ["孙三", "13700000003", "昆明"]])
    write_csv(tmp_path / "校友.csv", [["姓名", "手机", "毕业院校"], ["钱二", "13900000002", "四川大学"]])
    background = write_demo_rosters(tmp_path / "rosters", seed=41, n_people=200)  # for the model to learn from
    run("ingest", *background.files, tmp_path / "名单.csv", tmp_path / "校友.csv")
    run("dedupe")
    a, b, c = (person_of_name(db_path, n) for n in ("赵一", "钱二", "孙三"))
    assert len(records_of(db_path, b)) == 2
    return a, b, c, {p: records_of(db_path, p) for p in (a, b, c)}


def _merge(run, db_path, into, frm):
    result = run("merge", into, frm)
    assert result.exit_code == 0, result.output
    return query(db_path, "SELECT max(id) id FROM person_merges")[0]["id"]


def _unmerge(run, merge_id):
    result = run("unmerge", merge_id)
    assert result.exit_code == 0, result.output


def test_unmerge_out_of_order_takes_back_exactly_the_records_of_that_merge(tmp_path, run, db_path):
    a, b, c, own = _three_persons(tmp_path, run, db_path)
    first = _merge(run, db_path, a, b)   # A←B
    second = _merge(run, db_path, c, a)  # C←A: B's records went along
    assert records_of(db_path, c) == own[a] | own[b] | own[c]
    _unmerge(run, first)  # B is not A, while A is still C
    assert records_of(db_path, b) == own[b]
    assert records_of(db_path, c) == own[a] | own[c]
    run("dedupe")  # later runs keep it so
    assert records_of(db_path, b) == own[b] and records_of(db_path, c) == own[a] | own[c]
    _unmerge(run, second)
    run("dedupe")
    assert [records_of(db_path, p) for p in (a, b, c)] == [own[a], own[b], own[c]]
    assert query(db_path, "SELECT count(*) n FROM persons p WHERE n_records != "
                          "(SELECT count(*) FROM source_records r WHERE r.person_id = p.id)")[0]["n"] == 0


def test_unmerge_in_order_and_of_an_earlier_merge_into_the_same_person(tmp_path, run, db_path):
    a, b, c, own = _three_persons(tmp_path, run, db_path)
    first = _merge(run, db_path, a, b)
    second = _merge(run, db_path, c, a)
    _unmerge(run, second)
    assert records_of(db_path, a) == own[a] | own[b] and records_of(db_path, c) == own[c]
    _unmerge(run, first)
    assert [records_of(db_path, p) for p in (a, b, c)] == [own[a], own[b], own[c]]
    # A←B then A←C: undoing the first while the second stands moves back exactly B's records
    first = _merge(run, db_path, a, b)
    _merge(run, db_path, a, c)
    _unmerge(run, first)
    assert records_of(db_path, b) == own[b] and records_of(db_path, a) == own[a] | own[c]
    run("dedupe")
    assert records_of(db_path, b) == own[b] and records_of(db_path, a) == own[a] | own[c]


def test_an_unmerge_that_would_move_nothing_is_refused_not_reported_done(tmp_path, run, db_path):
    a, b, c, own = _three_persons(tmp_path, run, db_path)
    first = _merge(run, db_path, a, b)
    # an officer moves the records on by hand in another way: B's records are no longer with A
    from pzh_talent.registry.db import connect, transaction

    conn = connect(db_path)
    with transaction(conn):
        conn.execute("UPDATE source_records SET person_id = ? WHERE person_id = ?", (c, a))
    refused = run("unmerge", first)
    assert refused.exit_code != 0 and "无法撤销" in refused.output and "未作任何更改" in refused.output
    assert query(db_path, "SELECT undone_at FROM person_merges WHERE id = ?", (first,))[0]["undone_at"] is None
