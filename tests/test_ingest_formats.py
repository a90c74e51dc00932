"""Every format and encoding offices send, read into provenance-keeping records."""
import json

import openpyxl
import pytest

from pzh_talent.ingest.ids import check_char
from tests.conftest import query, write_csv, write_jsonl, write_xlsx


def make_id(area="510402", birth="19900501", seq="123"):
    first17 = area + birth + seq
    return first17 + check_char(first17)


HEADER = ["序号", "姓名", "性别", "身份证号", "手机号码", "电子邮箱", "最高学历", "工作单位", "职称", "现居城市", "籍贯"]
ZHANG = ["1", "张伟", "男", make_id(), "13800001234", "zw@163.com", "硕士研究生", "攀钢集团", "高级工程师", "成都", "四川攀枝花"]
LI = ["2", "李娜（女）", "女", make_id("510421", "19850312", "224"), "+86 139-0000-5678", "", "本科", "华为", "工程师",
      "深圳市", "米易县"]
WANG = ["3", "王 芳", "女", "", "0812-3334444", "", "博士", "四川大学", "教授", "成都", "重庆大渡口"]


def records(db_path):
    return query(db_path, "SELECT * FROM source_records ORDER BY sheet, row_number")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_csv_in_each_encoding_reads_the_same_people(tmp_path, run, db_path, encoding):
    f = write_csv(tmp_path / "名单.csv", [HEADER, ZHANG, LI, WANG], encoding=encoding,
                  delimiter="\t" if encoding == "utf-16" else ",")
    result = run("ingest", f)
    assert result.exit_code == 0, result.output
    rows = records(db_path)
    assert [r["name"] for r in rows] == ["张伟", "李娜", "王芳"]
    # Excel row numbers: the header is row 1, the first person row 2
    assert [r["row_number"] for r in rows] == [2, 3, 4]
    assert all(r["sheet"] is None for r in rows)
    raw = json.loads(rows[1]["raw_json"])
    assert raw["姓名"] == "李娜（女）" and raw["手机号码"] == "+86 139-0000-5678"
    src = query(db_path, "SELECT * FROM sources")[0]
    assert src["file_name"] == "名单.csv" and src["rows_stored"] == 3 and src["rows_rejected"] == 0


def test_gbk_csv_with_chinese_late_in_file_is_not_misread_as_utf8(tmp_path, run, db_path):
    rows = [HEADER] + [[str(i), "Li Lei", "", "", "", "", "", "", "", "", ""] for i in range(3000)] + [WANG]
    f = write_csv(tmp_path / "late.csv", rows, encoding="gbk")
    assert run("ingest", f).exit_code == 0
    assert query(db_path, "SELECT name FROM source_records WHERE row_number = 3002")[0]["name"] == "王芳"


def test_semicolon_and_tab_delimiters_are_sniffed(tmp_path, run, db_path):
    write_csv(tmp_path / "a.csv", [HEADER, ZHANG], delimiter=";")
    write_csv(tmp_path / "b.tsv", [HEADER, LI], delimiter="\t")
    assert run("ingest", tmp_path / "a.csv", tmp_path / "b.tsv").exit_code == 0
    assert [r["name"] for r in query(db_path, "SELECT name FROM source_records ORDER BY id")] == ["张伟", "李娜"]
    assert [r["format"] for r in query(db_path, "SELECT format FROM sources ORDER BY id")] == ["csv", "tsv"]


