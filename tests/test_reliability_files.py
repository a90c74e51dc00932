"""Files that come back (issue 16 items 14 and 16): a roster re-sent under other bytes is recognised by
its rows and changes nothing; a status file that is not an export is refused and says why."""
import csv
import sqlite3

import openpyxl
import pytest

from tests.conftest import query, write_csv, write_xlsx

HEADER = ["姓名", "性别", "手机", "邮箱", "工作单位", "现居城市"]
ROWS = [
    ["张伟", "男", "13800001234", "zhangwei@163.com", "攀钢集团", "成都"],
    ["李娜", "女", "13900002345", "lina@qq.com", "四川大学", "成都"],
    ["王建国", "男", "13700003456", "wjg@scu.edu.cn", "四川大学", "成都"],
    ["赵敏", "女", "13500005678", "zhaomin@126.com", "宁德时代", "宁德"],
]


def counts(db_path) -> dict:
    """What an import or a dedupe can change."""
    tables = ("sources", "source_records", "skipped_rows", "persons", "review_pairs", "audit_log")
    return {t: query(db_path, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in tables}


def assert_recognised(out, original: str):
    assert out.exit_code == 0, out.output
    assert original in out.output and "未作任何更改" in out.output, out.output


# --- item 14: the same roster, other bytes ---------------------------------------------------------

def test_a_workbook_resaved_by_openpyxl_is_recognised_by_its_rows(tmp_path, run, db_path):
    write_xlsx(tmp_path / "三中校友.xlsx", {"2005届": [["攀枝花三中2005届校友"], HEADER, *ROWS[:2]],
                                          "2008届": [HEADER, *ROWS[2:]]})
    assert run("ingest", tmp_path / "三中校友.xlsx").exit_code == 0
    assert run("dedupe").exit_code == 0
    before = counts(db_path)
    wb = openpyxl.load_workbook(tmp_path / "三中校友.xlsx")
    wb.properties.lastModifiedBy = "人才办"  # as Excel stamps a save (within one second the bytes could match)
    wb.save(tmp_path / "三中校友（另存）.xlsx")
    assert (tmp_path / "三中校友（另存）.xlsx").read_bytes() != (tmp_path / "三中校友.xlsx").read_bytes()
    assert_recognised(run("ingest", tmp_path / "三中校友（另存）.xlsx"), "三中校友.xlsx")
    assert counts(db_path) == before  # no source, no record, no skipped row, no audit row
    assert run("dedupe").exit_code == 0
    after = counts(db_path)
    assert (after["persons"], after["review_pairs"]) == (before["persons"], before["review_pairs"])


def _trailing_newline(src, dst):
    dst.write_bytes(src.read_bytes() + b"\r\n")


def _gbk_to_utf8_with_bom(src, dst):
    dst.write_bytes(src.read_bytes().decode("gbk").encode("utf-8-sig"))


def _crlf_to_lf(src, dst):
    dst.write_bytes(src.read_bytes().replace(b"\r\n", b"\n"))


def _sorted_by_name(src, dst):
    with open(src, encoding="gbk", newline="") as f:
        header, *rows = list(csv.reader(f))
    write_csv(dst, [header, *sorted(rows, reverse=True)], encoding="gbk")


@pytest.mark.parametrize("resave", [_trailing_newline, _gbk_to_utf8_with_bom, _crlf_to_lf, _sorted_by_name])
def test_a_csv_resent_with_other_bytes_changes_nothing(tmp_path, run, db_path, resave):
    write_csv(tmp_path / "招聘会签到.csv", [HEADER, *ROWS], encoding="gbk")
    assert run("ingest", tmp_path / "招聘会签到.csv").exit_code == 0
    before = counts(db_path)
    resave(tmp_path / "招聘会签到.csv", tmp_path / "签到表.csv")
    out = run("ingest", tmp_path / "签到表.csv", "--json")
    assert out.exit_code == 0 and '"same_content": true' in out.output and '"招聘会签到.csv"' in out.output
    assert counts(db_path) == before


def test_a_renamed_sheet_is_the_same_roster(tmp_path, run, db_path):
    write_xlsx(tmp_path / "海外联谊会.xlsx", {"Sheet1": [HEADER, *ROWS]})
    assert run("ingest", tmp_path / "海外联谊会.xlsx").exit_code == 0
    before = counts(db_path)
    wb = openpyxl.load_workbook(tmp_path / "海外联谊会.xlsx")
    wb.active.title = "会员名单"
    wb.save(tmp_path / "海外联谊会.xlsx")  # saved over the original: same name, other bytes
    assert_recognised(run("ingest", tmp_path / "海外联谊会.xlsx"), "海外联谊会.xlsx")
    assert counts(db_path) == before


def test_a_file_sharing_only_some_rows_or_with_one_cell_changed_is_imported(tmp_path, run, db_path):
    write_csv(tmp_path / "名单.csv", [HEADER, *ROWS])
    assert run("ingest", tmp_path / "名单.csv").exit_code == 0
    write_csv(tmp_path / "名单_新增.csv", [HEADER, *ROWS, ["周杰", "男", "13300007890", "", "攀枝花学院", "攀枝花"]])
    changed = [row[:] for row in ROWS]
    changed[1][4] = "电子科技大学"  # 李娜 changed employer
    write_csv(tmp_path / "名单_更正.csv", [HEADER, *changed])
    write_csv(tmp_path / "名单_部分.csv", [HEADER, *ROWS[:3]])
    for name, stored in (("名单_新增.csv", 5), ("名单_更正.csv", 4), ("名单_部分.csv", 3)):
        out = run("ingest", tmp_path / name)
        assert out.exit_code == 0 and f"入库 {stored}" in out.output, out.output
    assert counts(db_path)["sources"] == 4


def test_a_source_imported_before_fingerprints_were_kept_is_recognised(tmp_path, run, db_path):
    write_csv(tmp_path / "人才码.csv", [HEADER, *ROWS])
    assert run("ingest", tmp_path / "人才码.csv").exit_code == 0
    conn = sqlite3.connect(db_path)
    with conn:  # as an older pzh-talent left it: no fingerprint beside the source
        conn.execute("UPDATE sources SET column_map = NULL")
    conn.close()
    before = counts(db_path)
    _trailing_newline(tmp_path / "人才码.csv", tmp_path / "人才码2.csv")
    assert_recognised(run("ingest", tmp_path / "人才码2.csv"), "人才码.csv")
    assert counts(db_path) == before


def test_a_roster_resent_after_an_erasure_does_not_bring_anyone_back(tmp_path, run, db_path):
    write_csv(tmp_path / "校友.csv", [HEADER, *ROWS])
    assert run("ingest", tmp_path / "校友.csv").exit_code == 0
    assert run("dedupe").exit_code == 0
    zhang = query(db_path, "SELECT id FROM persons WHERE name = '张伟'")[0]["id"]
    assert run("consent", "erase", zhang, "--actor", "wang", "--yes").exit_code == 0
    before = counts(db_path)
    _trailing_newline(tmp_path / "校友.csv", tmp_path / "校友（再次报送）.csv")
    assert_recognised(run("ingest", tmp_path / "校友（再次报送）.csv"), "校友.csv")
    assert counts(db_path) == before


def test_inside_a_callers_transaction_a_resent_roster_leaves_nothing_behind(tmp_path, db_path):
    from pzh_talent.ingest.load import load_file
    from pzh_talent.registry.db import connect, transaction

    write_csv(tmp_path / "a.csv", [HEADER, *ROWS])
    _crlf_to_lf(tmp_path / "a.csv", tmp_path / "b.csv")
    conn = connect(db_path)
    load_file(conn, tmp_path / "a.csv")
    with transaction(conn):
        s = load_file(conn, tmp_path / "b.csv")
    assert s.same_content and s.already_imported_as == "a.csv"
    assert counts(db_path)["sources"] == 1 and counts(db_path)["source_records"] == 4


# --- item 16: status files that are not an export ---------------------------------------------------

@pytest.fixture
def campaign(tmp_path, run, db_path):
    """A campaign of four consented persons, exported as CSV: (campaign id, header, rows)."""
    write_csv(tmp_path / "人才码.csv", [HEADER, *ROWS])
    assert run("ingest", tmp_path / "人才码.csv", "--consent", "contact").exit_code == 0
    assert run("dedupe").exit_code == 0
    out = run("campaign", "create", "返乡座谈", "--all", "--channel", "email")
    assert out.exit_code == 0, out.output
    campaign_id = int(out.output.splitlines()[0])
    assert run("campaign", "export", campaign_id, "--format", "csv", "--out", tmp_path / "m.csv").exit_code == 0
    with open(tmp_path / "m.csv", encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert len(rows) == 4
    return campaign_id, header, rows


def statuses(db_path) -> dict:
    return {r["member_key"]: r["status"] for r in query(db_path, "SELECT member_key, status FROM campaign_members")}


def filled(header, rows, *statuses_in_order):
    i = header.index("状态")
    out = [row[:] for row in rows]
    for row, status in zip(out, statuses_in_order):
        row[i] = status
    return out


def refused(out, *words):
    """Refused with a message, exit code not 0, no traceback (the run fixture re-raises any)."""
    assert out.exit_code != 0, out.output
    assert all(w in out.output for w in words), out.output
    assert "Traceback" not in out.output and "更新 0 人" not in out.output


def test_a_binary_or_empty_file_or_a_fake_workbook_is_refused_saying_why(tmp_path, run, db_path, campaign):
    before = statuses(db_path)
    (tmp_path / "乱码.csv").write_bytes(bytes(range(256)) * 8)
    refused(run("campaign", "import-status", tmp_path / "乱码.csv"), "乱码.csv", "不是文本")
    (tmp_path / "假的.xlsx").write_text("成员编号,状态\n", encoding="utf-8")
    refused(run("campaign", "import-status", tmp_path / "假的.xlsx"), "假的.xlsx", "不是 Excel 工作簿")
    (tmp_path / "坏的.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    refused(run("campaign", "import-status", tmp_path / "坏的.xlsx"), "坏的.xlsx", "无法作为 Excel 工作簿打开")
    (tmp_path / "旧版.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    refused(run("campaign", "import-status", tmp_path / "旧版.xls"), "旧版.xls", ".xls")
    (tmp_path / "空.csv").write_bytes(b"")
    refused(run("campaign", "import-status", tmp_path / "空.csv"), "空.csv", "文件是空的")
    _, header, _ = campaign
    write_csv(tmp_path / "只有表头.csv", [header])
    refused(run("campaign", "import-status", tmp_path / "只有表头.csv"), "只有表头.csv", "没有任何成员行")
    write_xlsx(tmp_path / "空表.xlsx", {"Sheet1": []})
    refused(run("campaign", "import-status", tmp_path / "空表.xlsx"), "空表.xlsx", "成员编号", "状态")
    assert statuses(db_path) == before


def test_the_export_is_found_on_whichever_sheet_holds_it(tmp_path, run, db_path, campaign):
    _, header, rows = campaign
    write_xlsx(tmp_path / "回访.xlsx", {
        "说明": [["填表说明：只改“状态”列"], [], ["联系人：王老师"]],
        "汇总": [],
        "邮件合并": [["返乡座谈 回访结果"], header, *filled(header, rows, "有意向", "已回攀")],
    })
    out = run("campaign", "import-status", tmp_path / "回访.xlsx", "--actor", "wang")
    assert out.exit_code == 0 and "更新 2 人" in out.output, out.output
    assert sorted(statuses(db_path).values()) == ["已回攀", "待联系", "待联系", "有意向"]


def test_conflicting_rows_for_one_member_are_refused_naming_both(tmp_path, run, db_path, campaign):
    _, header, rows = campaign
    body = filled(header, rows, "有意向", "已联系", "已联系")
    conflict = body[0][:]
    conflict[header.index("状态")] = "不感兴趣"
    body.append(conflict)        # row 6: says the opposite of row 2
    body.append(body[1][:])      # row 7: row 3 repeated as it was, harmless
    write_csv(tmp_path / "回访.csv", [header, *body])
    out = run("campaign", "import-status", tmp_path / "回访.csv")
    assert out.exit_code == 1
    assert "第 2 行：" in out.output and "第 6 行：" in out.output and "第 7 行：" not in out.output
    assert "与第 6 行" in out.output and "与第 2 行" in out.output
    assert "更新 2 人" in out.output  # rows 3 and 4; neither conflicting row
    after = statuses(db_path)
    assert after[rows[0][0]] == "待联系" and after[rows[1][0]] == "已联系" and after[rows[2][0]] == "已联系"


def test_a_status_import_that_fails_part_way_applies_nothing(tmp_path, db_path, campaign):
    from pzh_talent.outreach.export import import_statuses
    from pzh_talent.registry.db import connect

    _, header, rows = campaign
    write_csv(tmp_path / "回访.csv", [header, *filled(header, rows, "已联系", "已联系", "已联系", "已联系")])
    before = statuses(db_path)
    conn = connect(db_path)
    # a real fault in the middle of the writes: the third member's update is refused by SQLite
    conn.execute("CREATE TEMP TRIGGER fail_third BEFORE UPDATE ON campaign_members "
                 f"WHEN NEW.member_key = '{rows[2][0]}' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    with pytest.raises(sqlite3.DatabaseError):
        import_statuses(conn, tmp_path / "回访.csv")
    assert statuses(db_path) == before and not conn.in_transaction


def test_the_funnel_of_a_missing_campaign_is_a_lookup_error(db_path, campaign):
    from pzh_talent.outreach.campaigns import funnel
    from pzh_talent.registry.db import connect

    campaign_id, _, _ = campaign
    conn = connect(db_path)
    assert funnel(conn, campaign_id)["待联系"] == 4
    with pytest.raises(LookupError, match=f"没有编号为 {campaign_id + 100} 的外联活动"):
        funnel(conn, campaign_id + 100)
