"""Rosters whose headers say nothing we list: read by the words of their headers and by what their
columns hold (issue 13). Each test writes a roster the way another system exports it, imports it
with the real CLI and checks what an officer would: the people, their IDs and contacts, origin."""
from pzh_talent.ingest.ids import check_char
from tests.conftest import query, write_csv, write_jsonl, write_xlsx


def make_id(area, birth, seq):
    body = f"{area}{birth}{seq}"
    return body + check_char(body)


PEOPLE = [  # name, ID, phone, email, hometown, employer
    ("张晓明", make_id("510402", "19880312", "131"), "13812345678", "zhangxm@example.com", "四川省攀枝花市东区",
     "中国中铁二局集团有限公司"),
    ("李文静", make_id("510421", "19910705", "242"), "13987654321", "liwj@example.cn", "米易县", "成都市第三人民医院"),
    ("王海波", make_id("510722", "19850101", "353"), "15023456789", "wanghb@example.org", "四川绵阳", "华为技术有限公司"),
    ("阿牛·木呷", make_id("510422", "19930920", "464"), "18780123456", "aniu@example.com", "盐边县", "攀钢集团有限公司"),
    ("陈思远", make_id("510403", "19950214", "575"), "17734567890", "chensy@example.com", "攀枝花市西区",
     "西南交通大学"),
]


def stored(db_path):
    return {r["name"]: r for r in query(db_path, "SELECT name, id_number, phone, email, hometown, employer, "
                                                 "origin_strength FROM source_records")}


def assert_everyone_read(db_path, fields=("id_number", "phone", "email")):
    rows = stored(db_path)
    assert set(rows) == {p[0] for p in PEOPLE}
    for name, id_number, phone, email, hometown, employer in PEOPLE:
        r = rows[name]
        if "id_number" in fields:
            assert r["id_number"] == id_number
        if "phone" in fields:
            assert r["phone"] == "+86" + phone
        if "email" in fields:
            assert r["email"] == email
    # origin: the ID's area code or the hometown says 攀枝花 for everyone but the man from 绵阳
    assert {n for n, r in rows.items() if r["origin_strength"] in ("strong", "medium")} == \
        {p[0] for p in PEOPLE} - {"王海波"}


def test_snake_case_jsonl_expert_export(tmp_path, run, db_path):
    objs = [{"expert_name": n, "id_card_no": i, "mobile_no": ph, "email_addr": em, "native_place": h,
             "work_unit": w, "research_field": "钒钛材料"} for n, i, ph, em, h, w in PEOPLE]
    result = run("ingest", write_jsonl(tmp_path / "experts.jsonl", objs))
    assert result.exit_code == 0, result.output
    assert_everyone_read(db_path)
    assert stored(db_path)["张晓明"]["employer"] == "中国中铁二局集团有限公司"


def test_camel_case_json(tmp_path, run, db_path):
    import json
    objs = [{"fullName": n, "idCardNo": i, "mobilePhone": ph, "emailAddress": em, "nativePlace": h, "workUnit": w}
            for n, i, ph, em, h, w in PEOPLE]
    (tmp_path / "export.json").write_text(json.dumps(objs, ensure_ascii=False), encoding="utf-8")
    assert run("ingest", tmp_path / "export.json").exit_code == 0
    assert_everyone_read(db_path)


def test_pinyin_initial_codes(tmp_path, run, db_path):
    rows = [["XM", "SFZH", "SJHM", "DZYX", "JG", "GZDW"]] + [list(p) for p in PEOPLE]
    result = run("ingest", write_xlsx(tmp_path / "人员基本信息.xlsx", {"RY_JBXX": rows}))
    assert result.exit_code == 0, result.output
    assert_everyone_read(db_path)
    assert "XM→姓名（表头+内容）" in result.output


def test_no_header_row_at_all(tmp_path, run, db_path):
    result = run("ingest", write_csv(tmp_path / "导出.csv", [list(p) for p in PEOPLE]))
    assert result.exit_code == 0, result.output
    assert_everyone_read(db_path)
    assert "没有表头行" in result.output and "列B→身份证号（内容）" in result.output