def test_xlsx_with_title_rows_blank_rows_and_remarks(tmp_path, run, db_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2005届"
    ws["A1"] = "攀枝花市第三高级中学在外校友信息登记表"
    ws.merge_cells("A1:K1")
    ws["A2"] = "填报单位：校友会　　填报日期：2024年3月"
    ws.append(HEADER)          # row 3
    ws.append(ZHANG)           # row 4
    ws.append([])              # row 5 blank
    ws.append(LI)              # row 6
    ws.append(["4"])           # row 7: pre-numbered empty template row
    ws.append(WANG)            # row 8
    ws.append(["备注：1. 本表信息由校友自愿填报，仅用于联络。"])  # row 9
    ws.append(["填表人：张三", None, None, "审核人：李四"])        # row 10
    ws2 = wb.create_sheet("2008届")
    ws2.append(HEADER)
    ws2.append(["1", "欧阳子墨", "男", make_id("510403", "19920101", "111")])
    wb.create_sheet("填表说明")["A1"] = "请按要求填写"
    wb.save(tmp_path / "校友.xlsx")

    result = run("ingest", tmp_path / "校友.xlsx")
    assert result.exit_code == 0, result.output
    rows = records(db_path)
    assert [(r["sheet"], r["row_number"], r["name"]) for r in rows] == [
        ("2005届", 4, "张伟"), ("2005届", 6, "李娜"), ("2005届", 8, "王芳"), ("2008届", 2, "欧阳子墨")]
    src = query(db_path, "SELECT * FROM sources")[0]
    assert src["rows_stored"] == 4 and src["rows_rejected"] == 0
    assert src["rows_blank"] == 2  # row 5 and the numbered template row 7
    kinds = query(db_path, "SELECT sheet, row_number, kind FROM skipped_rows ORDER BY sheet, row_number")
    assert [(k["row_number"], k["kind"]) for k in kinds if k["sheet"] == "2005届"] == [
        (1, "title"), (2, "title"), (3, "header"), (9, "remark"), (10, "remark")]
    assert src["rows_skipped"] == 1  # the 填表说明 sheet, reported by name
    sheets = json.loads(src["sheets"])
    assert sheets[0]["header_row"] == 3
    assert "没有可识别的姓名列" in sheets[2]["skipped"]
    assert "填表说明" in result.output


def test_every_row_is_accounted_for(tmp_path, run, db_path):
    rows = [["人才信息表"], HEADER, ZHANG, [], ["", "", "", "", "13900001111"], LI, ["合计：2 人"]]
    write_csv(tmp_path / "t.csv", rows)
    from pzh_talent.ingest.load import load_file
    from pzh_talent.registry.db import connect

    s = load_file(connect(db_path), tmp_path / "t.csv")
    assert s.rows_read == 7 and s.accounted()
    assert (s.rows_stored, s.rows_rejected, s.rows_blank) == (2, 1, 1)
    assert s.problems[0].row == 5 and s.problems[0].reason == "缺少姓名"
    stored = query(db_path, "SELECT count(*) n FROM source_records")[0]["n"]
    other = query(db_path, "SELECT count(*) n FROM skipped_rows")[0]["n"]
    assert query(db_path, "SELECT row_number, reason FROM rejected_rows") == [{"row_number": 5, "reason": "缺少姓名"}]
    assert stored + other + s.rows_blank == s.rows_read


def test_merged_cells_in_data_fill_the_range(tmp_path, run, db_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "工作单位", "手机"])
    ws.append(["张伟", "攀钢集团", "13800001234"])
    ws.append(["李娜", None, "13800001235"])
    ws.merge_cells("B2:B3")
    wb.save(tmp_path / "m.xlsx")
    assert run("ingest", tmp_path / "m.xlsx").exit_code == 0
    assert [r["employer"] for r in records(db_path)] == ["攀钢集团", "攀钢集团"]
    # raw_json keeps what the cell held: nothing
    assert "工作单位" not in json.loads(records(db_path)[1]["raw_json"])


def test_group_header_above_the_real_header(tmp_path, run, db_path):
    write_xlsx(tmp_path / "g.xlsx", {"Sheet1": [
        ["姓名", "基本信息", None, "联系方式", None],
        [None, "性别", "出生年月", "手机", "邮箱"],
        ["张伟", "男", "1990.05", "13800001234", "zw@163.com"],
    ]})
    assert run("ingest", tmp_path / "g.xlsx").exit_code == 0
    r = records(db_path)[0]
    assert (r["name"], r["birth_date"], r["phone"], r["email"]) == ("张伟", "1990-05", "+8613800001234", "zw@163.com")


