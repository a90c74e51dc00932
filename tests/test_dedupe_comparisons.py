"""Comparison levels (settings.json, run by Splink's SQL) for the hard cases of Chinese names and messy fields."""
import pytest

from pzh_talent.ingest.normalise import normalise_record
from pzh_talent.registry.dedupe.engine import compare
from pzh_talent.registry.dedupe.features import SETTINGS


def rec(**values):
    return normalise_record(values)


@pytest.mark.parametrize("a, b, level", [
    ("张伟", "張偉", "相同"),              # traditional
    ("张伟", "张 伟", "相同"),              # inner space
    ("吉克·阿呷", "吉克•阿呷", "相同"),      # Yi-name dots
    ("吉克·阿呷", "吉克阿呷", "相同"),
    ("张伟", "张玮", "同音"),              # homophone typed with pinyin input
    ("张伟", "Wei ZHANG", "拼音/外文写法相符"),      # romanised, either order
    ("Zhang Wei", "Wei ZHANG", "拼音/外文写法相符"),
    ("刘世彬", "刘世杉", "差一个字"),          # a misread character (or a brother: other fields decide)
    ("王己明", "王已明", "形近字"),     # handwriting / OCR (ji / yi: not homophones)
    ("侯建国", "候建国", "同音"),       # hou / hou: homophones and look-alikes
    ("欧阳子墨", "欧阳子默", "同音"),
    ("张伟", "李娜", "不同"),
])
def test_name_levels(a, b, level):
    assert compare(rec(name=a), rec(name=b))["name"] == level


def test_a_shared_landline_is_its_own_level():
    a, b = rec(name="王建国", phone=["0812-3345678"]), rec(name="王浩", phone=["0812-3345678"])
    assert compare(a, b)["phone"] == "同一座机（可能是家人）"
    assert compare(rec(phone=["13800001234"]), rec(phone=["138 0000 1234"]))["phone"] == "相同"


def test_missing_values_say_nothing():
    levels = compare(rec(name="张伟"), rec(name="张伟", phone=["13800001234"]))
    assert levels["phone"] is None and levels["id_number"] is None


def test_id_birth_and_employer_levels():
    # a's ID has a typo, so its 出生年月 stays year and month (a valid ID would give the day)
    a = rec(name="张伟", id_number="510402199005011321", birth_date="1990-05", employer="攀钢")
    b = rec(name="张伟", id_number="510402199005011231", birth_date="1990-05-01", employer="攀钢集团有限公司")
    levels = compare(a, b)
    assert levels["id_number"] == "差一位"           # a transposition
    assert levels["birth_date"] == "年月相同（一方只有年月）"
    assert levels["employer"] == "相近"


def test_a_masked_id_agrees_with_the_full_number_it_could_be():
    from pzh_talent.ingest.ids import check_char

    full = "51042219900101326" + check_char("51042219900101326")
    masked = full[:6] + "*" * 8 + full[-4:]
    assert compare(rec(name="王芳", id_number=masked), rec(name="王芳", id_number=full))["id_number"] == "部分隐藏的号码相符"
    other = full[:6] + "*" * 8 + "1111"
    assert compare(rec(name="王芳", id_number=other), rec(name="王芳", id_number=full))["id_number"] == "不同"


def test_major_and_graduation_year_are_evidence():
    a = rec(name="李娜", major="冶金工程", graduation_year="2012")
    b = rec(name="李娜", major="冶金工程", graduation_year="2013")
    levels = compare(a, b)
    assert levels["major"] == "相同" and levels["graduation_year"] == "差一年"


def test_every_level_is_declared():
    declared = {c["output_column_name"]: {lv["label_for_charts"] for lv in c["comparison_levels"]}
                for c in SETTINGS["comparisons"]}
    levels = compare(rec(name="张伟", gender="男", city="成都"), rec(name="王芳", gender="女", city="北京"))
    for name, level in levels.items():
        assert level is None or level in declared[name]
