"""IDs printed masked, as offices publish lists (issue 13): recognised as masked, not invalid; their
visible parts kept and used as origin evidence; never taken for an ID number, never shown beyond the
mask officers see for a full one (first six and last four)."""
import json
import sqlite3

import pytest

from pzh_talent.ingest.ids import normalise_id
from pzh_talent.ingest.normalise import normalise_record
from pzh_talent.ingest.origin import origin_evidence
from pzh_talent.registry import schema
from pzh_talent.registry.db import connect, register_functions
from tests.conftest import query, write_csv


@pytest.mark.parametrize("text, area, birth, gender, visible", [
    ("510422********3265", "510422", None, "女", "510422********3265"),
    ("5104**********1234", "5104", None, "男", "5104**********1234"),   # the city's four: county hidden
    ("510422199001******", "510422", None, None, "510422199001******"),  # the day hidden: no birth date
    ("51042219900101****", "510422", "1990-01-01", None, "51042219900101****"),
    ("51042219900101********", "510422", "1990-01-01", None, "51042219900101****"),  # longer mask run
    ("510422 1990** ****", "510422", None, None, "5104221990********"),  # set out over 18 characters
    ("5104 22** **** **** 1234", "510422", None, "男", "510422********1234"),
    ("510422-****-****-3265", "510422", None, "女", "510422********3265"),
    ("510422＊＊＊＊＊＊＊＊3265", "510422", None, "女", "510422********3265"),
    ("510422××××××××3265", "510422", None, "女", "510422********3265"),
    ("510422●●●●●●●●3265", "510422", None, "女", "510422********3265"),
    ("510422########3265", "510422", None, "女", "510422********3265"),
    ("510422xxxxxxxx3265", "510422", None, "女", "510422********3265"),
    ("5104XXXXXXXXXX1234", "5104", None, "男", "5104**********1234"),
    ("51042219900101xxxx", "510422", "1990-01-01", None, "51042219900101****"),
    ("510422XXXXXXXXXXXX", "510422", None, None, "510422************"),  # a run of X to the end: masks
    ("510422********326x", "510422", None, "女", "510422********326X"),  # a lone x at the end: the check
    ("51042219900101123*", "510422", "1990-01-01", "男", "51042219900101123*"),  # only the check hidden
    ("５１０４２２＊＊＊＊＊＊＊＊３２６５", "510422", None, "女", "510422********3265"),  # full-width
    ("510422900101***", "510422", "1990-01-01", None, "510422900101***"),  # a 15-digit number, seq hidden
    ("510422*****1234", "510422", None, "女", "510422*****1234"),          # 15 digits: the 15th is the sex
    ("110105********0021", "110105", None, "女", "110105********0021"),    # 北京: not ours, still masked
])
def test_masked_forms(text, area, birth, gender, visible):
    x = normalise_id(text)
    assert (x.status, x.number, x.area, x.birth_date, x.gender, x.visible) == \
        ("masked", None, area, birth, gender, visible)
    assert x.flags == ["id_masked"]


def test_a_visible_date_that_is_no_date_is_not_a_birth_date():
    x = normalise_id("51042219901301****")
    assert (x.status, x.birth_date) == ("masked", None)
    assert x.flags == ["id_masked", "id_bad_birth_date"]


@pytest.mark.parametrize("text, status", [
    ("****************", "invalid"),         # only masks
    ("******************", "invalid"),
    ("××××××××××××××××××", "invalid"),
    ("**************3265", "invalid"),       # the last four alone: too little to mean anything
    ("51**************12", "invalid"),       # a province and two digits
    ("000422********3265", "invalid"),       # no such province
    ("200422********3265", "invalid"),
    ("990422********3265", "invalid"),
    ("510422199001011234*", "invalid"),      # more digits than an ID number has
    ("张三*", "invalid"),
    ("abc", "invalid"),
    ("123456", "invalid"),
    ("", "empty"),
    ("   ", "empty"),
])
def test_forms_that_stay_invalid(text, status):
    x = normalise_id(text)
    assert (x.status, x.number, x.visible) == (status, None, None)


def test_full_numbers_are_unchanged():
    # 18 digits with the check character X: a check character, not a mask
    assert normalise_id("51042219900101123X").status in ("valid", "checksum_error")
    valid = normalise_id("510402199004170011")
    assert (valid.status, valid.number, valid.visible) == ("valid", "510402199004170011", None)
    assert normalise_id("510402900417001").status == "converted_from_15"
    assert normalise_id(5.10402199004178e17).status == "excel_damaged"


