"""Enterprise demand intake: USCC validation, the JSON contract, the Excel template round trip."""
import json

import openpyxl
import pytest

from pzh_talent.ingest.demand import uscc_check_char, valid_uscc
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
    assert rows[1]["关键词"] == "康复、养老、护理"  # a list officers read, not JSON
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
             {"ref": "A4", "enterprise": "某企业", "position": "医生", "min_education": "看情况", "headcount": "几个"}]
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
    assert '"招聘中,已招满,已关闭"' in lists  # the enterprise chooses in Chinese, not open/filled/closed
    assert "填表说明" in wb.sheetnames
    ws.append(["HR-1", "攀枝花市中心医院", USCC, "心内科医生", "卫生", "临床医学，心血管", "", "博士", "是", "副高",
               "攀枝花", 2, "否", "2025-06-30", "open"])
    ws.append(["HR-2", "攀枝花市中心医院", USCC, "", "卫生"])  # no position
    wb.save(tmp_path / "填好.xlsx")
    out = run("demand", "import", tmp_path / "填好.xlsx")
    assert out.exit_code == 1 and "工作表“人才需求”第 3 行，字段“岗位名称”：必填" in out.output
    ws.delete_rows(3)
    wb.save(tmp_path / "填好.xlsx")
    assert "新增 1" in run("demand", "import", tmp_path / "填好.xlsx").output
    (d,) = query(db_path, "SELECT position, min_education, education_required, min_title_level, deadline, headcount "
                          "FROM demands")
    assert d == {"position": "心内科医生", "min_education": "博士", "education_required": 1, "min_title_level": "副高",
                 "deadline": "2025-06-30", "headcount": 2}


def test_an_enterprises_own_table_is_read_as_people_wrote_it(tmp_path, run, db_path):
    import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "需求"
    ws.append(["2026年攀枝花钒钛新材料有限公司人才需求计划表"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "单位名称", "招聘岗位", "计划人数", "任职要求", None, None, "工作地点", "截止时间", "薪资待遇"])
    ws.append([None, None, None, None, "学历", "专业", "职称", None, None, None])
    for column in "ABCDHIJ":
        ws.merge_cells(f"{column}2:{column}3")
    ws.merge_cells("E2:G2")
    ws.append([1, "攀枝花钒钛新材料有限公司", "钒电池研发工程师", "2-3", "硕士研究生及以上", "电化学、材料科学与工程等相关专业",
               "中级及以上", "东区", datetime.datetime(2026, 6, 30), "20-30万/年"])
    ws.append([2, None, "冶金工艺工程师", "若干", "本科（硕士优先）", "冶金工程", "高级工程师", "仁和区", "长期", "面议"])
    ws.append([3, None, "安全管理员", "1人", "大专以上", "安全工程", "无要求", "盐边县", "2026年7月31日", "6000-8000元/月"])
    ws.merge_cells("B4:B6")  # the enterprise, merged down its rows
    ws.append([])
    ws.append(["备注：1. 薪资可面议；2. 联系人：王老师 0812-3333333"])
    wb.save(tmp_path / "钒钛.xlsx")
    out = run("demand", "import", tmp_path / "钒钛.xlsx")
    assert out.exit_code == 0, out.output
    assert "新增 3" in out.output and "跳过 1 行" in out.output and "第 8 行：备注" in out.output
    assert "岗位←招聘岗位" in out.output and "人数←计划人数" in out.output  # how each column was read
    rows = query(db_path, "SELECT e.name, ref, position, headcount, min_education, min_title_level, location, "
                          "deadline, keywords, salary_min, salary_max, description FROM demands d "
                          "JOIN enterprises e ON e.id = d.enterprise_id ORDER BY d.id")
    assert {r["name"] for r in rows} == {"攀枝花钒钛新材料有限公司"}
    assert [(r["position"], r["headcount"], r["min_education"], r["min_title_level"], r["deadline"]) for r in rows] == [
        ("钒电池研发工程师", 3, "硕士", "中级", "2026-06-30"), ("冶金工艺工程师", None, "本科", "副高", None),
        ("安全管理员", 1, "大专", None, "2026-07-31")]
    assert json.loads(rows[0]["keywords"]) == ["电化学", "材料科学与工程"]
    assert (rows[0]["salary_min"], rows[0]["salary_max"]) == (200000, 300000)
    assert (rows[2]["salary_min"], rows[2]["salary_max"]) == (72000, 96000)
    assert "薪资待遇：面议" in rows[1]["description"]  # nothing the enterprise wrote is lost
    assert "未变 3" in run("demand", "import", tmp_path / "钒钛.xlsx").output  # the position is the reference
    shown = query(db_path, "SELECT 岗位, 年薪下限, 年薪上限, 岗位描述 FROM 企业需求 ORDER BY 编号")[1]
    assert shown == {"岗位": "冶金工艺工程师", "年薪下限": None, "年薪上限": None, "岗位描述": "薪资待遇：面议"}