def test_legacy_xls(tmp_path, run, db_path):
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("米易县")
    ws.write_merge(0, 0, 0, 3, "米易县在外人才统计表")
    for c, h in enumerate(["姓名", "性别", "身份证号码", "联系电话"]):
        ws.write(1, c, h)
    for c, v in enumerate(["吉克•阿呷", "女", make_id("510421", "19880808", "002"), "13700001111"]):
        ws.write(2, c, v)
    wb.save(str(tmp_path / "米易.xls"))
    assert run("ingest", tmp_path / "米易.xls").exit_code == 0
    r = records(db_path)[0]
    assert (r["sheet"], r["row_number"], r["name"], r["origin_county"]) == ("米易县", 3, "吉克·阿呷", "米易县")
    assert query(db_path, "SELECT format FROM sources")[0]["format"] == "xls"


def test_format_is_detected_from_content_not_extension(tmp_path, run, db_path):
    write_xlsx(tmp_path / "real.xlsx", {"S": [HEADER, ZHANG]})
    (tmp_path / "misnamed.csv").write_bytes((tmp_path / "real.xlsx").read_bytes())
    assert run("ingest", tmp_path / "misnamed.csv").exit_code == 0
    assert query(db_path, "SELECT format FROM sources")[0]["format"] == "xlsx"


def test_json_array_and_json_lines(tmp_path, run, db_path):
    (tmp_path / "experts.json").write_text(json.dumps([
        {"姓名": "張偉", "职称": "教授", "手机": 13800001234, "研究方向": ["钒钛", "冶金"]},
        {"姓名": "李娜", "身份证号": make_id("510411", "19700101", "022")},
    ], ensure_ascii=False), encoding="utf-8")
    write_jsonl(tmp_path / "codes.jsonl", [{"姓名": "王芳", "手机号码": "13900002222"}, None,
                                           {"姓名": "赵强", "Email": "ZQ@QQ.COM"}])
    assert run("ingest", tmp_path / "experts.json", tmp_path / "codes.jsonl").exit_code == 0
    rows = query(db_path, "SELECT s.file_name, r.row_number, r.name, r.title_level, r.email, r.expertise "
                          "FROM source_records r JOIN sources s ON s.id = r.source_id ORDER BY r.id")
    assert [(r["file_name"], r["row_number"], r["name"]) for r in rows] == [
        ("experts.json", 1, "张伟"), ("experts.json", 2, "李娜"), ("codes.jsonl", 1, "王芳"), ("codes.jsonl", 3, "赵强")]
    assert rows[0]["title_level"] == "正高" and rows[3]["email"] == "zq@qq.com"
    assert json.loads(rows[0]["expertise"]) == ["钒钛", "冶金"]
    assert query(db_path, "SELECT rows_blank FROM sources WHERE file_name='codes.jsonl'")[0]["rows_blank"] == 1


def test_user_mapping_for_unknown_headers_and_unmapped_columns_kept(tmp_path, run, db_path):
    write_csv(tmp_path / "x.csv", [["学生名", "手机", "内部编号", "爱好"], ["张伟", "13800001234", "A-17", "登山"]])
    assert run("ingest", tmp_path / "x.csv").exit_code == 1  # no name column without the mapping
    result = run("ingest", tmp_path / "x.csv", "--map", "学生名=name")
    assert result.exit_code == 0, result.output
    r = records(db_path)[0]
    assert r["name"] == "张伟"
    assert json.loads(r["raw_json"]) == {"学生名": "张伟", "手机": "13800001234", "内部编号": "A-17", "爱好": "登山"}
    assert json.loads(query(db_path, "SELECT sheets FROM sources")[0]["sheets"])[0]["unmapped"] == ["内部编号", "爱好"]


