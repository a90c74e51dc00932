"""Comparison levels for the hard cases of Chinese names and messy fields."""
import pytest

from pzh_talent.ingest.normalise import normalise_record
from pzh_talent.registry.dedupe.comparisons import COMPARISONS, compare_pair


def rec(**values):
    return normalise_record(values)


@pytest.mark.parametrize("a, b, level", [
    ("张伟", "張偉", "exact"),              # traditional
    ("张伟", "张 伟", "exact"),              # inner space
    ("吉克·阿呷", "吉克•阿呷", "exact"),      # Yi-name dots
    ("吉克·阿呷", "吉克阿呷", "exact"),
    ("张伟", "张玮", "same_pinyin"),          # homophone typed with pinyin input
    ("张伟", "Wei ZHANG", "romanised"),      # romanised, either order
    ("Zhang Wei", "Wei ZHANG", "romanised"),
    ("刘世彬", "刘世杉", "one_char"),          # a misread character (or a brother: other fields decide)
    ("王己明", "王已明", "shape_similar"),     # handwriting / OCR (ji / yi: not homophones)
    ("侯建国", "候建国", "same_pinyin"),       # hou / hou: homophones and look-alikes
    ("欧阳子墨", "欧阳子默", "same_pinyin"),
    ("张伟", "李娜", "else"),
])
def test_name_levels(a, b, level):
    assert compare_pair(rec(name=a), rec(name=b))["name"] == level


def test_a_shared_landline_is_its_own_level():
    a, b = rec(name="王建国", phone=["0812-3345678"]), rec(name="王浩", phone=["0812-3345678"])
    assert compare_pair(a, b)["phone"] == "landline"
    assert compare_pair(rec(phone=["13800001234"]), rec(phone=["138 0000 1234"]))["phone"] == "exact"


def test_missing_values_say_nothing():
    levels = compare_pair(rec(name="张伟"), rec(name="张伟", phone=["13800001234"]))
    assert levels["phone"] is None and levels["id_number"] is None


def test_id_birth_and_employer_levels():
    # a's ID has a typo, so its 出生年月 stays year and month (a valid ID would give the day)
    a = rec(name="张伟", id_number="510402199005011321", birth_date="1990-05", employer="攀钢")
    b = rec(name="张伟", id_number="510402199005011231", birth_date="1990-05-01", employer="攀钢集团有限公司")
    levels = compare_pair(a, b)
    assert levels["id_number"] == "one_typo"           # a transposition
    assert levels["birth_date"] == "year_month"
    assert levels["employer"] == "similar"


def test_every_level_is_declared():
    declared = {c.name: set(c.levels) for c in COMPARISONS}
    levels = compare_pair(rec(name="张伟", gender="男", city="成都"), rec(name="王芳", gender="女", city="北京"))
    for name, level in levels.items():
        assert level is None or level in declared[name]