def test_a_record_with_a_masked_id():
    r = normalise_record({"name": "张晓明", "id_number": "51042219980612****"})
    assert (r["id_number"], r["id_status"], r["id_area"], r["id_visible"]) == \
        (None, "masked", "510422", "51042219980612****")
    assert (r["birth_date"], r["birth_year"]) == ("1998-06-12", 1998)
    assert "id_masked" in json.loads(r["flags"]) and "id_invalid" not in json.loads(r["flags"])
    assert (r["origin_strength"], r["origin_county"]) == ("strong", "盐边县")
    [evidence] = json.loads(r["origin_evidence"])
    assert evidence["value"] == "510422" and "部分隐去" in evidence["reason"]
    assert "1998" not in r["origin_evidence"]


def test_a_birth_date_column_wins_and_a_disagreeing_one_is_flagged():
    r = normalise_record({"name": "张晓明", "id_number": "51042219980612****", "birth_date": "1998-06"})
    assert r["birth_date"] == "1998-06-12"  # 出生年月 that the visible date completes
    r = normalise_record({"name": "张晓明", "id_number": "51042219980612****", "birth_date": "1997-03-04"})
    assert r["birth_date"] == "1997-03-04" and "birth_date_differs_from_id" in json.loads(r["flags"])
    r = normalise_record({"name": "张晓明", "id_number": "510422********3265", "birth_date": "1997-03-04"})
    assert r["birth_date"] == "1997-03-04" and "birth_date_differs_from_id" not in (r["flags"] or "")


def test_gender_from_the_visible_sex_digit():
    assert normalise_record({"name": "李娜", "id_number": "510422********3265"})["gender"] == "女"
    r = normalise_record({"name": "李娜", "id_number": "510422********3265", "gender": "男"})
    assert r["gender"] == "男" and "gender_differs_from_id" in json.loads(r["flags"])
    assert normalise_record({"name": "李娜", "id_number": "510422199001******"})["gender"] is None


def test_evidence_of_a_masked_id_names_its_area_code_and_nothing_more():
    [ev] = origin_evidence({"id_number": "51042219900101****"})
    assert (ev.value, ev.strength, ev.county) == ("510422", "strong", "盐边县")
    assert "部分隐去" in ev.reason and "19900101" not in ev.reason
    [ev] = origin_evidence({"id_number": "5104**********1234"})
    assert (ev.value, ev.strength, ev.county) == ("5104", "strong", None)
    assert "1234" not in ev.reason
    assert origin_evidence({"id_number": "510722********2211"}) == []  # 绵阳
    [ev] = origin_evidence({"id_number": "510422199001011234"})
    assert "部分隐去" not in ev.reason  # a full number's reason is as before


