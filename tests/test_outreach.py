"""Outreach end to end through the CLI: consent, campaigns, suppression, mail-merge files, statuses."""
import csv
import json

import openpyxl
import pytest

from tests.conftest import query, write_csv
from tests.test_ingest_formats import make_id

ID_ZHANG = make_id("510402", "19900501", "123")
HEADER = ["姓名", "性别", "身份证号", "手机", "邮箱", "工作单位", "职称", "最高学历", "现居城市", "通讯地址"]
ROWS = [
    ["张伟", "男", ID_ZHANG, "13800001234", "zhangwei@163.com", "攀钢集团", "高级工程师", "硕士研究生", "成都", "成都市武侯区一环路1号"],
    ["李娜", "女", "", "13900002345", "lina@qq.com", "四川大学", "", "博士研究生", "成都", ""],
    ["王建国", "男", "", "13700003456", "wjg@scu.edu.cn", "四川大学", "教授", "博士研究生", "成都", ""],
    ["=HYPERLINK(\"http://x\",\"点我\")", "男", "", "13600004567", "evil@example.com", "@SUM(1)", "", "", "北京", ""],
    ["赵敏", "女", "", "13500005678", "", "宁德时代", "", "大学本科", "宁德", ""],  # no email
]


@pytest.fixture
def registry(tmp_path, run, db_path):
    write_csv(tmp_path / "人才码.csv", [HEADER] + ROWS)
    write_csv(tmp_path / "招聘会.csv", [["姓名", "手机", "邮箱"], ["孙丽", "13400006789", "sunli@163.com"]])
    assert run("ingest", tmp_path / "人才码.csv", "--consent", "contact").exit_code == 0
    assert run("ingest", tmp_path / "招聘会.csv").exit_code == 0  # no consent box on this form
    assert run("dedupe").exit_code == 0
    persons = {r["name"]: r["id"] for r in query(db_path, "SELECT id, name FROM persons")}
    return tmp_path, persons


def members(db_path, campaign_id):
    return {r["name"]: r for r in query(
        db_path, "SELECT p.name, m.* FROM campaign_members m JOIN persons p ON p.id = m.person_id "
                 "WHERE m.campaign_id = ?", (campaign_id,))}


