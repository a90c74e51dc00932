import pytest

from pzh_talent.ingest.origin import Evidence, origin_county, origin_evidence, origin_strength


def one(values, id_area=None):
    ev = origin_evidence(values, id_area)
    assert len(ev) == 1, ev
    return ev[0]


# --- resident ID area codes -----------------------------------------------------------------

@pytest.mark.parametrize("code,county,name", [
    ("510400", None, "攀枝花市"), ("510401", None, "市辖区"), ("510402", "东区", "东区"),
    ("510403", "西区", "西区"), ("510411", "仁和区", "仁和区"), ("510420", None, "旧市区"),
    ("510421", "米易县", "米易县"), ("510422", "盐边县", "盐边县"),
])
def test_id_area_codes_are_strong(code, county, name):
    e = one({}, code)
    assert (e.field, e.value, e.strength, e.county) == ("id_number", code, "strong", county)
    assert e.reason.startswith(f"身份证地区码 {code}（") and name in e.reason


@pytest.mark.parametrize("code", ["510100", "500104", "510423", "220104", "", "abc", None])
def test_other_id_areas_are_no_evidence(code):
    assert origin_evidence({}, code) == []


def test_id_area_from_full_id_never_keeps_the_full_number():
    e = one({"id_number": "510421 19900101 123X"})
    assert e.value == "510421" and "19900101" not in e.reason
    e = one({"id_number": "５１０４０２１９９００１０１１２３４"})     # full-width
    assert e.value == "510402" and e.county == "东区"


def test_excel_damaged_id_gives_no_area():
    assert origin_evidence({"id_number": "5.10402199004178E+17"}) == []


# --- place-of-origin fields: strong ---------------------------------------------------------

@pytest.mark.parametrize("field", ["hometown", "birthplace", "household", "student_origin"])
@pytest.mark.parametrize("text,county", [
    ("四川攀枝花", None), ("攀枝花", None), ("四川省攀枝花市", None), ("攀枝花市东区", "东区"),
    ("攀枝花西区", "西区"), ("四川省攀枝花市米易县", "米易县"), ("攀枝花市仁和区", "仁和区"),
    ("攀枝花仁和", "仁和区"), ("渡口市", None), ("四川省渡口市郊区", "仁和区"), ("四川渡口", None),
    ("米易", "米易县"), ("米易县", "米易县"), ("盐边", "盐边县"), ("四川盐边县", "盐边县"), ("仁和区", "仁和区"),
    ("Panzhihua", None), ("Panzhihua, Sichuan, China", None), ("Pan Zhi Hua", None),
    ("Panzhihua East District", "东区"), ("Miyi", "米易县"), ("Miyi County, Sichuan", "米易县"),
    ("Yanbian, Sichuan", "盐边县"), ("Yanbian County, Panzhihua", "盐边县"),
])
def test_origin_fields_strong(field, text, county):
    e = one({field: text})
    assert (e.field, e.value, e.strength, e.county) == (field, text, "strong", county)


def test_reason_is_plain_chinese():
    assert one({"hometown": "四川攀枝花"}).reason == "籍贯含“攀枝花”"
    assert one({"birthplace": "渡口市"}).reason == "出生地含“渡口市”"
    assert one({"student_origin": "米易"}).reason == "生源地含“米易”"


@pytest.mark.parametrize("text,county,token", [
    ("鹽邊縣", "盐边县", "盐边"), ("攀枝花市東區", "东区", "攀枝花"), ("四川省攀枝花市米易縣", "米易县", "攀枝花"),
    ("攀枝花市仁和區", "仁和区", "攀枝花"),
])
def test_traditional_input(text, county, token):
    e = one({"hometown": text})
    assert (e.strength, e.county) == ("strong", county)
    assert e.value == text and token in e.reason


def test_renhe_alone_is_medium():
    e = one({"hometown": "仁和"})
    assert (e.strength, e.county) == ("medium", "仁和区")
    assert one({"household": "四川仁和镇"}).strength == "medium"
    assert one({"hometown": "攀枝花市仁和镇"}).strength == "strong"


def test_pangang_in_origin_field_is_medium():
    assert one({"household": "攀钢集体户"}).strength == "medium"


# --- false hits -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "大渡口", "大渡口区", "重庆大渡口", "重庆市大渡口区", "四川省重庆市大渡口区",   # 500104, Chongqing
    "渡口镇", "湖北渡口镇", "四川省渡口镇", "渡口",                              # not the city
    "延边", "吉林延边", "延边朝鲜族自治州", "Yanbian", "Yanbian, Jilin", "Yanbian Korean Autonomous Prefecture",
    "东区", "西区", "香港东区", "中山东区", "中山市东区街道", "成都东区", "台湾新竹东区", "Hong Kong Eastern District",
    "攀登", "攀西", "浙江杭州仁和", "杭州市余杭区仁和街道", "上海市攀枝花路", "成都", "四川", "Renhe",
    "", "   ", "无",
])
@pytest.mark.parametrize("field", ["hometown", "birthplace", "household", "student_origin", "address"])
def test_no_false_hits(field, text):
    assert origin_evidence({field: text}) == []


