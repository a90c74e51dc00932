"""Roster context: what a title row, sheet name or file name says about everyone on the roster."""
import pytest

from pzh_talent.ingest.context import KINDS, SOURCES, RosterFact, fact_evidence, roster_context
from pzh_talent.ingest.origin import Evidence, field_evidence

RANK = {"strong": 0, "medium": 1, "weak": 2, None: 3}


def title_facts(title):
    return [(f.kind, f.value, f.strength, f.county) for f in roster_context("", [], [title])]


def file_facts(name):
    return [(f.kind, f.value, f.strength, f.county) for f in roster_context(name, [], [])]


def origin_facts(facts):
    """What gives origin evidence: facts with a strength."""
    return [f for f in facts if f[2] is not None]


# --- a Panzhihua school's alumni roster: that school, rated as a school column naming it --------------

SCHOOL_MEDIUM = field_evidence("school", "攀枝花三中").strength


@pytest.mark.parametrize("title,school,county", [
    ("攀枝花市第三高级中学2008届在外校友名单", "攀枝花市第三高级中学", None),
    ("攀枝花三中在外校友通讯录", "攀枝花市第三高级中学", None),
    ("攀枝花市第三高级中学校在外校友联络名单", "攀枝花市第三高级中学", None),
    ("攀三中2005级同学录", "攀枝花市第三高级中学", None),
    ("攀枝花市第三中学2012届毕业生", "攀枝花市第三高级中学", None),
    ("攀枝花市第七高级中学校友通讯录（部分）", "攀枝花市第七高级中学", None),
    ("攀枝花七中校友返校活动签到", "攀枝花市第七高级中学", None),         # a reunion's sign-in: alumni came
    ("攀枝花市十二中校友会", "攀枝花市第十二中学", None),
    ("攀枝花市第十五中学校2010届学生名单", "攀枝花市第十五中学", None),
    ("海外攀枝花一中校友", "攀枝花市第一中学", None),
    ("米易中学2010届毕业生", "米易中学", "米易县"),
    ("盐边县中学高2003级校友", "盐边县中学", "盐边县"),
    ("攀枝花市实验学校2010届毕业生", "攀枝花市实验学校", None),
    ("攀钢集团第一子弟学校校友", "攀钢集团第一子弟学校", None),
    ("攀枝花市第三高級中學2008屆在外校友名單", "攀枝花市第三高级中学", None),   # traditional characters
    ("Panzhihua No.3 High School Alumni", "攀枝花市第三高级中学", None),
    ("Panzhihua No. 7 Middle School graduates 攀枝花七中", "攀枝花市第七高级中学", None),
    ("Students from Panzhihua No.3 High School", "攀枝花市第三高级中学", None),
])
def test_panzhihua_school_alumni_roster_gives_the_school(title, school, county):
    assert title_facts(title) == [("school", school, SCHOOL_MEDIUM, county)]
    assert SCHOOL_MEDIUM == "medium"


@pytest.mark.parametrize("title", ["攀枝花三中教职工名单", "攀枝花七中2024年教师招聘考生", "攀枝花市第三高级中学",
                                   "攀枝花三中退休教师通讯录"])
def test_a_school_named_without_its_alumni_says_nothing(title):
    assert title_facts(title) == []


# --- explicit statements of origin: strong -------------------------------------------------------------

@pytest.mark.parametrize("title,value,county", [
    ("攀枝花籍人才信息采集表", "攀枝花市", None),
    ("攀籍在外人才摸底情况汇总表", "攀枝花市", None),
    ("攀枝花市籍在外博士名单", "攀枝花市", None),
    ("盐边县籍在外博士", "盐边县", "盐边县"),
    ("米易籍在外人才", "米易县", "米易县"),
    ("攀枝花市东区籍在外人才", "东区", "东区"),
    ("仁和区生源大学生", "仁和区", "仁和区"),
    ("籍贯为攀枝花的在校研究生", "攀枝花市", None),
    ("生源地：米易县 2024届毕业生", "米易县", "米易县"),
    ("华西医院攀籍医务人员联络表", "攀枝花市", None),                  # an enterprise's list, but it says so
    ("海外攀籍学者联谊会", "攀枝花市", None),
    ("米易县、盐边籍在外人才", "攀枝花市", None),                       # either county: the city is sure
    ("Natives of Panzhihua in Shenzhen", "攀枝花市", None),
    ("Panzhihua-born scholars abroad", "攀枝花市", None),
])
def test_an_explicit_statement_is_strong(title, value, county):
    facts = title_facts(title)
    assert ("origin", value, "strong", county) in facts
    assert [f for f in facts if f[0] != "school"] == [("origin", value, "strong", county)]