def test_a_campaign_suppresses_with_reasons_and_exports_text_cells_without_ids(registry, run, db_path):
    tmp, persons = registry
    out = run("campaign", "create", "春节返乡座谈会", "--all", "--channel", "email", "--actor", "wang")
    assert out.exit_code == 0, out.output
    campaign_id = int(out.output.splitlines()[0])
    m = members(db_path, campaign_id)
    assert m["孙丽"]["suppressed"] == "无联系同意"
    assert m["赵敏"]["suppressed"] == "无可用的电子邮件联系方式"
    assert m["张伟"]["suppressed"] is None and m["张伟"]["salutation"] == "尊敬的张伟先生"
    assert m["李娜"]["salutation"] == "尊敬的李娜博士" and m["王建国"]["salutation"] == "尊敬的王建国教授"

    assert run("campaign", "export", campaign_id, "--format", "xlsx", "--out", tmp / "m.xlsx").exit_code == 0
    ws = openpyxl.load_workbook(tmp / "m.xlsx").active
    cells = [c for row in ws.iter_rows() for c in row]
    assert all(c.data_type == "s" for c in cells if c.value not in (None, ""))  # text, no formulas
    values = [str(c.value) for c in cells if c.value]
    assert not any(ID_ZHANG in v or ID_ZHANG[:14] in v for v in values)
    header = [c.value for c in ws[1]]
    assert header[:9] == ["成员编号", "称呼", "姓名", "单位", "职务", "城市", "通讯地址", "邮箱", "手机"]
    names = [r[2].value for r in ws.iter_rows(min_row=2)]
    assert "孙丽" not in names and "赵敏" not in names and "张伟" in names
    assert "13800001234" in values  # full contact details for the mail merge

    assert run("campaign", "export", campaign_id, "--format", "csv", "--out", tmp / "m.csv").exit_code == 0
    raw = (tmp / "m.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert all(line.startswith('"') for line in raw.decode("utf-8-sig").splitlines())  # every field quoted
    evil = next(r for r in rows if "evil@example.com" in r)
    assert evil[2].startswith("'=HYPERLINK") and evil[3] == "'@SUM(1)"
    assert ID_ZHANG not in raw.decode("utf-8-sig")
    logged = query(db_path, "SELECT format, rows, actor FROM exports ORDER BY id")
    assert [(r["format"], r["rows"]) for r in logged] == [("xlsx", 4), ("csv", 4)]  # 6 chosen, 2 suppressed


def test_withdrawal_stops_the_next_export_at_once(registry, run, db_path):
    tmp, persons = registry
    campaign_id = int(run("campaign", "create", "招聘会邀请", "--all").output.splitlines()[0])
    assert run("consent", "withdraw", persons["张伟"], "--purpose", "contact").exit_code == 0
    run("campaign", "export", campaign_id, "--format", "csv", "--out", tmp / "after.csv")
    assert "张伟" not in (tmp / "after.csv").read_text(encoding="utf-8-sig")
    assert members(db_path, campaign_id)["张伟"]["suppressed"] == "已撤回联系同意"
    # and a new campaign knows it too
    later = int(run("campaign", "create", "青鹏人才申报", "--all", "--cap-days", "0").output.splitlines()[0])
    assert members(db_path, later)["张伟"]["suppressed"] == "已撤回联系同意"


def test_erase_then_reimport_flags_the_rows_instead_of_bringing_the_person_back(registry, run, db_path):
    tmp, persons = registry
    assert run("consent", "export", persons["张伟"], "--out", tmp / "zw.json").exit_code == 0
    assert json.loads((tmp / "zw.json").read_text())["person"]["name"] == "张伟"
    assert run("consent", "erase", persons["张伟"], "--yes", "--actor", "admin").exit_code == 0
    left = query(db_path, "SELECT name, phone, id_number, raw_json, row_number FROM source_records WHERE person_id = ?",
                 (persons["张伟"],))
    assert left and all(r["name"] is None and r["phone"] is None and r["raw_json"] == "{}" for r in left)
    assert left[0]["row_number"] == 2  # provenance stays
    # the same person arrives again in a new roster, written a little differently
    write_csv(tmp / "新名单.csv", [["姓名", "手机号码", "单位"], ["张 伟", "138-0000-1234", "攀钢"], ["周杰", "13300007890", ""]])
    out = run("ingest", tmp / "新名单.csv")
    assert "拒收 1" in out.output
    rejected = query(db_path, "SELECT reason, raw_json FROM rejected_rows WHERE reason LIKE '%删除个人信息%'")
    assert len(rejected) == 1 and rejected[0]["raw_json"] is None
    assert not query(db_path, "SELECT 1 FROM source_records WHERE phone = '+8613800001234'")


def test_statuses_come_back_from_the_filled_in_workbook(registry, run, db_path):
    tmp, persons = registry
    campaign_id = int(run("campaign", "create", "返乡座谈", "--where", "现居城市 = '成都市'").output.splitlines()[0])
    assert set(members(db_path, campaign_id)) == {"张伟", "李娜", "王建国"}
    run("campaign", "export", campaign_id, "--format", "xlsx", "--out", tmp / "m.xlsx")
    wb = openpyxl.load_workbook(tmp / "m.xlsx")
    ws = wb.active
    status_col = [c.value for c in ws[1]].index("状态") + 1
    ws.cell(row=2, column=status_col).value = "有意向"
    ws.cell(row=3, column=status_col).value = "已回攀"
    ws.cell(row=4, column=status_col).value = "很想来"       # not a status
    ws.cell(row=4, column=1).value = ws.cell(row=4, column=1).value
    ws.append(["C999-nothere", "", "", "", "", "", "", "", "", "", "", "已联系"])
    wb.save(tmp / "filled.xlsx")
    out = run("campaign", "import-status", tmp / "filled.xlsx", "--actor", "wang")
    assert out.exit_code == 1  # bad rows are reported…
    assert "第 4 行" in out.output and "第 5 行" in out.output and "更新 2 人" in out.output
    funnel = dict(line.split("\t") for line in run("campaign", "funnel", campaign_id).output.splitlines())
    assert funnel["有意向"] == "1" and funnel["已回攀"] == "1" and funnel["待联系"] == "1"
    history = query(db_path, "SELECT status, actor FROM member_status_history ORDER BY id")
    assert {(h["status"], h["actor"]) for h in history} == {("有意向", "wang"), ("已回攀", "wang")}
    # …and the good ones are kept; importing the same file again changes nothing
    assert "更新 0 人" in run("campaign", "import-status", tmp / "filled.xlsx").output


def test_a_condition_can_only_read(registry, run):
    out = run("campaign", "create", "坏条件", "--where", "1 = 1); DELETE FROM persons; --")
    assert out.exit_code != 0 and "筛选条件有误" in out.output


def test_a_saved_segment_chooses_a_campaign_and_a_broken_one_is_refused_when_saved(registry, run, db_path):
    out = run("segment", "save", "成都的博士", "--where", "现居城市 = '成都市' AND 学历 = '博士研究生'")
    assert out.exit_code == 0 and "目前 2 人" in out.output
    assert run("segment", "save", "坏", "--where", "没有这列 = 1").exit_code != 0
    campaign_id = int(run("campaign", "create", "博士座谈", "--segment", "成都的博士").output.splitlines()[0])
    assert set(members(db_path, campaign_id)) == {"李娜", "王建国"}
    assert "成都的博士" in query(db_path, "SELECT segment FROM campaigns WHERE id = ?", (campaign_id,))[0]["segment"]
    out = run("campaign", "create", "x", "--segment", "没有")
    assert out.exit_code != 0 and "成都的博士" in out.output  # the message lists the saved ones
    assert run("campaign", "create", "x", "--all", "--segment", "成都的博士").exit_code != 0


def test_only_an_overlapping_active_campaign_holds_its_members_back(registry, run, db_path):
    # dates to come: a campaign whose end date has passed holds no one back (tests/test_officers_day.py)
    spring = int(run("campaign", "create", "春节座谈", "--all", "--starts", "2036-01-20", "--ends", "2036-02-20",
                     "--cap-days", "0").output.splitlines()[0])
    autumn = int(run("campaign", "create", "秋季招聘会", "--all", "--starts", "2036-09-01", "--ends", "2036-09-30",
                     "--cap-days", "0").output.splitlines()[0])
    february = int(run("campaign", "create", "二月回访", "--all", "--starts", "2036-02-10", "--ends", "2036-02-28",
                       "--cap-days", "0").output.splitlines()[0])
    assert members(db_path, spring)["张伟"]["suppressed"] is None
    assert members(db_path, autumn)["张伟"]["suppressed"] is None            # months apart
    assert members(db_path, february)["张伟"]["suppressed"] == "已在另一进行中的活动中"


def test_a_deceased_person_is_not_contacted(registry, run, db_path):
    tmp, persons = registry
    campaign_id = int(run("campaign", "create", "回访", "--all").output.splitlines()[0])
    assert run("person", "deceased", persons["李娜"], "--note", "家属告知").exit_code == 0
    assert members(db_path, campaign_id)["李娜"]["suppressed"] == "已故"
    later = int(run("campaign", "create", "新年问候", "--all", "--cap-days", "0", "--starts", "2030-01-01",
                    "--ends", "2030-01-31").output.splitlines()[0])
    assert members(db_path, later)["李娜"]["suppressed"] == "已故"
    assert run("person", "deceased", 999999).exit_code != 0


def test_returns_roll_up_to_the_policy_targets_by_programme(registry, run, db_path):
    import sqlite3
    a = int(run("campaign", "create", "青鹏人才申报", "--all", "--programme", "青鹏人才", "--target", "引进人才",
                "--cap-days", "0").output.splitlines()[0])
    b = int(run("campaign", "create", "名医评选", "--all", "--programme", "攀枝花名医", "--target", "激励人才",
                "--cap-days", "0", "--starts", "2031-01-01", "--ends", "2031-01-02").output.splitlines()[0])
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE campaign_members SET status = '已回攀' WHERE campaign_id = ? AND suppressed IS NULL", (a,))
        conn.execute("UPDATE campaign_members SET status = '已签约' WHERE campaign_id = ? AND person_id = "
                     "(SELECT min(person_id) FROM campaign_members WHERE campaign_id = ?)", (b, b))
    lines = dict(line.split("\t", 1) for line in run("campaign", "targets").output.splitlines())
    contactable = len([m for m in members(db_path, a).values() if m["suppressed"] is None])
    assert lines["引进人才"] == f"{contactable}/10000\t青鹏人才 {contactable}"
    assert lines["激励人才"] == "1/1000\t攀枝花名医 1"
    assert lines["培养人才"] == "0/8000"
    assert run("campaign", "create", "x", "--all", "--target", "随便").exit_code != 0


def test_the_mail_merge_workbook_keeps_awkward_text_exactly(tmp_path):
    # what Excel, WPS and openpyxl read back must be what was written: markup characters, line
    # breaks, long digit strings, a formula-looking name; a control character pasted from a web
    # form cannot live in a worksheet and is dropped
    import zipfile
    from pzh_talent.outreach.export import write_text_xlsx
    rows = [["编号", "内容"], ["1", "<b>A&B</b> \"引号\" 'x'"], ["2", "换行\r\n制表\t响铃\x07"],
            ["3", "13800001234"], ["4", "0012"], ["5", "=1+1"], ["6", None], ["7", "  前后空格  "], ["8", "_x0041_"]]
    write_text_xlsx(tmp_path / "t.xlsx", "表<一>", rows, [8, 30])
    wb = openpyxl.load_workbook(tmp_path / "t.xlsx")
    ws = wb.active
    assert ws.title == "表<一>" and ws.freeze_panes == "A2"
    got = [[c.value for c in row] for row in ws.iter_rows()]
    expected = [list(row) for row in rows]
    expected[2][1] = "换行\r\n制表\t响铃"
    assert got[:-1] == expected[:-1]
    assert all(c.data_type == "s" and c.number_format == "@" for row in ws.iter_rows() for c in row if c.value)
    assert ws.column_dimensions["B"].width == 30
    # Excel reads _xHHHH_ in cell text as an escaped character, so a literal one has its "_" escaped
    # (ECMA-376 ST_Xstring); openpyxl does not unescape inline text, so look at the XML itself
    sheet = zipfile.ZipFile(tmp_path / "t.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert "<t xml:space=\"preserve\">_x005F_x0041_</t>" in sheet