def test_english_headed_overseas_list(tmp_path, run, db_path):
    write_csv(tmp_path / "overseas.csv", [
        ["Full name", "Chinese name", "Email", "Phone", "City", "Country", "Hometown"],
        ["Xiao-Ming ZHANG", "张晓明", "xm@mit.edu", "+1 617 555 0100", "Boston", "USA", "Panzhihua, Sichuan"],
        ["Wei Li", "", "", "+44 20 7946 0958", "London", "UK", ""],
    ])
    assert run("ingest", tmp_path / "overseas.csv").exit_code == 0
    a, b = records(db_path)
    assert (a["name"], a["name_latin"], a["country"], a["overseas"], a["origin_strength"]) == (
        "张晓明", "Xiao-Ming ZHANG", "US", 1, "strong")
    assert a["name_key"] == "xiaoming zhang" and a["phone"] == "+16175550100"
    assert (b["name"], b["name_script"], b["name_key"], b["country"]) == ("Wei Li", "latin", "li wei", "GB")


def test_row_numbers_are_excels_when_the_table_starts_away_from_a1(tmp_path, run, db_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["C4"], ws["D4"] = "姓名", "手机"
    ws["C5"], ws["D5"] = "张伟", "13800001234"
    ws["C7"], ws["D7"] = "李娜", "13800001235"
    wb.save(tmp_path / "offset.xlsx")
    assert run("ingest", tmp_path / "offset.xlsx").exit_code == 0
    assert [(r["row_number"], r["name"]) for r in records(db_path)] == [(5, "张伟"), (7, "李娜")]


def test_csv_with_a_multiline_cell_keeps_excel_row_numbers(tmp_path, run, db_path):
    (tmp_path / "ml.csv").write_text('姓名,通讯地址\n张伟,"四川省攀枝花市\n东区"\n李娜,成都\n', encoding="utf-8")
    assert run("ingest", tmp_path / "ml.csv").exit_code == 0
    assert [(r["row_number"], r["name"]) for r in records(db_path)] == [(2, "张伟"), (3, "李娜")]


def test_demo_command_writes_and_imports_rosters(tmp_path):
    from click.testing import CliRunner

    from pzh_talent.cli import cli

    result = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "demo"), "--people", "200"])
    assert result.exit_code == 0, result.output
    assert "✓ 攀枝花三中在外校友名单.xlsx" in result.output
    n = query(tmp_path / "demo" / "registry.db", "SELECT count(*) n FROM source_records")[0]["n"]
    assert n > 200 and (tmp_path / "demo" / "rosters" / "truth.csv").exists()


def test_ragged_row_longer_than_the_header_keeps_its_extra_values(tmp_path, run, db_path):
    (tmp_path / "ragged.csv").write_text("姓名,手机\n张伟,13800001234,备用：13900001111\n", encoding="utf-8")
    assert run("ingest", tmp_path / "ragged.csv").exit_code == 0
    assert json.loads(records(db_path)[0]["raw_json"]) == {"姓名": "张伟", "手机": "13800001234",
                                                            "列C": "备用：13900001111"}


def test_summary_reports_panzhihua_origin_evidence(tmp_path, run, db_path):
    f = write_csv(tmp_path / "o.csv", [HEADER, ZHANG, LI, WANG])
    result = run("ingest", f)
    # 张伟: ID 510402 and 籍贯 攀枝花; 李娜: ID 510421 米易; 王芳: 重庆大渡口 is not Panzhihua
    assert "攀籍证据：强 2，无 1" in result.output