def test_generic_header(tmp_path, run, db_path):
    rows = [[f"字段{i}" for i in range(1, 7)]] + [list(p) for p in PEOPLE]
    result = run("ingest", write_csv(tmp_path / "导出.csv", rows))
    assert result.exit_code == 0, result.output
    assert_everyone_read(db_path)
    # an ID number taken from content alone is said so, with the way to undo it
    assert "字段2”的表头没有说明含义" in result.output and "--map '字段2='" in result.output


def test_swapped_phone_and_id_columns_are_read_by_content_and_reported(tmp_path, run, db_path):
    rows = [["姓名", "手机", "身份证号", "邮箱", "籍贯", "工作单位"]] + \
        [[n, i, ph, em, h, w] for n, i, ph, em, h, w in PEOPLE]
    result = run("ingest", write_csv(tmp_path / "名单.csv", rows))
    assert result.exit_code == 0, result.output
    assert_everyone_read(db_path)
    assert "列“手机”的内容不像手机" in result.output and "列“身份证号”的内容不像身份证号" in result.output


def test_a_demand_tables_contact_person_is_no_talent(tmp_path, run, db_path):
    rows = [["岗位名称", "需求人数", "联系人", "联系电话"], ["焊接工程师", "3", "张晓明", "13812345678"],
            ["电气工程师", "2", "李文静", "13987654321"], ["会计", "1", "王海波", "15023456789"]]
    result = run("ingest", write_csv(tmp_path / "需求.csv", rows))
    assert result.exit_code != 0 and "demand import" in result.output
    assert not db_path.exists() or not query(db_path, "SELECT * FROM source_records")


def test_dry_run_shows_the_reading_and_changes_nothing(tmp_path, run, db_path):
    f = write_csv(tmp_path / "导出.csv", [list(p) for p in PEOPLE])
    result = run("ingest", f, "--dry-run")
    assert result.exit_code == 0, result.output
    assert not db_path.exists()
    assert "各列读作" in result.output and "前 5 行读作" in result.output and "登记库未改动" in result.output
    assert PEOPLE[0][1] not in result.output and "138****5678" in result.output  # masked, as officers see it
    # the officer corrects a column the content got wrong, and the correction holds
    result = run("ingest", f, "--map", "列E=现居城市", "--dry-run")
    assert "列E→现居城市（指定）" in result.output


def test_a_panzhihua_schools_alumni_roster_gives_everyone_on_it_origin(tmp_path, run, db_path):
    """The title row names the school; no row says where anyone comes from (issue 13, roster context)."""
    rows = [["攀枝花市第三高级中学2008届在外校友联络名单", None, None],
            ["姓名", "现工作单位", "现居城市"],
            ["张晓明", "华为技术有限公司", "深圳"], ["李文静", "成都市第三人民医院", "成都"]]
    result = run("ingest", write_xlsx(tmp_path / "校友名单.xlsx", {"2008届": rows}))
    assert result.exit_code == 0, result.output
    assert "整份名单：" in result.output and "攀枝花市第三高级中学2008届在外校友联络名单" in result.output
    got = query(db_path, "SELECT name, origin_strength, origin_evidence FROM source_records")
    assert all(r["origin_strength"] in ("strong", "medium") for r in got)
    assert all("名单标题" in r["origin_evidence"] for r in got)  # the evidence names where it came from


def test_a_job_fair_in_panzhihua_says_nothing_of_origin(tmp_path, run, db_path):
    rows = [["攀枝花市2024年春季人才招聘会签到表", None], ["姓名", "手机"], ["王海波", "15023456789"],
            ["陈思远", "17734567890"]]
    assert run("ingest", write_xlsx(tmp_path / "签到.xlsx", {"签到": rows})).exit_code == 0
    assert all(r["origin_strength"] is None for r in query(db_path, "SELECT origin_strength FROM source_records"))


def test_the_officer_can_drop_what_a_title_says(tmp_path, run, db_path):
    rows = [["攀枝花市第三高级中学2008届在外校友联络名单", None], ["姓名", "现居城市"], ["张晓明", "深圳"],
            ["李文静", "成都"]]
    f = write_xlsx(tmp_path / "校友名单.xlsx", {"2008届": rows})
    assert run("ingest", f, "--unset", "school").exit_code == 0
    assert all(r["origin_strength"] is None for r in query(db_path, "SELECT origin_strength FROM source_records"))
