"""`pzh-talent dedupe` end to end: persons written, IDs stable across runs and new imports."""
import csv
import json

from tests.conftest import query
from pzh_talent.demo import write_demo_rosters


def person_of(db_path):
    return {(r["file_name"], r["sheet"] or "", r["row_number"]): r["person_id"] for r in query(
        db_path, "SELECT s.file_name, r.sheet, r.row_number, r.person_id FROM source_records r "
                 "JOIN sources s ON s.id = r.source_id")}


def test_dedupe_writes_persons_and_keeps_their_ids(tmp_path, run, db_path):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=8, n_people=600)
    first, later = manifest.files[:-2], manifest.files[-2:]
    assert run("ingest", *first).exit_code == 0
    result = run("dedupe")
    assert result.exit_code == 0 and "人员" in result.output
    before = person_of(db_path)
    assert all(before.values())
    n_persons = query(db_path, "SELECT count(*) n FROM persons WHERE n_records > 0")[0]["n"]
    with open(manifest.truth_path, encoding="utf-8") as f:
        truth = {(r["file_name"], r["sheet"], int(r["row_number"])): r["person_key"] for r in csv.DictReader(f)}
    true_persons = len({truth[k] for k in before})
    assert abs(n_persons - true_persons) <= 0.05 * true_persons

    # running again changes nobody's ID
    assert "新建 0" in run("dedupe").output
    assert person_of(db_path) == before

    # a new import: the earlier records keep their persons, new records join existing persons
    assert run("ingest", *later).exit_code == 0
    run("dedupe")
    after = person_of(db_path)
    changed = sum(after[k] != v for k, v in before.items())
    assert changed <= 0.01 * len(before)
    new_rows = [k for k in after if k not in before]
    joined = sum(after[k] in set(before.values()) for k in new_rows)
    assert joined > 0


def test_review_decisions_are_respected_by_every_later_run(tmp_path, run, db_path):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=12, n_people=400)
    assert run("ingest", *manifest.files).exit_code == 0
    out = run("dedupe").output
    listing = run("review", "list", "--limit", "500").output
    assert "待人工审核" in out and "权重" in listing and "姓名" in listing
    pairs = query(db_path, "SELECT id, record_a, record_b FROM review_pairs WHERE status = 'open'")
    together = [p for p in pairs if _person(db_path, p["record_a"]) == _person(db_path, p["record_b"])]
    apart = [p for p in pairs if _person(db_path, p["record_a"]) != _person(db_path, p["record_b"])]
    assert together and apart
    # officers overrule the model both ways
    t, a = together[0], apart[0]
    assert run("review", "decide", t["id"], "not-same", "--actor", "officer1").exit_code == 0
    assert run("review", "decide", a["id"], "same", "--actor", "officer1", "--note", "同一手机").exit_code == 0
    for _ in range(2):  # and every later run keeps the decisions
        run("dedupe")
        assert _person(db_path, t["record_a"]) != _person(db_path, t["record_b"])
        assert _person(db_path, a["record_a"]) == _person(db_path, a["record_b"])
    decided = query(db_path, "SELECT decision, actor FROM link_decisions ORDER BY id")
    assert decided == [{"decision": "not_same", "actor": "officer1"}, {"decision": "same", "actor": "officer1"}]
    assert run("review", "decide", 999999, "same").exit_code != 0


def _person(db_path, record_id):
    return query(db_path, "SELECT person_id FROM source_records WHERE id = ?", (record_id,))[0]["person_id"]