def test_set_gives_every_row_what_the_whole_file_stands_for(tmp_path, run, db_path):
    f = write_csv(tmp_path / "校友.csv", [["姓名", "手机", "毕业学校"], ["张伟", "13800001234", ""],
                                          ["李娜", "13800001235", "成都七中"]])
    result = run("ingest", f, "--set", "school=攀枝花三中")
    assert result.exit_code == 0, result.output
    a, b = records(db_path)
    assert (a["school"], a["origin_strength"], "school_from_source" in a["flags"]) == ("攀枝花三中", "medium", True)
    assert b["school"] == "成都七中" and b["flags"] is None  # a row's own value wins
    assert "school_from_source" not in json.loads(a["raw_json"]).values()
    assert run("ingest", f, "--set", "nonsense=1").exit_code != 0


def test_excel_text_trick_in_csv_values(tmp_path, run, db_path):
    (tmp_path / "wps.csv").write_text('姓名,身份证号,电话\n张伟,="{}",="08123334444"\n'.format(make_id()),
                                      encoding="utf-8")
    assert run("ingest", tmp_path / "wps.csv").exit_code == 0
    r = records(db_path)[0]
    assert (r["id_number"], r["phone"]) == (make_id(), "+868123334444")
    assert json.loads(r["raw_json"])["电话"] == '="08123334444"'  # raw stays as read


def test_name_split_over_two_columns(tmp_path, run, db_path):
    write_csv(tmp_path / "split.csv", [["姓", "名", "手机"], ["欧阳", "子墨", "13800001234"]])
    write_csv(tmp_path / "split_en.csv", [["First name", "Last name", "Email"], ["Xiaoming", "ZHANG", "x@y.com"]])
    assert run("ingest", tmp_path / "split.csv", tmp_path / "split_en.csv").exit_code == 0
    a, b = records(db_path)
    assert (a["name"], a["surname"], a["given_name"]) == ("欧阳子墨", "欧阳", "子墨")
    assert "name_from_parts" in a["flags"]
    assert (b["name"], b["name_key"]) == ("Xiaoming ZHANG", "xiaoming zhang")


def test_nested_json_export(tmp_path, run, db_path):
    (tmp_path / "nested.json").write_text(json.dumps(
        {"data": [{"基本信息": {"姓名": "李娜", "性别": "女"}, "联系方式": {"手机": "13800001235"}}]},
        ensure_ascii=False), encoding="utf-8")
    assert run("ingest", tmp_path / "nested.json").exit_code == 0
    r = records(db_path)[0]
    assert (r["name"], r["gender"], r["phone"]) == ("李娜", "女", "+8613800001235")


def test_continuation_sheet_without_a_header_reuses_the_previous_one(tmp_path, run, db_path):
    f = write_xlsx(tmp_path / "续表.xlsx", {
        "名单": [["序号", "姓名", "手机"], ["1", "张伟", "13800001234"], ["2", "李娜", "13800001235"]],
        "续表": [["3", "王芳", "13800001236"], ["4", "吉克·阿呷", "13800001237"], ["5", "赵强", "13800001238"]],
        "填表说明": [["1、请如实填写"], ["2、手机号码为11位"], ["3、本表由人才办汇总"]],
    })
    result = run("ingest", f)
    assert result.exit_code == 0, result.output
    assert [(r["sheet"], r["row_number"], r["name"]) for r in records(db_path)] == [
        ("名单", 2, "张伟"), ("名单", 3, "李娜"), ("续表", 1, "王芳"), ("续表", 2, "吉克·阿呷"), ("续表", 3, "赵强")]
    assert "沿用工作表“名单”的表头" in result.output
    assert "填表说明" in result.output and "没有可识别的姓名列" in result.output


def test_opendocument_spreadsheet(tmp_path, run, db_path):
    import pandas as pd

    pd.DataFrame({"姓名": ["张伟", "李娜"], "手机": ["13800001234", "13800001235"]}).to_excel(
        tmp_path / "wps.ods", engine="odf", index=False, sheet_name="名单")
    assert run("ingest", tmp_path / "wps.ods").exit_code == 0
    assert [(r["sheet"], r["row_number"], r["name"]) for r in records(db_path)] == [("名单", 2, "张伟"), ("名单", 3, "李娜")]
    assert query(db_path, "SELECT format FROM sources")[0]["format"] == "ods"