@pytest.mark.parametrize("title,school", [
    ("四川大学2023届攀枝花籍毕业生名单", "四川大学"),
    ("重庆大学攀枝花生源毕业生", "重庆大学"),
    ("西南交通大学2022届毕业生（攀枝花生源）", "西南交通大学"),
    ("电子科技大学攀枝花籍校友", "电子科技大学"),
    ("攀枝花学院2023届攀枝花生源毕业生", "攀枝花学院"),
    ("川大2023届攀枝花籍毕业生", None),                              # short form: not read as a school
    ("Sichuan University graduates from Panzhihua", "四川大学"),
])
def test_a_university_list_with_an_origin_statement(title, school):
    facts = title_facts(title)
    assert ("origin", "攀枝花市", "strong", None) in facts
    schools = [f for f in facts if f[0] == "school"]
    assert schools == ([("school", school, None, None)] if school else [])


@pytest.mark.parametrize("title", ["非攀枝花籍毕业生名单", "非攀籍人员", "大渡口区籍在外人才", "延边籍在外博士",
                                   "外省籍在攀人才"])
def test_statements_that_are_not_panzhihua_origin(title):
    assert title_facts(title) == []


# --- a Panzhihua county's (or the city's) list of its people away: strong; back home: medium ---------

@pytest.mark.parametrize("title,value,county", [
    ("仁和区在外人才", "仁和区", "仁和区"),
    ("攀枝花市仁和区在外人才登记表", "仁和区", "仁和区"),
    ("米易县外出务工人员", "米易县", "米易县"),
    ("盐边县在外人员春节返乡登记", "盐边县", "盐边县"),
    ("攀枝花市在外优秀人才信息库", "攀枝花市", None),
    ("攀枝花市在外人才信息采集（第二批）", "攀枝花市", None),
    ("在京攀枝花人才名单", "攀枝花市", None),
    ("米易盐边在外人才摸底表", "攀枝花市", None),                       # two counties: which one is unknown
    ("攀枝花海外及省外人才联络表", "攀枝花市", None),
])
def test_a_county_list_of_people_away_is_strong(title, value, county):
    assert title_facts(title) == [("county", value, "strong", county)]


@pytest.mark.parametrize("title,value,county", [
    ("米易县2024年春节返乡人员登记表", "米易县", "米易县"),
    ("攀枝花市东区2024年春节返乡人员登记表", "东区", "东区"),
    ("2024年春节返攀大学生登记表", "攀枝花市", None),
    ("米易县盐边县返乡创业就业人才登记表", "攀枝花市", None),
    ("米易县2024年春节返乡人才座谈会签到表", "米易县", "米易县"),       # the meeting was for returnees
    ("回攀人才意向调查", "攀枝花市", None),
])
def test_a_return_list_is_medium(title, value, county):
    assert title_facts(title) == [("county", value, "medium", county)]


@pytest.mark.parametrize("title", ["东区在外人才", "西区返乡人员", "重庆市大渡口区在外人才", "延边州在外人才",
                                   "成都市在外人才", "攀枝花市外国专家名单", "攀枝花市人才名单",
                                   "盐边县人才办年度优秀人才报送", "外地在攀人才名单", "来攀人才登记表",
                                   "攀枝花市引进人才名单", "攀钢集团在外人员"])
def test_lists_that_are_no_county_list(title):
    assert title_facts(title) == []


# --- associations of Panzhihua people: weak ------------------------------------------------------------

@pytest.mark.parametrize("title,name", [
    ("海外攀枝花人才联谊会会员", "海外攀枝花人才联谊会"),
    ("攀枝花北京商会会员名录", "攀枝花北京商会"),
    ("北京攀枝花商会会员通讯录2024", "北京攀枝花商会"),
    ("深圳市攀枝花商会会员名录", "深圳市攀枝花商会"),
    ("成都市攀枝花商会2024年会员", "成都市攀枝花商会"),
    ("香港攀枝花同鄉會會員名冊", "香港攀枝花同乡会"),
    ("攀枝花在蓉同乡会", "攀枝花在蓉同乡会"),
    ("北京攀枝花同乡人才联谊会会员信息表", "北京攀枝花同乡人才联谊会"),
    ("Overseas Panzhihua Fellowship 海外攀枝花同乡联谊会会员名录2024", "海外攀枝花同乡联谊会"),
    ("Panzhihua Overseas Talent Network 海外攀枝花人才联谊会", "海外攀枝花人才联谊会"),
    ("Overseas Panzhihua Talent Network", "Overseas Panzhihua Talent Network"),
    ("Panzhihua Chamber of Commerce in Shanghai", "Panzhihua Chamber of Commerce"),
])
def test_an_association_of_panzhihua_people_is_weak(title, name):
    assert title_facts(title) == [("network", name, "weak", None)]