def test_a_graduate_list_with_masked_ids(tmp_path, run, db_path):
    rows = [["姓名", "身份证号", "出生年月", "毕业院校"],
            ["张晓明", "510422********3265", "1998-06", "四川大学"],
            ["李文静", "5104**********1234", "1999-02", "四川大学"],
            ["王海波", "510722********2211", "1998-11", "四川大学"],
            ["赵丽", "51040219970305****", "", "四川大学"],
            ["陈刚", "510421199607081236", "", "四川大学"]]           # a full number among them
    result = run("ingest", write_csv(tmp_path / "四川大学2023届毕业生.csv", rows), "--json")
    assert result.exit_code == 0, result.output
    [summary] = json.loads(result.output)
    assert (summary["rows_stored"], summary["rows_rejected"], summary["problems"]) == (5, 0, [])
    got = {r["name"]: r for r in query(db_path, "SELECT name, id_number, id_status, id_area, id_visible, "
                                                "birth_date, gender, origin_strength, origin_county, "
                                                "origin_evidence, flags FROM source_records")}
    masked = ("张晓明", "李文静", "王海波", "赵丽")
    assert all(got[n]["id_number"] is None and got[n]["id_status"] == "masked" for n in masked)
    assert not any("id_invalid" in (r["flags"] or "") for r in got.values())
    assert got["张晓明"]["id_area"] == "510422" and got["张晓明"]["origin_county"] == "盐边县"
    assert got["张晓明"]["id_visible"] == "510422********3265" and got["张晓明"]["gender"] == "女"
    assert got["李文静"]["origin_strength"] == "strong"  # 5104: Panzhihua, county hidden
    assert got["李文静"]["origin_county"] is None
    assert got["王海波"]["origin_strength"] is None       # 510722: 绵阳
    assert (got["赵丽"]["birth_date"], got["赵丽"]["id_area"], got["赵丽"]["origin_county"]) == \
        ("1997-03-05", "510402", "东区")
    assert got["张晓明"]["birth_date"] == "1998-06"       # 出生年月 as given; the day is hidden
    assert got["陈刚"]["id_status"] == "valid" and got["陈刚"]["id_visible"] is None
    assert "部分隐去" in got["赵丽"]["origin_evidence"] and "1997" not in got["赵丽"]["origin_evidence"]

    # the person's origin comes from the area code once dedupe has made persons
    assert run("dedupe", "--quiet").exit_code == 0
    persons = {r["name"]: r for r in query(db_path, "SELECT name, id_number, origin_county, origin_strength "
                                                    "FROM persons WHERE n_records > 0")}
    assert (persons["赵丽"]["origin_county"], persons["赵丽"]["origin_strength"]) == ("东区", "strong")
    assert persons["李文静"]["origin_strength"] == "strong" and persons["王海波"]["origin_strength"] is None
    assert all(p["id_number"] is None for n, p in persons.items() if n != "陈刚")

    # officers see the masked value through the usual mask, never a birth date from it
    shown = {r["姓名"]: r for r in query(db_path, "SELECT * FROM 来源记录")}
    assert shown["张晓明"]["身份证号"] == "510422********3265"
    assert shown["李文静"]["身份证号"] == "5104**********1234"
    assert shown["赵丽"]["身份证号"] == "510402************"
    assert shown["陈刚"]["身份证号"] == "510421********1236"
    assert all("19970305" not in str(v) and "0305" not in str(v) for v in shown["赵丽"].values())
    assert "部分隐去" in shown["赵丽"]["攀籍依据"]


def test_a_v19_database_is_upgraded_and_a_fresh_one_has_the_column(tmp_path, monkeypatch):
    # a registry written before masked IDs were kept: schema v19, a row of the old kind
    old = tmp_path / "old.db"
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", [x for x in schema.MIGRATIONS if x[0] <= 19])
        m.setattr(schema, "LATEST", 19)
        conn = connect(old)
        assert schema.schema_version(conn) == 19
        assert "id_visible" not in {r[1] for r in conn.execute("PRAGMA table_info(source_records)")}
        conn.execute("INSERT INTO sources (file_name, sha256, format, imported_at) VALUES ('a.csv', 'x', 'csv', 'now')")
        conn.execute("INSERT INTO source_records (source_id, row_number, raw_json, name, id_number) "
                     "VALUES (1, 2, '{}', '张伟', '510402199004170011')")
        conn.close()
    conn = connect(old)
    assert schema.schema_version(conn) == schema.LATEST
    assert "id_visible" in {r[1] for r in conn.execute("PRAGMA table_info(source_records)")}
    conn.execute("INSERT INTO source_records (source_id, row_number, raw_json, name, id_visible, id_status) "
                 "VALUES (1, 3, '{}', '李娜', '510422********3265', 'masked')")
    assert [tuple(r) for r in conn.execute("SELECT 姓名, 身份证号 FROM 来源记录 ORDER BY 行号")] == \
        [("张伟", "510402********0011"), ("李娜", "510422********3265")]
    conn.close()

    fresh = connect(tmp_path / "fresh.db")
    assert "id_visible" in {r[1] for r in fresh.execute("PRAGMA table_info(source_records)")}
    assert schema.schema_version(fresh) == schema.LATEST


def test_the_mask_of_a_visible_form_never_shows_a_birth_date():
    conn = sqlite3.connect(":memory:")
    register_functions(conn)
    mask = "mask_id_visible(?1)"  # as the view 来源记录 calls it
    for visible, shown in [("51042219900101****", "510422************"),
                           ("510422900101***", "510422*********"),
                           ("5104221990******", "510422************"),   # as v20 stored condensed forms
                           ("5104**********1234", "5104**********1234")]:
        assert conn.execute(f"SELECT {mask}", (visible,)).fetchone()[0] == shown