def test_a_table_without_the_enterprise_asks_for_it_and_csv_in_gbk_comes_in(tmp_path, run, db_path):
    lines = ["岗位,人数,学历要求,专业要求,职称要求,工作地点,截止日期,岗位职责",
             "心内科医生,2,博士,临床医学/内科学,副高级职称,攀枝花,2026/6/30,负责心内科临床诊疗",
             "护士,５,大专及以上,护理学,不限,攀枝花,2026.08.31,",
             "护士,若干,本科,护理学,初级,米易县,长期,"]
    (tmp_path / "医院.csv").write_text("\r\n".join(lines), encoding="gbk")
    out = run("demand", "import", tmp_path / "医院.csv")
    assert out.exit_code == 1 and "全部 3 行，字段“企业名称”：必填" in out.output and "--enterprise" in out.output
    assert out.output.count("--enterprise") == 1
    assert query(db_path, "SELECT count(*) n FROM demands")[0]["n"] == 0
    out = run("demand", "import", tmp_path / "医院.csv", "--enterprise", "攀枝花市中心医院")
    assert out.exit_code == 0 and "新增 3" in out.output
    rows = query(db_path, "SELECT ref, headcount, min_education, min_title_level, keywords FROM demands ORDER BY id")
    assert [r["ref"] for r in rows] == ["心内科医生", "护士", "护士 #2"]
    assert [r["headcount"] for r in rows] == [2, 5, None]
    assert json.loads(rows[0]["keywords"]) == ["临床医学", "内科学"] and rows[0]["min_title_level"] == "副高"
    bad = lines[:2] + ["药剂师,3,看情况,药学,,攀枝花,下个月,"]
    (tmp_path / "医院2.csv").write_text("\n".join(bad), encoding="utf-8-sig")
    out = run("demand", "import", tmp_path / "医院2.csv", "--enterprise", "攀枝花市中心医院")
    assert out.exit_code == 1
    assert "第 3 行，字段“学历要求”：“看情况”" in out.output and "第 3 行，字段“截止日期”：“下个月”" in out.output


@pytest.mark.parametrize("reader, text, expected", [
    ("read_education", "本科及以上", "本科"), ("read_education", "硕士研究生及以上学历", "硕士"),
    ("read_education", "全日制本科（硕士优先）", "本科"), ("read_education", "博士", "博士"),
    ("read_education", "大专以上", "大专"), ("read_education", "不限", None), ("read_education", "Master or above", "硕士"),
    ("read_title_level", "中级及以上", "中级"), ("read_title_level", "副高级职称", "副高"),
    ("read_title_level", "高级工程师", "副高"), ("read_title_level", "高级职称", "副高"),
    ("read_title_level", "正高", "正高"), ("read_title_level", "无要求", None),
    ("read_title_level", "护师及以上", "初级"), ("read_title_level", "住院医师及以上", "初级"),
    ("read_title_level", "主治医师及以上", "中级"), ("read_title_level", "Intermediate or above", "中级"),
    ("read_deadline", "30 Jun 2026", "2026-06-30"), ("read_deadline", "Long-term", None),
    ("read_headcount", "3人", 3), ("read_headcount", "2-3", 3), ("read_headcount", "１０", 10),
    ("read_headcount", "若干", None), ("read_headcount", "三名", 3),
    ("read_deadline", "2026年6月30日", "2026-06-30"), ("read_deadline", "2026.06.30", "2026-06-30"),
    ("read_deadline", "2026/6/30", "2026-06-30"), ("read_deadline", "长期有效", None),
    ("read_deadline", 46203, "2026-06-30"), ("read_deadline", "2026年6月", "2026-06-30"),
    ("read_deadline", "2026年第二季度", "2026-06-30"), ("read_deadline", "即日起至2026年8月底", "2026-08-31"),
    ("read_deadline", "2026-9", "2026-09-30"), ("read_deadline", "2026年底", "2026-12-31"),
    ("read_title_level", "副教授及以上", "副高"), ("read_title_level", "助理工程师及以上", "初级"),
    ("read_title_level", "A.无要求", None), ("read_title_level", "中级职称优先", None),
    ("read_education", "C.本科及以上", "本科"), ("read_education", "本科（学士）及以上", "本科"),
    ("read_deadline", "Nov 2026", "2026-11-30"), ("read_deadline", "2026年9月前", "2026-09-30"),
    ("read_deadline", "即招", None), ("read_deadline", "(跳过)", None),
    ("read_years", "3年以上", 3), ("read_years", "3-5年", 3), ("read_years", "应届毕业生", 0),
])
def test_demand_values_are_read_the_way_people_write_them(reader, text, expected):
    import pzh_talent.ingest.demand as demand

    value, understood = getattr(demand, reader)(text)
    assert understood and value == expected


