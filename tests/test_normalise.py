"""Normalisers: what an officer would expect each messy value to mean."""
import pytest

from pzh_talent.ingest.contact import mask_phone, normalise_emails, normalise_phones
from pzh_talent.ingest.education import normalise_education, title_level
from pzh_talent.ingest.ids import check_char, mask_id, normalise_id
from pzh_talent.ingest.names import normalise_name
from pzh_talent.ingest.normalise import normalise_record
from pzh_talent.ingest.values import normalise_date, normalise_gender


@pytest.mark.parametrize("raw, name, flag", [
    ("張偉", "张伟", "traditional_converted"),
    ("张 伟", "张伟", "inner_space_removed"),
    ("张\u3000伟", "张伟", "inner_space_removed"),
    ("王芳（已调离）", "王芳", "annotation_removed"),
    ("李娜(女)", "李娜", "annotation_removed"),
    ("吉克•阿呷", "吉克·阿呷", "dot_unified"),
    ("吉克.阿呷", "吉克·阿呷", "dot_unified"),
    ("吉克・阿呷", "吉克·阿呷", "dot_unified"),
    ("ＺＨＡＮＧ Ｗｅｉ", "ZHANG Wei", None),
])
def test_name_variants(raw, name, flag):
    n = normalise_name(raw)
    assert n.name == name
    if flag:
        assert flag in n.flags


def test_annotation_is_kept_not_lost():
    assert normalise_name("王芳（已调离）").annotation == "已调离"


@pytest.mark.parametrize("a, b", [
    ("Zhang Wei", "Wei Zhang"), ("ZHANG Wei", "Wei ZHANG"), ("Zhang, Wei", "张伟"),
    ("Xiao-Ming Zhang", "张晓明"), ("Zhang Xiaoming", "张晓明"), ("Lyu Bu", "吕布"),
])
def test_romanised_and_chinese_forms_share_a_key(a, b):
    assert normalise_name(a).key == normalise_name(b).key


@pytest.mark.parametrize("name, key", [
    ("单雄信", "shan xiongxin"), ("曾国藩", "guofan zeng"), ("解缙", "jin xie"), ("仇英", "qiu ying"),
    ("区伟", "ou wei"), ("朴树", "piao shu"), ("查良镛", "liangyong zha"), ("覃华", "hua qin"),
    ("翟志刚", "zhai zhigang"), ("盖伟", "ge wei"), ("缪娟", "juan miao"), ("欧阳子墨", "ouyang zimo"),
])
def test_surnames_read_as_surnames(name, key):
    assert normalise_name(name).key == key


def test_compound_surname_split():
    n = normalise_name("欧阳子墨")
    assert (n.surname, n.given) == ("欧阳", "子墨")
    assert normalise_name("吉克·阿呷").surname == "吉克"


def make_id(first17):
    return first17 + check_char(first17)


def test_id_valid_checksum_gender_birth():
    i = normalise_id(make_id("51040219900501123"))
    assert (i.status, i.area, i.birth_date, i.gender) == ("valid", "510402", "1990-05-01", "男")


def test_id_lowercase_x_fullwidth_and_spaces():
    good = make_id("51042119850312002")
    raw = good[:6] + " " + good[6:]
    raw = raw.replace("0", "０")
    assert normalise_id(raw).number == good
    if good.endswith("X"):
        assert normalise_id(good.lower()).number == good


def test_id_15_digit_converted():
    i = normalise_id("510402750501123")
    assert i.status == "converted_from_15"
    assert i.number == make_id("51040219750501123")


def test_id_one_character_typo_is_flagged_and_kept():
    good = make_id("51040219900501123")
    typo = good[:10] + str((int(good[10]) + 1) % 10) + good[11:]
    i = normalise_id(typo)
    assert i.status == "checksum_error" and i.number == typo and "id_checksum_error" in i.flags


def test_id_damaged_by_excel_is_not_stored_as_if_right():
    assert normalise_id(5.10402199004178e17).status == "excel_damaged"
    assert normalise_id("5.10402199004178E+17").number is None


