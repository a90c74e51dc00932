"""Headers nobody listed: English words in any case style, pinyin-initial codes, Chinese words inside
longer headers, and headers that are about someone else."""
import pytest

from pzh_talent.ingest.fields import header_match, header_words


@pytest.mark.parametrize("text, words", [
    ("idCardNo", ["id", "card", "no"]),
    ("expert_name", ["expert", "name"]),
    ("work-unit", ["work", "unit"]),
    ("IDNumber", ["id", "no"]),
    ("E-mail Address", ["email", "address"]),
    ("phone2", ["phone"]),
])
def test_header_words_split_every_case_style(text, words):
    assert header_words(text) == words


@pytest.mark.parametrize("text, field", [
    # snake_case, camelCase, kebab-case, spaced English
    ("expert_name", "name"), ("idCardNo", "id_number"), ("mobile_no", "phone"), ("work-unit", "employer"),
    ("Native place", "hometown"), ("nativePlace", "hometown"), ("email_addr", "email"),
    ("birth_dt", "birth_date"), ("date_of_birth", "birth_date"), ("place_of_birth", "birthplace"),
    ("gender_code", "gender"), ("research_field", "expertise"), ("highestDegree", "degree"),
    ("graduation_school", "school"), ("graduationYear", "graduation_year"), ("jobTitle", "position"),
    ("company_phone", "phone"), ("school_name", "school"), ("org_name", "employer"),
    ("currentCity", "city"), ("Tel.", "phone"), ("IDNumber", "id_number"), ("info.mobileNo", "phone"),
    ("first_name", "given_name"), ("LastName", "family_name"), ("name_en", "name_en"),
    # pinyin-initial codes of Chinese database exports, and full pinyin
    ("XM", "name"), ("XB", "gender"), ("SFZH", "id_number"), ("ZJHM", "id_number"), ("CSRQ", "birth_date"),
    ("SJHM", "phone"), ("LXDH", "phone"), ("DZYX", "email"), ("XL", "education"), ("XW", "degree"),
    ("BYYX", "school"), ("ZY", "major"), ("GZDW", "employer"), ("ZW", "position"), ("ZC", "title"),
    ("JG", "hometown"), ("HJD", "household"), ("SYD", "student_origin"), ("XJZD", "city"),
    ("TXDZ", "address"), ("RY_XM", "name"), ("xm", "name"), ("xing_ming", "name"), ("GMSFHM", "id_number"),
    # a field's word anywhere in a Chinese header
    ("本人姓名全称", "name"), ("居民身份证件号", "id_number"), ("个人移动电话", "phone"),
    ("常用电子信箱", "email"), ("老家所在地", "hometown"), ("目前供职机构", "employer"),
    ("毕业院校（最高学历）", "school"), ("本人手机号码", "phone"),
])
def test_header_means_field(text, field):
    assert header_match(text)[0] == field


@pytest.mark.parametrize("text", [
    "字段3", "Column3", "F3", "record_id", "user_id", "紧急联系人电话", "emergency_contact_phone",
    "father_name", "意向工作城市", "期望单位", "YX",  # YX: 邮箱 or 院校, a code two fields share
    # someone else's, however it is written: English whose last word is a field the vocabulary finds
    # inside a header (email), and the last part of a nested JSON key
    "emergency_email", "guardianEmail", "基本信息.father_name", "联系人信息.spouse_phone",
])
def test_header_that_names_no_field_of_the_person(text):
    assert header_match(text)[0] is None


def test_how_the_header_was_read():
    assert header_match("姓名")[1] == "phrase"
    assert header_match("XM")[1] == "code"
    assert header_match("expert_name")[1] == "words"
    assert header_match("本人姓名全称")[1] == "contains"