def test_keywords_and_salaries_in_free_text():
    from pzh_talent.ingest.demand import keyword_list, read_salary

    assert keyword_list("冶金工程、材料科学与工程等相关专业") == ["冶金工程", "材料科学与工程"]
    assert keyword_list("Electrochemistry, Materials Science") == ["Electrochemistry", "Materials Science"]
    assert keyword_list("临床医学/内科学") == ["临床医学", "内科学"]
    assert read_salary("15-25万/年") == (150000, 250000)
    assert read_salary("8000-12000元/月") == (96000, 144000)
    assert read_salary("年薪20万起") == (200000, None)
    assert read_salary("20k*14薪") == (280000, 280000)
    assert read_salary("面议") == (None, None)


@pytest.mark.parametrize("title, enterprise", [
    ("攀枝花金江钢铁集团有限公司（炼钢厂）人才需求", "攀枝花金江钢铁集团有限公司"),
    ("攀枝花市第三高级中学校2026年教师需求计划", "攀枝花市第三高级中学校"),
    ("2026年攀枝花钒钛新材料有限公司人才需求计划表", "攀枝花钒钛新材料有限公司"),
    ("填报单位（盖章）：攀枝花市钒钛产业技术研究院", "攀枝花市钒钛产业技术研究院"),
    ("攀枝花市重点产业人才需求调查表", None),
])
def test_the_enterprise_is_read_from_the_rows_above_the_header(title, enterprise):
    from pzh_talent.ingest.demand_sheet import _title_enterprise

    assert _title_enterprise([(1, [title]), (2, ["岗位", "人数"])], 1) == enterprise


def test_a_group_workbook_with_a_summary_sheet_numbered_columns_and_a_form_block(tmp_path, run, db_path):
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "汇总"
    summary.append(["攀枝花钢城集团有限公司2026年度人才需求汇总表"])
    summary.append(["序号", "单位", "需求岗位数", "需求人数"])
    summary.append([1, "炼钢厂", 2, "7+若干"])
    sheet = wb.create_sheet("炼钢厂")
    sheet.append(["单位名称", "攀枝花钢城集团炼钢有限公司", "联系人", "刘主任"])
    sheet.append([])
    sheet.append(["序号", "岗位名称*", "需求\n人数", "学历（最低）", "专业技术职务", "拟到岗时间"])
    sheet.append([1, 2, 3, 4, 5, 6])  # the column numbers government forms print under the header
    sheet.append([1, "转炉炼钢工艺工程师", "1～2", "本科学历、学士学位", "助理工程师及以上", "2026年第二季度"])
    sheet.append([2, "炉前工（高级工）", "若干名", "中专及以上", "—", "即日起至2026年8月底"])
    sheet.append(["小计", None, "2+若干"])
    wb.save(tmp_path / "钢城.xlsx")
    out = run("demand", "import", tmp_path / "钢城.xlsx")
    assert out.exit_code == 0, out.output
    assert "工作表“汇总”没有需求表头" in out.output and "第 4 行：列序号行" in out.output and "第 7 行：备注" in out.output
    rows = query(db_path, "SELECT e.name, position, headcount, min_education, min_title_level, deadline FROM demands d "
                          "JOIN enterprises e ON e.id = d.enterprise_id ORDER BY d.id")
    assert rows == [
        {"name": "攀枝花钢城集团炼钢有限公司", "position": "转炉炼钢工艺工程师", "headcount": 2, "min_education": "本科",
         "min_title_level": "初级", "deadline": "2026-06-30"},
        {"name": "攀枝花钢城集团炼钢有限公司", "position": "炉前工（高级工）", "headcount": None, "min_education": None,
         "min_title_level": None, "deadline": "2026-08-31"}]


def test_a_roster_given_as_demands_and_demands_given_as_a_roster_are_sent_to_the_right_command(tmp_path, run, db_path):
    write_roster = [["姓名", "身份证号", "现任职位"], ["张伟", "510402199001011230", "工程师"]]
    (tmp_path / "名单.csv").write_text("\n".join(",".join(r) for r in write_roster), encoding="utf-8")
    out = run("demand", "import", tmp_path / "名单.csv")
    assert out.exit_code == 1 and "人员名单" in out.output and "pzh-talent ingest" in out.output
    (tmp_path / "需求.csv").write_text("用人单位,招聘岗位,招聘人数\n攀枝花市中心医院,护士,3\n", encoding="utf-8")
    out = run("ingest", tmp_path / "需求.csv")
    assert out.exit_code == 1 and "企业人才需求表" in out.output and "pzh-talent demand import" in out.output
    assert query(db_path, "SELECT count(*) n FROM demands")[0]["n"] == 0