def test_masks():
    assert mask_id("510402199005011234") == "510402********1234"
    assert mask_phone("+8613812345678") == "138****5678"


@pytest.mark.parametrize("raw, numbers, kinds", [
    ("13812345678", ["+8613812345678"], ["mobile"]),
    ("138 1234 5678", ["+8613812345678"], ["mobile"]),
    ("+86 138-1234-5678", ["+8613812345678"], ["mobile"]),
    ("0086 13812345678", ["+8613812345678"], ["mobile"]),
    ("１３８１２３４５６７８", ["+8613812345678"], ["mobile"]),
    ("0812-3334444", ["+868123334444"], ["landline"]),
    ("13812345678/0812-3334444", ["+8613812345678", "+868123334444"], ["mobile", "landline"]),
    ("+1 617 555 0100", ["+16175550100"], ["mobile"]),
    # what a number is, written right beside it, with no separator
    ("18193691131（办）0812-3874729", ["+8618193691131", "+868123874729"], ["mobile", "landline"]),
    ("手机：13812345678 办公：0812-3334444", ["+8613812345678", "+868123334444"], ["mobile", "landline"]),
    ("(0812)3334444", ["+868123334444"], ["landline"]),  # a bracket with digits is an area code
    ("(852) 6752 4785", ["+85267524785"], ["mobile"]),     # … unless it is a country code
    ("+1 (617) 555-0143", ["+16175550143"], ["mobile"]),
])
def test_phones(raw, numbers, kinds):
    p = normalise_phones(raw)
    assert p.numbers == numbers
    assert p.kinds == kinds


def test_phone_from_a_numeric_cell_is_flagged():
    p = normalise_phones(13812345678.0)
    assert p.numbers == ["+8613812345678"] and "phone_numeric_cell" in p.flags


def test_invalid_phone_flagged():
    assert "phone_invalid" in normalise_phones("12345").flags


def test_emails():
    assert normalise_emails(" ZW@163.COM ").addresses == ["zw@163.com"]
    assert normalise_emails("a@qq.com；b@163.com").addresses == ["a@qq.com", "b@163.com"]
    e = normalise_emails("zw@163.con")
    assert e.addresses == ["zw@163.com"] and "email_typo_fixed" in e.flags
    assert "email_invalid" in normalise_emails("not an email").flags


@pytest.mark.parametrize("raw, iso", [
    ("1990-05-01", "1990-05-01"), ("1990/5/1", "1990-05-01"), ("1990.05", "1990-05"), ("199005", "1990-05"),
    ("19900501", "1990-05-01"), ("1990年5月", "1990-05"), ("1990年5月1日", "1990-05-01"), ("May 1990", "1990-05"),
    ("13/05/1990", "1990-05-13"), (1990, "1990"), (33000, "1990-05-07"),
])
def test_dates(raw, iso):
    assert normalise_date(raw)[0] == iso


def test_ambiguous_day_month_keeps_only_the_year():
    assert normalise_date("05/06/1990") == ("1990", "birth_date_ambiguous")


def test_gender():
    assert [normalise_gender(x) for x in ["男", "F", "female", "女士", "?"]] == ["男", "女", "女", "女", None]


@pytest.mark.parametrize("raw, level, degree", [
    ("博士", "博士研究生", None), ("Ph.D.", "博士研究生", None), ("研究生", "硕士研究生", None),
    ("研究生/硕士", "硕士研究生", "硕士"), ("大学本科", "大学本科", None), ("大专", "大学专科", None),
    ("MBA", "硕士研究生", None), ("EMBA", "硕士研究生", None), ("MD", "博士研究生", None), ("M.D.", "博士研究生", None),
    ("中专", "高中/中专", None), ("M.Eng.", "硕士研究生", None), ("M.Sc.", "硕士研究生", None),
    ("B.Eng.", "大学本科", None), ("研究生/博士", "博士研究生", "博士"),  # a postgraduate with a doctorate
    ("碩士研究生", "硕士研究生", None), ("大學本科", "大学本科", None),  # Hong Kong and Taiwan forms
])
def test_education(raw, level, degree):
    assert normalise_education(raw)[:2] == (level, degree)