def test_the_employer_a_job_seeker_wants_is_not_their_employer(tmp_path, run, db_path):
    (tmp_path / "签到.csv").write_text("名字,联系电话,意向招聘单位,籍贯\n彭明峰,18642938228,米易县人民医院,四川自贡市\n",
                                      encoding="utf-8")
    assert run("ingest", tmp_path / "签到.csv").exit_code == 0
    (r,) = query(db_path, "SELECT employer, origin_county, raw_json FROM source_records")
    assert r["employer"] is None and r["origin_county"] is None and "米易县人民医院" in r["raw_json"]


def test_an_html_table_saved_as_xls_reads_as_excel_shows_it(tmp_path, run, db_path):
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
<h2>攀枝花籍在外人才登记表</h2>
<table border=1>
<tr><th>序号<th>县区</th><th>姓名</th><th>手机</th></tr>
<tr><td>1</td><td rowspan=2>米易县</td><td>龙欣</td><td>18797412617</td></tr>
<tr><td>2</td><td>任波凯</td><td>132-2528-2403<br>0812-3334444</td></tr>
<tr><td colspan=4>备注：以上信息由本人填写</td></tr>
</table></body></html>"""
    (tmp_path / "系统导出.xls").write_bytes(page.encode("gbk"))
    out = run("ingest", tmp_path / "系统导出.xls")
    assert out.exit_code == 0 and "html" in out.output and "入库 2" in out.output
    rows = query(db_path, "SELECT row_number, name, phone, origin_county FROM source_records ORDER BY row_number")
    # row 1 is the heading, row 2 the header: the rows Excel shows when it opens the file
    assert rows == [{"row_number": 3, "name": "龙欣", "phone": "+8618797412617", "origin_county": "米易县"},
                    {"row_number": 4, "name": "任波凯", "phone": "+8613225282403", "origin_county": "米易县"}]
    assert query(db_path, "SELECT kind FROM skipped_rows WHERE row_number = 5")[0]["kind"] == "remark"


def test_excel_2003_xml_spreadsheet(tmp_path, run, db_path):
    (tmp_path / "名单.xls").write_text("""<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="名单"><Table>
  <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">2024年人才名单</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">姓名</Data></Cell><Cell><Data ss:Type="String">县区</Data></Cell>
   <Cell><Data ss:Type="String">出生日期</Data></Cell><Cell><Data ss:Type="String">手机</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">张三丰</Data></Cell><Cell ss:MergeDown="1"><Data ss:Type="String">盐边县</Data></Cell>
   <Cell><Data ss:Type="DateTime">1988-07-06T00:00:00.000</Data></Cell><Cell><Data ss:Type="Number">13812345678</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">李四</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">1990.01</Data></Cell>
   <Cell><Data ss:Type="String">13912345678</Data></Cell></Row>
 </Table></Worksheet>