def test_wide_tables_positions_in_one_cell_and_survey_answers(tmp_path, run, db_path):
    write_rows = {
        "横表.xlsx": [["序号", "企业名称", "工作地点", "岗位1", "人数1", "学历1", "岗位2", "人数2", "学历2", "截止时间"],
                      [1, "攀枝花市钛海科技有限责任公司", "钒钛高新区", "钛白粉工艺工程师", 2, "本科", "质量检验员", 3, "大专",
                       "2026-09-30"],
                      [2, "攀枝花盐边县富强矿业有限公司", "盐边县", "采矿工程师", 2, "本科", None, None, None, "长期"]],
        "合并填写.xlsx": [["企业名称", "需求岗位及人数", "学历要求", "其他条件"],
                          ["攀枝花市东区安泰化工有限公司", "化验员2人\n安全员1人\n仓库管理员若干", "大专及以上", "副高级及以上职称"]],
        "问卷.xlsx": [["序号", "来自IP", "1、企业名称：", "3、需求岗位名称：", "4、需求人数：", "5、学历要求：", "7、职称要求："],
                      [1, "117.175.32.10", "攀西储能科技有限公司", "电池研发工程师", "3", "D.硕士研究生及以上", "C.中级及以上"],
                      [2, "127.0.0.1", "测试", "111", "1", "A.不限", "A.无要求"]],
    }
    for name, rows in write_rows.items():
        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r)
        wb.save(tmp_path / name)
    out = run("demand", "import", *(tmp_path / n for n in write_rows))
    assert out.exit_code == 0, out.output
    assert "测试数据" in out.output
    rows = query(db_path, "SELECT e.name, position, headcount, min_education, min_title_level, deadline FROM demands d "
                          "JOIN enterprises e ON e.id = d.enterprise_id ORDER BY d.id")
    got = [(r["position"], r["headcount"], r["min_education"], r["min_title_level"], r["deadline"]) for r in rows]
    assert got == [("钛白粉工艺工程师", 2, "本科", None, "2026-09-30"), ("质量检验员", 3, "大专", None, "2026-09-30"),
                   ("采矿工程师", 2, "本科", None, None),
                   ("化验员", 2, "大专", "副高", None), ("安全员", 1, "大专", "副高", None), ("仓库管理员", None, "大专", "副高", None),
                   ("电池研发工程师", 3, "硕士", "中级", None)]


@pytest.mark.parametrize("header", [
    # an HR system's English export, camelCase and snake_case
    ["companyName", "jobTitle", "number_of_positions", "minEducation", "requiredMajors", "work_location",
     "closingDate"],
    # a government database export under pinyin-initial codes (岗位名称 GWMC, 需求人数 XQRS …)
    ["DWMC", "GWMC", "XQRS", "XL", "ZYYQ", "GZDD", "JZRQ"],
    # headers nobody listed, with the field's word inside, wrapped over two lines
    ["用人单位全称", "拟聘岗位名称", "拟招聘\n人数", "学历（最低）", "专业方向要求", "工作地点（区县）", "报名截止日期"],
])
def test_demand_headers_are_read_by_the_roster_engine_in_any_convention(tmp_path, run, db_path, header):
    """Demand tables share the roster's header engine (ingest/fields.py) with their own vocabulary
    file: a convention learned for rosters works for demand tables too."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    ws.append(["攀枝花市中心医院", "心内科医生", 2, "博士", "临床医学", "东区", "2026-06-30"])
    ws.append(["攀枝花市中心医院", "康复治疗师", 3, "本科", "康复治疗学", "西区", "2026-08-31"])
    wb.save(tmp_path / "需求.xlsx")
    out = run("demand", "import", tmp_path / "需求.xlsx")
    assert out.exit_code == 0, out.output
    assert "新增 2" in out.output
    rows = query(db_path, "SELECT e.name, position, headcount, min_education, location, deadline, keywords "
                          "FROM demands d JOIN enterprises e ON e.id = d.enterprise_id ORDER BY d.id")
    assert [(r["name"], r["position"], r["headcount"], r["min_education"], r["location"], r["deadline"])
            for r in rows] == [("攀枝花市中心医院", "心内科医生", 2, "博士", "东区", "2026-06-30"),
                               ("攀枝花市中心医院", "康复治疗师", 3, "本科", "西区", "2026-08-31")]
    assert json.loads(rows[1]["keywords"]) == ["康复治疗学"]


def test_the_demand_vocabulary_names_only_fields_of_the_demand_contract():
    from pzh_talent.ingest.demand import FIELDS
    from pzh_talent.ingest.demand_sheet import DEMAND

    assert set(DEMAND.fields) - {"serial", "salary"} <= set(FIELDS)
    assert {f for _, f in DEMAND.contains if f} <= set(DEMAND.fields)