@pytest.mark.parametrize("title", ["攀枝花市温州商会会员", "浙江商会攀枝花分会", "攀枝花市钒钛产业协会会员名单",
                                   "Panzhihua Association of Engineers", "四川大学北京校友会",
                                   "海外攀枝花人才联谊会2024年会签到表"])
def test_local_bodies_and_others_associations_give_no_network(title):
    assert [f for f in title_facts(title) if f[0] == "network"] == []


def test_a_university_alumni_association_in_panzhihua_is_that_university_only():
    assert title_facts("四川大学攀枝花校友会会员名单") == [("school", "四川大学", None, None)]
    assert title_facts("攀枝花学院校友会在外校友名录") == [("school", "攀枝花学院", None, None)]


def test_strengths_rank_as_documented():
    school = title_facts("攀枝花三中在外校友名单")[0][2]
    stated = title_facts("攀枝花籍在外人才")[0][2]
    away = title_facts("米易县在外人才")[0][2]
    back = title_facts("米易县返乡人员")[0][2]
    network = title_facts("海外攀枝花人才联谊会")[0][2]
    assert RANK[stated] == RANK[away] < RANK[school] == RANK[back] < RANK[network]


# --- what must give no origin fact -------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "攀枝花市2024年人才招聘会签到表", "攀枝花学院校园宣讲会签到", "2024年秋季人才招聘会签到表",
    "攀枝花市2024届高校毕业生招聘会", "攀枝花市事业单位公开招聘考生名单", "米易县2024年返乡人才招聘会签到",
    "攀枝花钒钛论坛海外嘉宾签到表", "攀枝花市人才工作会议签到表", "Panzhihua Job Fair 2024 sign-in",
    "攀钢集团研究院员工名单", "攀枝花钢铁有限公司职工花名册", "米易县人民医院在职人员",
    "攀枝花人才码注册用户导出", "攀枝花市中学生科技竞赛获奖名单", "专家库导出", "人事系统导出_人员基本信息", "Sheet1", "2008届", "",
])
def test_no_origin_fact(title):
    assert origin_facts(title_facts(title)) == []


@pytest.mark.parametrize("title,school", [
    ("攀枝花学院2023届毕业生名单", "攀枝花学院"),
    ("攀枝花学院2023-2024届毕业生去向名单", "攀枝花学院"),
    ("Panzhihua University graduates 2023", "攀枝花学院"),
    ("四川大学2023届毕业生", "四川大学"),
    ("北大2019届校友", None),
    ("成都七中2010届校友", "成都七中"),
    ("河南省大河中学校友", "河南省大河中学"),                         # not 仁和's 大河中学
    ("重庆市大渡口区实验中学校友", "重庆市大渡口区实验中学"),
    ("上海市攀枝花路小学校友", "上海市攀枝花路小学"),                 # a street in Shanghai
    ("Graduates from Panzhihua University", "攀枝花学院"),            # "from Panzhihua" names the school here
])
def test_universities_and_schools_elsewhere_give_a_school_but_no_origin(title, school):
    facts = title_facts(title)
    assert facts == ([("school", school, None, None)] if school else [])
    assert all(fact_evidence(f) is None for f in roster_context("", [], [title]))


def test_an_explicit_statement_survives_a_recruitment_title():
    assert title_facts("攀枝花籍人才招聘会签到表") == [("origin", "攀枝花市", "strong", None)]


# --- file names, sheets, several titles ----------------------------------------------------------------

@pytest.mark.parametrize("name,expected", [
    ("248613377_2_攀枝花三中在外校友名单_导出_20240601(1-26).xlsx",
     [("school", "攀枝花市第三高级中学", "medium", None)]),
    ("D:\\下载\\米易县在外人才统计表 - 副本 (2).xls", [("county", "米易县", "strong", "米易县")]),
    ("/srv/uploads/06_北京攀枝花商会_会员通讯录2024.xlsx", [("network", "北京攀枝花商会", "weak", None)]),
    ("251907742_0_攀枝花市在外人才信息采集（第二批）_46_46.csv", [("county", "攀枝花市", "strong", None)]),
    ("重庆大学2022届攀枝花籍毕业生.csv",
     [("origin", "攀枝花市", "strong", None), ("school", "重庆大学", None, None)]),
    ("攀枝花七中校友通讯录_最终版v2.xlsx", [("school", "攀枝花市第七高级中学", "medium", None)]),
    ("人才招聘会签到表_2024春.csv", []),
    ("校园招聘宣讲会签到_2023秋.xlsx", []),
    ("overseas_network.xlsx", []),
    ("数据导出_20240605.xlsx", []),
])
def test_file_names_with_noise(name, expected):
    assert file_facts(name) == expected


