"""IDs printed masked, as offices publish lists (issue 13): recognised as masked, not invalid; their
visible parts kept and used as origin evidence; never taken for an ID number."""
import pytest

from pzh_talent.ingest.ids import normalise_id
from tests.conftest import query, write_csv


@pytest.mark.parametrize("text, area, birth, gender, visible", [
    ("510422********3265", "510422", None, "女", "510422********3265"),
    ("5104**********1234", "5104", None, "男", "5104**********1234"),
    ("51042219900101****", "510422", "1990-01-01", None, "51042219900101****"),
    ("510422＊＊＊＊＊＊＊＊3265", "510422", None, "女", "510422********3265"),
    ("5104XXXXXXXXXX1234", "5104", None, "男", "5104**********1234"),
    ("510422 1990** ****", "510422", None, None, "5104221990******"),
])
def test_masked_forms(text, area, birth, gender, visible):
    x = normalise_id(text)
    assert (x.status, x.number, x.area, x.birth_date, x.gender, x.visible) == \
        ("masked", None, area, birth, gender, visible)


@pytest.mark.parametrize("text", ["****************", "51**************12", "abc", "123456"])
def test_too_little_shows_to_mean_anything(text):
    assert normalise_id(text).status == "invalid"


def test_a_valid_id_with_check_character_x_is_not_masked():
    assert normalise_id("51042219900101123X").status in ("valid", "checksum_error")


def test_a_graduate_list_with_masked_ids(tmp_path, run, db_path):
    rows = [["姓名", "身份证号", "出生年月", "毕业院校"],
            ["张晓明", "510422********3265", "1998-06", "四川大学"],
            ["李文静", "5104**********1234", "1999-02", "四川大学"],
            ["王海波", "510722********2211", "1998-11", "四川大学"]]
    result = run("ingest", write_csv(tmp_path / "四川大学2023届毕业生.csv", rows))
    assert result.exit_code == 0, result.output
    assert "拒收 0" in result.output
    got = {r["name"]: r for r in query(db_path, "SELECT name, id_number, id_status, id_area, id_visible, "
                                                "origin_strength, origin_county, flags FROM source_records")}
    assert all(r["id_number"] is None and r["id_status"] == "masked" for r in got.values())
    assert got["张晓明"]["id_area"] == "510422" and got["张晓明"]["origin_county"] == "盐边县"
    assert got["李文静"]["origin_strength"] == "strong"  # 5104: Panzhihua, county hidden
    assert got["王海波"]["origin_strength"] is None       # 510722: 绵阳
    assert "id_invalid" not in (got["张晓明"]["flags"] or "")
    # officers never see more than the masked view shows
    shown = query(db_path, "SELECT * FROM 来源记录")
    assert not any("********3265" in str(v) and "1998" in str(v) for r in shown for v in r.values())