def test_merge_by_hand_then_unmerge_restores_both_persons(tmp_path, run, db_path):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=13, n_people=200)
    run("ingest", *manifest.files)
    run("dedupe")
    # two persons of whom at most one has a valid ID number: nothing forbids merging them
    without_id = [r["person_id"] for r in query(
        db_path, "SELECT person_id FROM source_records GROUP BY person_id "
                 "HAVING sum(ifnull(id_status, '') IN ('valid', 'converted_from_15')) = 0 ORDER BY person_id LIMIT 2")]
    a, b = without_id
    with_ids = [r["person_id"] for r in query(
        db_path, "SELECT person_id FROM source_records WHERE id_status = 'valid' GROUP BY person_id "
                 "ORDER BY person_id LIMIT 2")]
    refused = run("merge", *with_ids)
    assert refused.exit_code != 0 and "身份证号不同" in refused.output and "********" in refused.output
    records_a = {r["id"] for r in query(db_path, "SELECT id FROM source_records WHERE person_id = ?", (a,))}
    records_b = {r["id"] for r in query(db_path, "SELECT id FROM source_records WHERE person_id = ?", (b,))}
    # (two arbitrary persons: their birth years or genders may differ, so the officer confirms)
    result = run("merge", a, b, "--actor", "officer1", "--note", "同一人，换过手机", "--force")
    assert result.exit_code == 0, result.output
    merge_id = query(db_path, "SELECT id FROM person_merges")[0]["id"]
    run("dedupe")  # a later run keeps the merge
    together = {r["id"] for r in query(db_path, "SELECT id FROM source_records WHERE person_id = ?", (a,))}
    assert together == records_a | records_b
    assert run("unmerge", merge_id, "--actor", "officer2").exit_code == 0
    run("dedupe")  # and keeps the unmerge
    assert {r["id"] for r in query(db_path, "SELECT id FROM source_records WHERE person_id = ?", (a,))} == records_a
    assert {r["id"] for r in query(db_path, "SELECT id FROM source_records WHERE person_id = ?", (b,))} == records_b
    history = query(db_path, "SELECT actor, note, undone_by FROM person_merges")
    assert [(h["actor"], h["undone_by"]) for h in history] == [("officer1", "officer2")]
    assert history[0]["note"].startswith("同一人，换过手机")  # with what the officer overrode
    assert [r["action"] for r in query(db_path, "SELECT action FROM audit_log WHERE action IN ('merge', 'unmerge')")] \
        == ["merge", "unmerge"]
    assert run("unmerge", merge_id).exit_code != 0  # already undone
    assert run("merge", a, a).exit_code != 0


def test_golden_record_states_its_rule_and_source_and_keeps_every_phone(tmp_path, run, db_path):
    from tests.conftest import write_csv
    from tests.test_ingest_formats import make_id

    idn = make_id("510402", "19900501", "123")
    write_csv(tmp_path / "old.csv", [["姓名", "身份证号", "手机", "工作单位", "最高学历"],
                                     ["张伟", idn, "13800001234", "攀钢集团", "硕士研究生"]])
    write_csv(tmp_path / "new.csv", [["姓名", "身份证号", "手机", "工作单位", "最高学历"],
                                     ["張偉", idn, "13900005678", "宁德时代", "大学本科"]])
    run("ingest", tmp_path / "old.csv")
    run("ingest", tmp_path / "new.csv")
    run("dedupe")
    (p,) = query(db_path, "SELECT * FROM persons WHERE n_records > 0")
    assert (p["name"], p["employer"], p["education"], p["id_number"]) == ("张伟", "宁德时代", "硕士研究生", idn)
    assert json.loads(p["phones"]) == ["+8613900005678", "+8613800001234"]  # all kept, newest first
    from pzh_talent.registry.dedupe.golden import field_source

    newest = query(db_path, "SELECT r.id FROM source_records r JOIN sources s ON s.id = r.source_id "
                            "WHERE s.file_name = 'new.csv'")[0]["id"]
    oldest = query(db_path, "SELECT r.id FROM source_records r JOIN sources s ON s.id = r.source_id "
                            "WHERE s.file_name = 'old.csv'")[0]["id"]
    assert field_source(p["golden_sources"], "employer") == ("最新来源", newest)
    assert field_source(p["golden_sources"], "education") == ("最高", oldest)