def test_facts_say_where_they_came_from_and_repeat_once():
    facts = roster_context("攀枝花三中在外校友名单.xlsx", ["2005届", "2008届", "填表说明"],
                           ["攀枝花市第三高级中学在外校友信息登记表", "填表日期：2024年6月"])
    assert facts == [RosterFact("school", "攀枝花市第三高级中学", "标题", "攀枝花市第三高级中学在外校友信息登记表",
                                "medium", None)]


def test_a_title_on_two_rows_is_read_together():
    facts = roster_context("名单.csv", None, ["米易县", "2024年春节返乡人员登记表"])
    assert [(f.kind, f.value, f.source, f.text, f.strength) for f in facts] == [
        ("county", "米易县", "标题", "米易县 2024年春节返乡人员登记表", "medium")]


def test_the_alumni_word_may_be_in_a_sheet_name():
    facts = roster_context("攀枝花三中.xlsx", ["2005届", "2008届"], [])
    assert [(f.kind, f.value, f.source, f.text) for f in facts] == [
        ("school", "攀枝花市第三高级中学", "文件名", "攀枝花三中.xlsx")]


def test_sheets_naming_schools_hold_for_their_sheet():
    facts = roster_context("名单.xlsx", ["三中", "七中", None], ["攀枝花市2008届校友"])
    assert [(f.value, f.source, f.text) for f in facts] == [
        ("攀枝花市第三高级中学", "工作表名", "三中"), ("攀枝花市第七高级中学", "工作表名", "七中")]
    assert roster_context("名单.xlsx", ["三中"], []) == []           # 三中 of which city?


def test_a_recruitment_file_name_is_read_for_the_whole_file():
    assert roster_context("人才招聘会签到表.csv", ["米易县在外人才"], ["攀枝花三中2008届校友"]) == []


def test_only_the_known_kinds_and_sources():
    facts = roster_context("米易县在外人才.xlsx", ["海外攀枝花人才联谊会", "四川大学攀枝花籍校友"],
                           ["攀枝花三中2008届校友"])
    assert {f.kind for f in facts} <= set(KINDS) and {f.source for f in facts} <= set(SOURCES)
    assert {f.kind for f in facts} == set(KINDS)


# --- as origin evidence --------------------------------------------------------------------------------

def test_evidence_names_its_source():
    [f] = roster_context("", [], ["攀枝花三中在外校友名单"])
    ev = fact_evidence(f)
    assert isinstance(ev, Evidence)
    assert ev == Evidence("roster", "攀枝花三中在外校友名单",
                          "名单标题“攀枝花三中在外校友名单”：攀枝花市第三高级中学校友", "medium", None)


@pytest.mark.parametrize("file_name,sheets,titles,reason", [
    ("四川大学2023届攀枝花籍毕业生.csv", [], [], "文件名“四川大学2023届攀枝花籍毕业生.csv”：写明“攀枝花籍”"),
    ("a.xlsx", ["米易县在外人才"], [], "工作表名“米易县在外人才”：米易县在外人员名单"),
    ("a.xlsx", [], ["盐边县2024年春节返乡人员登记表"],
     "名单标题“盐边县2024年春节返乡人员登记表”：盐边县返乡人员名单（返乡者中也有随行家属）"),
    ("a.xlsx", [], ["海外攀枝花人才联谊会会员"],
     "名单标题“海外攀枝花人才联谊会会员”：攀枝花人的联谊组织“海外攀枝花人才联谊会”成员（入会不问籍贯）"),
])
def test_evidence_reasons(file_name, sheets, titles, reason):
    [f] = [f for f in roster_context(file_name, sheets, titles) if f.strength]
    ev = fact_evidence(f)
    assert ev.reason == reason and ev.strength == f.strength and ev.county == f.county
    assert ev.field == "roster" and ev.value == f.text


def test_county_evidence_names_the_county():
    [f] = roster_context("", [], ["米易县2024年春节返乡人员登记表"])
    assert fact_evidence(f).county == "米易县"