@pytest.mark.parametrize("values", [
    {"name": "攀枝花"}, {"expertise": "攀枝花钒钛磁铁矿综合利用"}, {"department": "攀枝花项目部"},
    {"remarks": "推荐人：王米易"}, {"remarks": "联系人李盐边"}, {"employer": "仁和药业"},
    {"employer": "重庆大渡口区政府"}, {"city": "东区"}, {"city": "成都"}, {"city": "大渡口"},
    {"school": "四川大学"}, {"school": "延边大学"}, {"school": "重庆市大渡口区实验中学"},
    {"school": "河南省大河中学"}, {"hometown": None}, {"hometown": float("nan")},
])
def test_no_false_hits_other_fields(values):
    assert origin_evidence(values) == []


# --- schools: medium ------------------------------------------------------------------------

@pytest.mark.parametrize("text,county", [
    ("攀枝花三中", None), ("攀枝花市第三高级中学", None), ("攀枝花七中", None), ("攀枝花市第十二中学", None),
    ("攀钢一中", None), ("攀钢集团第一高级中学", None), ("攀钢三中", None), ("米易中学", "米易县"),
    ("盐边中学", "盐边县"), ("攀枝花学院", None), ("攀枝花外国语学校", None), ("大河中学", None),
    ("攀枝花市大河中学", None), ("攀三中", None), ("攀枝花市仁和区总发中学", "仁和区"),
    ("Panzhihua University", None), ("Panzhihua No.3 Senior High School", None), ("攀枝花學院", None),
])
def test_school_is_medium(text, county):
    e = one({"school": text})
    assert (e.field, e.strength, e.county) == ("school", "medium", county)
    assert e.reason == f"毕业于攀枝花学校：{text}"


# --- weak fields ----------------------------------------------------------------------------

def test_address_is_weak():
    e = one({"address": "四川省攀枝花市东区炳草岗大街1号"})
    assert (e.strength, e.county, e.reason) == ("weak", "东区", "通讯地址含“攀枝花”")


def test_remarks_are_weak():
    assert one({"remarks": "攀枝花人，在外工作"}).strength == "weak"
    assert one({"remarks": "老家米易县"}).county == "米易县"
    assert one({"remarks": "攀籍人才"}).reason == "备注含“攀籍”"


@pytest.mark.parametrize("text", ["攀钢集团有限公司", "攀钢集团研究院", "攀枝花学院", "米易县人民医院",
                                  "Pangang Group"])
def test_employer_is_weak(text):
    e = one({"employer": text})
    assert e.strength == "weak" and "工作单位在攀枝花" in e.reason


@pytest.mark.parametrize("text,county", [("攀枝花", None), ("攀枝花市", None), ("攀枝花市西区", "西区"),
                                         ("Panzhihua", None), ("米易", "米易县")])
def test_city_is_weak(text, county):
    e = one({"city": text})
    assert (e.strength, e.county) == ("weak", county) and e.reason.startswith("现居城市")


# --- combining ------------------------------------------------------------------------------

def test_strength_and_county_from_strongest():
    ev = origin_evidence({"hometown": "仁和", "school": "米易中学", "employer": "攀钢集团",
                          "city": "攀枝花市西区"}, id_area="510422")
    assert [e.field for e in ev] == ["id_number", "hometown", "school", "city", "employer"]
    assert origin_strength(ev) == "strong"
    assert origin_county(ev) == "盐边县"          # from the ID, the strongest that names one


def test_county_falls_back_to_weaker_evidence():
    ev = origin_evidence({"hometown": "攀枝花", "school": "米易中学"})
    assert origin_strength(ev) == "strong"
    assert origin_county(ev) == "米易县"


def test_where_a_person_works_or_lives_names_no_origin_county():
    ev = origin_evidence({"hometown": "攀枝花", "city": "米易", "employer": "米易县人民医院"})
    assert origin_strength(ev) == "strong" and origin_county(ev) is None
    assert origin_county(origin_evidence({"employer": "盐边县教育和体育局"})) is None


def test_only_weak_is_weak_and_none_is_none():
    ev = origin_evidence({"employer": "攀钢集团", "address": "北京市海淀区"})
    assert origin_strength(ev) == "weak" and origin_county(ev) is None
    assert origin_strength([]) is None and origin_county([]) is None
    assert origin_evidence({"hometown": "四川成都", "school": "四川大学"}) == []


def test_evidence_is_frozen_and_cached():
    e1 = one({"hometown": "攀枝花"})
    e2 = one({"hometown": "攀枝花"})
    assert e1 == e2 and isinstance(e1, Evidence)
    with pytest.raises(Exception):
        e1.strength = "weak"