</Workbook>""", encoding="utf-8")
    assert run("ingest", tmp_path / "名单.xls").exit_code == 0
    rows = query(db_path, "SELECT sheet, row_number, name, birth_date, phone, origin_county FROM source_records "
                          "ORDER BY row_number")
    assert rows == [
        {"sheet": "名单", "row_number": 3, "name": "张三丰", "birth_date": "1988-07-06", "phone": "+8613812345678",
         "origin_county": "盐边县"},
        {"sheet": "名单", "row_number": 4, "name": "李四", "birth_date": "1990-01", "phone": "+8613912345678",
         "origin_county": "盐边县"}]  # the county merged down over both


def test_opendocument_merged_cells_fill_their_range(tmp_path, run, db_path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    sheet = Table(name="返乡人才")

    def row(*cells):
        tr = TableRow()
        for cell in cells:
            tr.addElement(cell)
        sheet.addElement(tr)

    def cell(text, down=1):
        c = TableCell(valuetype="string", numberrowsspanned=down) if down > 1 else TableCell(valuetype="string")
        c.addElement(P(text=text))
        return c

    row(cell("县区"), cell("姓名"), cell("联系电话"))
    row(cell("米易县", down=2), cell("龙欣"), cell("18797412617"))
    row(CoveredTableCell(), cell("任波凯"), cell("13225282403"))
    doc.spreadsheet.addElement(sheet)
    doc.save(str(tmp_path / "返乡.ods"))
    out = run("ingest", tmp_path / "返乡.ods")
    assert out.exit_code == 0, out.output
    rows = query(db_path, "SELECT row_number, name, origin_county FROM source_records ORDER BY row_number")
    assert rows == [{"row_number": 2, "name": "龙欣", "origin_county": "米易县"},
                    {"row_number": 3, "name": "任波凯", "origin_county": "米易县"}]


def test_a_sheet_of_cards_one_person_a_block_reads_as_rows(tmp_path, run, db_path):
    write_xlsx(tmp_path / "学者信息卡.xlsx", {"学者信息卡": [
        ["海外攀籍学者联谊会 · 学者信息卡"], [],
        ["—— 卡片 01 ——"], ["Name", "Weiyan ZHAO"], ["Gender", "F"], ["Place of origin", "Renhe District, Panzhihua"],
        ["Degree", "Master"], ["Mobile", "+1 514-326-6101"], [],
        ["—— 卡片 02 ——"], ["姓名 / Name", "黄睿（HUANG Rui）"], ["性别 / Gender", "男"], ["籍贯 / Hometown", "盐边"],
        ["电话 / Phone", "+1 (617) 907-2869; 13676405906"], [],
        ["—— 卡片 03 ——"], ["姓名：", "何博洋"], ["籍贯：", "攀枝花市米易县"], ["最高学历/学位：", "博士"]]})
    out = run("ingest", tmp_path / "学者信息卡.xlsx")
    assert out.exit_code == 0 and "入库 3" in out.output
    rows = query(db_path, "SELECT row_number, name, name_latin, gender, phone, education, origin_county "
                          "FROM source_records ORDER BY row_number")
    # each person is numbered by the line that names them
    assert [(r["row_number"], r["name"] or r["name_latin"]) for r in rows] == [
        (4, "Weiyan ZHAO"), (11, "黄睿"), (17, "何博洋")]
    assert [r["origin_county"] for r in rows] == ["仁和区", "盐边县", "米易县"]
    assert rows[0]["education"] == "硕士研究生" and rows[1]["phone"] == "+16179072869"


def test_second_lines_subtotals_and_traditional_headers_make_no_persons(tmp_path, run, db_path):
    write_xlsx(tmp_path / "通讯录.xlsx", {"會員": [
        ["序號", "姓名", "性別", "聯絡電話", "電郵", "學歷", "學位"],
        [1, "曹荣凯", "男", "0812-5871087 19911392207", "cao@163.com", "研究生", "博士"],
        [None, "lf_1979@sina.com"],         # the person's second line: an email under 姓名
        ["东区小计", None, "1 人"],
        [2, "廖飞鹏", "男", "13833326247", None, None, "Master"]]})
    out = run("ingest", tmp_path / "通讯录.xlsx")
    assert out.exit_code == 0 and "入库 2" in out.output
    rows = query(db_path, "SELECT name, gender, phone, phones, email, emails, education FROM source_records "
                          "ORDER BY row_number")
    assert rows[0] == {"name": "曹荣凯", "gender": "男", "phone": "+8619911392207",
                       "phones": '["+868125871087", "+8619911392207"]', "email": "cao@163.com",
                       "emails": '["cao@163.com", "lf_1979@sina.com"]',  # from the line below
                       "education": "博士研究生"}  # 学历 研究生 with 学位 博士
    (second,) = query(db_path, "SELECT kind, reason, raw_json FROM skipped_rows WHERE row_number = 3")
    assert second["kind"] == "remark" and "第 2 行" in second["reason"] and "lf_1979@sina.com" in second["raw_json"]
    assert rows[1]["education"] == "硕士研究生"    # from the degree alone
    assert query(db_path, "SELECT kind FROM skipped_rows WHERE row_number = 4")[0]["kind"] == "remark"


def test_a_systems_test_account_is_reported_not_stored(tmp_path, run, db_path):
    write_csv(tmp_path / "导出.csv", [["姓名", "手机", "备注"], ["测试账号", "13800000000", "系统测试数据，请勿统计"],
                                      ["范成", "15537795297", ""]])
    out = run("ingest", tmp_path / "导出.csv")
    assert out.exit_code == 0 and "入库 1" in out.output and "测试或示例数据" in out.output
    assert [r["name"] for r in query(db_path, "SELECT name FROM source_records")] == ["范成"]


def test_a_survey_export_reads_its_questions_and_answers(tmp_path, run, db_path):
    # 问卷星 / 腾讯问卷: question texts as headers, lettered answers, numbers as quoted "\t…" text
    (tmp_path / "答卷数据.csv").write_text(
        '"序号","提交答卷时间","来自IP","1、您的姓名：","2、您的性别：","3、您的身份证号码：","4、手机号码",'
        '"5、您目前的最高学历是？"\n'
        '"1","2024/3/3 17:47","39.94.43.59","宋燕敏","B.女","\t510402198210180769","\t17763126201","C.本科"\n'
        '"2","2024/3/4 13:40","112.59.21.242","测试","A.男","(跳过)","13800000000","C.本科"\n', encoding="utf-8-sig")
    out = run("ingest", tmp_path / "答卷数据.csv")
    assert out.exit_code == 0 and "入库 1" in out.output and "测试或示例数据" in out.output
    (r,) = query(db_path, "SELECT name, gender, id_number, phone, education, origin_county FROM source_records")
    assert r == {"name": "宋燕敏", "gender": "女", "id_number": "510402198210180769", "phone": "+8617763126201",
                 "education": "大学本科", "origin_county": "东区"}


def test_a_surveys_statistics_report_is_refused(tmp_path, run, db_path):
    write_xlsx(tmp_path / "统计报告.xlsx", {"默认报告": [
        ["攀籍在外人才信息登记表 — 默认报告"], ["第1题：您的姓名： [填空题]"], ["第2题：您的性别： [单选题]"],
        ["选项", "小计", "比例"], ["男", 31, 0.54], ["女", 26, 0.46]]})
    out = run("ingest", tmp_path / "统计报告.xlsx")
    assert out.exit_code == 1 and "找不到姓名列" in out.output
    assert query(db_path, "SELECT count(*) n FROM source_records")[0]["n"] == 0


def test_a_place_split_over_columns_under_group_headers(tmp_path, run, db_path):
    write_xlsx(tmp_path / "小程序.xlsx", {"登记信息": [
        ["基本信息", None, "联系方式", None, "籍贯（户籍所在地）", None, None, "现居住地", None],
        ["姓名", "用户ID", "国家/地区区号", "手机号码", "省", "市", "区县", "省", "市"],
        ["蒋龙毅", "ofu4hChzz", "86", "15676577230", "四川省", "攀枝花市", "盐边县", "四川省", "成都市"],
        ["卢佳颖", "oa__nH2i8", "+44", "7911123456", None, None, None, "境外", "新加坡"]]})
    out = run("ingest", tmp_path / "小程序.xlsx")
    assert out.exit_code == 0, out.output
    rows = query(db_path, "SELECT name, phone, origin_county, city, country FROM source_records ORDER BY row_number")
    assert rows[0]["origin_county"] == "盐边县" and rows[0]["city"] == "成都市" and rows[0]["phone"] == "+8615676577230"
    assert rows[1]["phone"] == "+447911123456"  # the country code in its own column