def test_postdoc_is_a_position_not_a_level_of_its_own():
    assert normalise_education("博士后") == ("博士研究生", None, "education_postdoc")


@pytest.mark.parametrize("raw, level", [
    ("教授", "正高"), ("正高级工程师", "正高"), ("教授级高级工程师", "正高"), ("主任医师", "正高"),
    ("研究员", "正高"), ("副教授", "副高"), ("高级工程师", "副高"), ("副主任医师", "副高"), ("高级教师", "副高"),
    ("讲师", "中级"), ("工程师", "中级"), ("主治医师", "中级"), ("一级教师", "中级"), ("助理研究员", "中级"),
    ("助理工程师", "初级"), ("Associate Professor", "副高"), ("总经理", None),
])
def test_title_levels(raw, level):
    assert title_level(raw) == level


def test_record_birth_and_gender_from_id_when_missing():
    r = normalise_record({"name": "张伟", "id_number": make_id("51040219900501123")})
    assert (r["birth_date"], r["birth_year"], r["gender"]) == ("1990-05-01", 1990, "男")


def test_record_takes_the_day_from_the_id_when_the_row_gives_year_and_month():
    r = normalise_record({"name": "张伟", "id_number": make_id("51040219900517123"), "birth_date": "1990.05"})
    assert r["birth_date"] == "1990-05-17" and "birth_date_differs_from_id" not in (r["flags"] or "")


def test_an_old_15_digit_id_survives_a_number_cell():
    # Excel keeps 15 significant digits: an 18-digit ID is lost, a 15-digit one is whole
    x = normalise_id(510422671013521.0)
    assert (x.number, x.status) == ("510422196710135215", "converted_from_15")
    assert normalise_id(5.10402199001011e17).status == "excel_damaged"


def test_record_flags_birth_date_that_contradicts_id():
    r = normalise_record({"name": "张伟", "id_number": make_id("51040219900501123"), "birth_date": "1991-05"})
    assert "birth_date_differs_from_id" in r["flags"]


def test_record_prefers_mobile_over_household_landline():
    r = normalise_record({"name": "张伟", "phone": ["0812-3334444", "13812345678"]})
    assert r["phone"] == "+8613812345678" and r["phone_kind"] == "mobile"
    assert r["phones"] == '["+868123334444", "+8613812345678"]'


def test_record_origin_from_id_area_not_from_dadukou():
    r = normalise_record({"name": "张伟", "id_number": make_id("50010419900501123"), "hometown": "重庆大渡口"})
    assert r["origin_strength"] is None
    r = normalise_record({"name": "张伟", "id_number": make_id("51042219900501123")})
    assert r["origin_strength"] == "strong" and r["origin_county"] == "盐边县"


def test_local_landline_without_area_code_is_panzhihuas():
    p = normalise_phones("3321739")
    assert p.numbers == ["+868123321739"] and "landline_area_code_assumed_0812" in p.flags


def test_foreign_number_in_an_unknown_range_is_kept_flagged():
    p = normalise_phones("+65 9912 3897")
    assert p.numbers == ["+6599123897"] and "phone_unverified" in p.flags
    assert normalise_phones("12345678").numbers == []  # no country code: not guessed


def test_year_month_date_cell_agrees_with_the_id():
    from datetime import datetime

    r = normalise_record({"name": "张伟", "id_number": make_id("51041119851210215"),
                          "birth_date": datetime(1985, 12, 1)})
    assert r["birth_date"] == "1985-12-10" and r["flags"] is None


def test_college_diploma_is_not_a_bachelor():
    assert normalise_education("大学专科")[0] == "大学专科"
    assert normalise_education("全日制本科")[0] == "大学本科"
    assert normalise_education("在职研究生")[0] == "硕士研究生"


def test_phone_shown_in_scientific_notation_is_flagged_not_guessed():
    p = normalise_phones("1.38E+10")
    assert p.numbers == [] and p.flags == ["phone_excel_damaged"]