def _persons_of_file(db_path, file_name):
    return [r["person_id"] for r in query(
        db_path, "SELECT r.person_id FROM source_records r JOIN sources s ON s.id = r.source_id "
                 "WHERE s.file_name = ? ORDER BY r.row_number", (file_name,))]


def test_homophone_pair_is_merged(tmp_path, run, db_path):
    from tests.conftest import write_csv

    manifest = write_demo_rosters(tmp_path / "rosters", seed=21, n_people=300)
    write_csv(tmp_path / "招聘会.csv", [["姓名", "出生日期", "手机", "工作单位"],
                                       ["李静", "1991-03-08", "13881234567", "攀钢集团"]])
    # typed with a pinyin input method a year later: 婧 for 静, same phone and birthday
    write_csv(tmp_path / "人才码.csv", [["姓名", "出生日期", "手机", "工作单位"],
                                       ["李婧", "1991-03-08", "138 8123 4567", "攀钢集团有限公司"]])
    run("ingest", *manifest.files, tmp_path / "招聘会.csv", tmp_path / "人才码.csv")
    run("dedupe")
    assert _persons_of_file(db_path, "招聘会.csv") == _persons_of_file(db_path, "人才码.csv")


def test_father_and_son_sharing_a_landline_stay_apart(tmp_path, run, db_path):
    from tests.conftest import write_csv

    manifest = write_demo_rosters(tmp_path / "rosters", seed=22, n_people=300)
    # one household: the same surname, landline, family email and city; two people
    write_csv(tmp_path / "东区摸底.csv", [["姓名", "性别", "出生年月", "联系电话", "邮箱", "现居城市"],
                                        ["王建国", "男", "1965.04", "0812-3345678", "wangjia@163.com", "攀枝花"],
                                        ["王浩", "男", "1992.10", "0812-3345678", "wangjia@163.com", "攀枝花"]])
    write_csv(tmp_path / "校友.csv", [["姓名", "性别", "出生年月", "联系电话", "邮箱", "现居城市"],
                                    ["王浩", "男", "1992.10", "0812-3345678", "wangjia@163.com", "攀枝花"]])
    run("ingest", *manifest.files, tmp_path / "东区摸底.csv", tmp_path / "校友.csv")
    run("dedupe")
    father, son = _persons_of_file(db_path, "东区摸底.csv")
    assert father != son
    assert _persons_of_file(db_path, "校友.csv") == [son]


def test_a_daily_roster_is_deduped_incrementally_as_a_full_rebuild_would(tmp_path, run, db_path):
    import shutil

    from pzh_talent.demo import write_daily_roster
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.evaluate import pairwise

    manifest = write_demo_rosters(tmp_path / "rosters", seed=23, n_people=1500, shape="holdout")
    run("ingest", *manifest.files)
    run("dedupe")
    before = {r["id"]: r["person_id"] for r in query(db_path, "SELECT id, person_id FROM source_records")}
    daily, _ = write_daily_roster(tmp_path / "rosters", seed=23, n_people=1500, shape="holdout", n_rows=200)
    run("ingest", daily)
    out = run("dedupe").output
    assert "增量" in out
    (last,) = query(db_path, "SELECT mode, records, records_compared FROM dedupe_runs ORDER BY id DESC LIMIT 1")
    assert last["mode"] == "incremental" and last["records_compared"] < last["records"] / 2
    incremental = {r["id"]: r["person_id"] for r in query(db_path, "SELECT id, person_id FROM source_records")}
    # existing persons keep their IDs; new rows mostly join persons the registry had
    assert sum(incremental[r] != p for r, p in before.items()) <= 0.002 * len(before)
    new_rows = [r for r in incremental if r not in before]
    assert sum(incremental[r] in set(before.values()) for r in new_rows) >= 0.6 * len(new_rows)

    shutil.copyfile(db_path, tmp_path / "full.db")
    full_conn = connect(tmp_path / "full.db")
    from pzh_talent.registry.dedupe.run import dedupe
    assert dedupe(full_conn, full=True).mode == "full"
    rebuilt = dict(full_conn.execute("SELECT id, person_id FROM source_records"))
    agreement = pairwise(incremental, rebuilt)  # the full rebuild's persons taken as the truth
    assert agreement.f1 >= 0.995, agreement


