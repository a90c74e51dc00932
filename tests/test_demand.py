"""Enterprise demand intake: USCC validation, the JSON contract, the Excel template round trip."""
import json

import openpyxl

from matching.demand import uscc_check_char, valid_uscc
from tests.conftest import query

USCC = "91350100M000100Y43"  # a published example of a valid code


def test_uscc_is_checked_per_gb_32100():
    assert valid_uscc(USCC) and valid_uscc(USCC.lower())
    assert not valid_uscc(USCC[:-1] + "4")             # wrong check character
    assert not valid_uscc("91350100M000100I4" + "3")   # I is not in the alphabet
    assert not valid_uscc(USCC[:17])                    # too short
    body = "91510400MA62X1234"
    assert valid_uscc(body + uscc_check_char(body))


def test_json_demands_import_and_a_ref_updates_its_demand(tmp_path, run, db_path):
    demands = [{"ref": "PG-2025-01", "enterprise": "攀钢集团研究院", "uscc": USCC, "position": "钒钛冶金工程师",
                "industry": "钒钛", "keywords": ["冶金工程", "钒钛", "材料"], "min_education": "硕士",
                "education_required": True, "min_title_level": "中级", "location": "攀枝花", "headcount": 3,
                "remote_ok": False, "deadline": "2025-12-31"},
               {"ref": "KY-7", "enterprise": "攀枝花康养集团", "position": "康复治疗师", "keywords": "康复、养老，护理"}]
    (tmp_path / "d.json").write_text(json.dumps(demands, ensure_ascii=False), encoding="utf-8")
    out = run("demand", "import", tmp_path / "d.json")
    assert out.exit_code == 0 and "新增 2" in out.output
    rows = query(db_path, "SELECT * FROM 企业需求 ORDER BY 编号")
    assert rows[0]["岗位"] == "钒钛冶金工程师" and rows[0]["最低学历"] == "硕士" and rows[0]["学历硬性要求"] == "是"
    assert json.loads(rows[1]["关键词"]) == ["康复", "养老", "护理"]
    # the same ref again, changed: updated, not added
    demands[0]["headcount"] = 5
    (tmp_path / "d.json").write_text(json.dumps(demands, ensure_ascii=False), encoding="utf-8")
    out = run("demand", "import", tmp_path / "d.json")
    assert "新增 0，更新 1，未变 1" in out.output
    assert query(db_path, "SELECT count(*) n, max(headcount) h FROM demands")[0] == {"n": 2, "h": 5}


def test_bad_demands_are_reported_by_line_and_field_and_nothing_is_imported(tmp_path, run, db_path):
    lines = [{"ref": "A1", "enterprise": "某企业", "position": "工程师"},
             {"ref": "A2", "enterprise": "某企业", "uscc": "915104002043513579", "position": "会计"},
             {"ref": "A3", "enterprise": "某企业"},
             {"ref": "A4", "enterprise": "某企业", "position": "医生", "min_education": "研究生", "headcount": "几个"}]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    out = run("demand", "import", tmp_path / "d.jsonl")
    assert out.exit_code == 1
    assert "第 2 行，字段“uscc”" in out.output and "第 3 行，字段“position”：必填" in out.output
    assert "第 4 行，字段“min_education”" in out.output and "第 4 行，字段“headcount”" in out.output
    assert query(db_path, "SELECT count(*) n FROM demands")[0]["n"] == 0


def test_the_excel_template_has_drop_downs_and_comes_back_in(tmp_path, run, db_path):
    assert run("demand", "template", tmp_path / "模板.xlsx", db=False).exit_code == 0
    wb = openpyxl.load_workbook(tmp_path / "模板.xlsx")
    ws = wb["人才需求"]
    lists = {dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert '"大专,本科,硕士,博士"' in lists and '"初级,中级,副高,正高"' in lists
    assert "填表说明" in wb.sheetnames
    ws.append(["HR-1", "攀枝花市中心医院", USCC, "心内科医生", "卫生", "临床医学，心血管", "", "博士", "是", "副高",
               "攀枝花", 2, "否", "2025-06-30", "open"])
    ws.append(["HR-2", "攀枝花市中心医院", USCC, "", "卫生"])  # no position
    wb.save(tmp_path / "填好.xlsx")
    out = run("demand", "import", tmp_path / "填好.xlsx")
    assert out.exit_code == 1 and "第 3 行，字段“position”：必填" in out.output
    ws.delete_rows(3)
    wb.save(tmp_path / "填好.xlsx")
    assert "新增 1" in run("demand", "import", tmp_path / "填好.xlsx").output
    (d,) = query(db_path, "SELECT position, min_education, education_required, min_title_level, deadline, headcount "
                          "FROM demands")
    assert d == {"position": "心内科医生", "min_education": "博士", "education_required": 1, "min_title_level": "副高",
                 "deadline": "2025-06-30", "headcount": 2}