def test_dedupe_and_merges_from_python_keep_chinese_search_right(tmp_path):
    """The business functions keep the search index right themselves, not only the CLI."""
    from pzh_talent.ingest.load import load_file
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.merges import merge, unmerge
    from pzh_talent.registry.dedupe.run import dedupe
    from pzh_talent.registry.search import fts_query
    from tests.conftest import write_csv

    write_csv(tmp_path / "a.csv", [["姓名", "手机", "研究方向"], ["欧阳子墨", "13912345678", "钒钛新材料"],
                                   ["司马相如", "13800001111", "辞赋"]])
    conn = connect(tmp_path / "r.db")
    load_file(conn, tmp_path / "a.csv")
    dedupe(conn)

    def found(word):
        return {r[0] for r in conn.execute("SELECT rowid FROM person_search WHERE person_search MATCH ?",
                                           (fts_query(word),))}
    ouyang, sima = (conn.execute("SELECT id FROM persons WHERE name = ?", (n,)).fetchone()[0] for n in ("欧阳子墨", "司马相如"))
    assert found("钒钛") == {ouyang} and found("辞赋") == {sima}
    merge_id = merge(conn, ouyang, sima, actor="t", note="测试", force=True)
    assert sima not in found("辞赋") and found("钒钛") == {ouyang}  # a person with no records leaves the index
    unmerge(conn, merge_id, actor="t")
    assert found("辞赋") == {sima} and found("钒钛") == {ouyang}


def test_a_daily_run_with_new_persons_reindexes_only_what_changed(tmp_path):
    """New persons are no reason to rebuild the whole search index (at a million persons that is
    most of a daily run); a cut-short index still is."""
    from pzh_talent.ingest.load import load_file
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.run import dedupe
    from pzh_talent.registry.search import fts_query, refresh
    from tests.conftest import write_csv

    write_csv(tmp_path / "a.csv", [["姓名", "手机", "研究方向"], ["欧阳子墨", "13912345678", "钒钛新材料"],
                                   ["司马相如", "13800001111", "辞赋"], ["诸葛亮", "13700002222", "水利"]])
    write_csv(tmp_path / "b.csv", [["姓名", "手机", "研究方向"], ["上官婉儿", "13600003333", "冶金"]])
    conn = connect(tmp_path / "r.db")
    load_file(conn, tmp_path / "a.csv")
    dedupe(conn)
    load_file(conn, tmp_path / "b.csv")
    dedupe(conn)

    def last_refresh():
        return json.loads(conn.execute("SELECT details FROM audit_log WHERE action = 'search_index' "
                                       "ORDER BY id DESC LIMIT 1").fetchone()[0])

    assert last_refresh()["scope"] == "changed"
    shangguan = conn.execute("SELECT id FROM persons WHERE name = '上官婉儿'").fetchone()[0]
    assert [r[0] for r in conn.execute("SELECT rowid FROM person_search WHERE person_search MATCH ?",
                                       (fts_query("冶金"),))] == [shangguan]
    # a rebuild cut short left a person who has not changed out of the index: all are indexed again
    conn.execute("UPDATE persons SET updated_at = '2026-01-05T08:00:00+08:00' WHERE name = '诸葛亮'")
    conn.execute("DELETE FROM person_search WHERE rowid = (SELECT id FROM persons WHERE name = '诸葛亮')")
    conn.commit()
    assert refresh(conn) == 4 and last_refresh()["scope"] == "all"
