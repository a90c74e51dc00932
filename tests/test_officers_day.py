"""Issue 18, the officers' day: what the matching and outreach commands tell officers must be true —
a demand's 前 20 名 are 20, an enterprise is not offered its own staff, 省内 is the job's province,
an ended campaign holds no one back, and the CLI refuses what it cannot mean."""
import json
import sqlite3
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import query, write_csv

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
HEADER = ["姓名", "最高学历", "专业", "研究方向", "职称", "现居城市", "工作单位", "手机"]


def metallurgists(n=30):
    """n metallurgists, all candidates for a 钒钛冶金 demand; the first few the strongest."""
    rows = []
    for i in range(n):
        education = "博士研究生" if i < 5 else "硕士研究生"
        direction = "钒钛磁铁矿冶炼" if i < 10 else "冶金"
        rows.append([f"{SURNAMES[i]}冶{i}", education, "冶金工程", direction, "高级工程师", "昆明",
                     f"昆明钢铁第{i}研究所", f"1380000{i:04d}"])
    return rows


def setup_matching(tmp_path, run, people, demands):
    write_csv(tmp_path / "p.csv", [HEADER] + people)
    (tmp_path / "d.json").write_text(json.dumps(demands, ensure_ascii=False), encoding="utf-8")
    assert run("ingest", tmp_path / "p.csv").exit_code == 0
    assert run("dedupe").exit_code == 0
    out = run("demand", "import", tmp_path / "d.json")
    assert out.exit_code == 0, out.output
    out = run("match")
    assert out.exit_code == 0, out.output


def demand_rows(db_path, ref):
    return query(db_path, "SELECT p.name, p.id AS person_id, m.rank, m.score, m.reasons FROM matches m "
                          "JOIN demands d ON d.id = m.demand_id JOIN persons p ON p.id = m.person_id "
                          "WHERE d.ref = ? ORDER BY m.rank", (ref,))


PG = {"ref": "PG-1", "enterprise": "攀钢集团研究院", "position": "钒钛冶金工程师", "keywords": ["钒钛", "冶金"],
      "location": "攀枝花"}


# 1. 需求匹配 says 前 20 名 --------------------------------------------------------------------

def test_a_demand_s_list_is_its_top_20_and_lower_ranks_are_only_a_person_s_best_demands(tmp_path, run, db_path):
    setup_matching(tmp_path, run, metallurgists(30), [PG])
    rows = demand_rows(db_path, "PG-1")
    assert len(rows) == 30  # the other ten are kept: PG-1 is the best (the only) demand of each of them
    from pzh_talent.matching.match import demand_list
    listed = query(db_path, f"SELECT m.rank FROM matches m JOIN demands d ON d.id = m.demand_id "
                            f"WHERE d.ref = 'PG-1' AND {demand_list()} ORDER BY m.rank")
    assert [r["rank"] for r in listed] == list(range(1, 21))
    # a segment of the demand's candidates is its list, not every person for whom it is a good demand
    out = run("segment", "save", "钒钛人选", "--demand", 1)
    assert out.exit_code == 0 and "目前 20 人" in out.output, out.output
    ids = {r["person_id"] for r in rows if r["rank"] <= 20}
    campaign = int(run("campaign", "create", "钒钛座谈", "--segment", "钒钛人选").output.splitlines()[0])
    assert {r["person_id"] for r in query(db_path, "SELECT person_id FROM campaign_members WHERE campaign_id = ?",
                                          (campaign,))} == ids


def test_the_officers_view_shows_at_most_20_candidates_per_demand(tmp_path, run, db_path):
    setup_matching(tmp_path, run, metallurgists(30), [PG])
    shown = query(db_path, "SELECT 需求编号, count(*) AS n, max(名次) AS last FROM 需求匹配 GROUP BY 需求编号")
    assert shown == [{"需求编号": 1, "n": 20, "last": 20}]


# 2. an enterprise's own staff ---------------------------------------------------------------

def test_an_enterprise_s_own_staff_are_not_its_candidates(tmp_path, run, db_path):
    people = metallurgists(3) + [
        ["刘冶", "博士研究生", "冶金工程", "钒钛磁铁矿选矿", "正高级工程师", "攀枝花", "攀钢集团研究院有限公司钒钛所", "13900000001"],
        ["黄钛", "博士研究生", "冶金工程", "钒钛冶炼", "正高级工程师", "攀枝花", "攀钢研究院", "13900000002"],
        ["马钢", "博士研究生", "冶金工程", "钒钛冶炼", "正高级工程师", "攀枝花", "攀钢集团攀枝花钢钒有限公司", "13900000003"]]
    other = {"ref": "GC-1", "enterprise": "攀枝花钢城集团有限公司", "position": "钒钛冶金工程师",
             "keywords": ["钒钛", "冶金"], "location": "攀枝花"}
    setup_matching(tmp_path, run, people, [PG, other])
    pg = [r["name"] for r in demand_rows(db_path, "PG-1")]
    assert "刘冶" not in pg and "黄钛" not in pg  # the institute's own, however the name is written
    assert "马钢" in pg                            # another company of the group is not the institute
    assert {"刘冶", "黄钛", "马钢"} <= {r["name"] for r in demand_rows(db_path, "GC-1")}


@pytest.mark.parametrize("employer, enterprise, same", [
    ("攀钢集团研究院有限公司钒钛所", "攀钢集团研究院有限公司", True),   # a part of it
    ("四川攀钢集团研究院", "攀钢集团研究院有限公司", True),             # 四川 as decoration
    ("攀枝花钢城集团", "四川省攀枝花市钢城集团有限公司", True),
    ("四川省疾病预防控制中心", "攀枝花市疾病预防控制中心", False),     # the province's body, not the city's
    ("四川省人民医院", "攀枝花市人民医院", False),
    ("成都市疾病预防控制中心", "攀枝花市疾病预防控制中心", False),     # another city's
    ("攀钢集团攀枝花钢钒有限公司", "攀钢集团研究院有限公司", False),   # another company of the group
])
def test_who_counts_as_an_enterprise_s_own_staff(employer, enterprise, same):
    from pzh_talent.matching.terms import same_employer

    assert same_employer(employer, enterprise) is same


def test_the_fast_candidates_leave_out_the_staff_before_the_limit(tmp_path):
    from pzh_talent.matching.fast import candidates, load_persons
    from pzh_talent.matching.match import PERSON_COLUMNS, demand_terms, load_settings, score_person
    from pzh_talent.registry.db import connect
    from tests.conftest import write_csv as _w
    from pzh_talent.ingest.load import load_file
    from pzh_talent.registry.dedupe.run import dedupe

    staff = [[f"{SURNAMES[i]}钛{i}", "博士研究生", "冶金工程", "钒钛冶炼", "正高级工程师", "攀枝花",
              "攀钢集团研究院", f"1370000{i:04d}"] for i in range(12)]
    _w(tmp_path / "p.csv", [HEADER] + staff + metallurgists(8))
    conn = connect(tmp_path / "r.db")
    load_file(conn, tmp_path / "p.csv")
    dedupe(conn)
    settings = load_settings()
    persons = load_persons(conn, settings["field_weights"])
    demand = {"id": 1, "keywords": json.dumps(["钒钛", "冶金"]), "position": "冶金工程师", "enterprise": "攀钢集团研究院"}
    terms = demand_terms(demand, settings, persons)
    rows = candidates(persons, demand, terms, settings, limit=8)
    chosen = [dict(zip(PERSON_COLUMNS, persons.rows[r])) for r in rows.tolist()]
    assert len(chosen) == 8 and not any(p["employer"] == "攀钢集团研究院" for p in chosen)
    assert all(score_person(p, demand, terms, settings) for p in chosen)
    assert score_person(dict(zip(PERSON_COLUMNS, persons.rows[0])), demand, terms, settings) is None


# 3. 省内 is the job's province ---------------------------------------------------------------

def test_in_province_means_the_province_of_the_demand_s_location(tmp_path, run, db_path):
    people = [["刘冶", "博士研究生", "冶金工程", "钒钛冶炼", "正高级工程师", "成都", "四川大学", "13900000001"],
              ["黄钛", "博士研究生", "冶金工程", "钒钛冶炼", "正高级工程师", "北京", "北京科技大学", "13900000002"],
              ["马钢", "博士研究生", "冶金工程", "钒钛冶炼", "正高级工程师", "天津", "天津大学", "13900000003"]]
    beijing = {"ref": "BJ-1", "enterprise": "攀钢集团北京研究中心", "position": "钒钛冶金工程师",
               "keywords": ["钒钛", "冶金"], "location": "北京"}
    renhe = {"ref": "RH-1", "enterprise": "仁和钒钛科技", "position": "钒钛冶金工程师",
             "keywords": ["钒钛", "冶金"], "location": "仁和区"}
    setup_matching(tmp_path, run, people, [beijing, renhe])
    bj = {r["name"]: r["reasons"] for r in demand_rows(db_path, "BJ-1")}
    assert "省内" not in bj["刘冶"] and "现居成都" not in bj["刘冶"]  # Sichuan is not 北京's province
    assert "现居北京市" in bj["黄钛"]
    assert "省内" not in bj["马钢"]
    rh = {r["name"]: r["reasons"] for r in demand_rows(db_path, "RH-1")}
    assert "现居成都市（省内）" in rh["刘冶"]  # 仁和区 is Panzhihua's, in Sichuan
    assert "省内" not in rh["黄钛"]


# 4. campaigns that ended --------------------------------------------------------------------

ROSTER = [["姓名", "手机", "邮箱", "现居城市"], ["张伟", "13800001234", "zhangwei@163.com", "成都"],
          ["李娜", "13900002345", "lina@qq.com", "成都"], ["王芳", "13700003456", "", "成都"]]


@pytest.fixture
def roster(tmp_path, run, db_path):
    write_csv(tmp_path / "人才码.csv", ROSTER)
    assert run("ingest", tmp_path / "人才码.csv", "--consent", "contact").exit_code == 0
    assert run("dedupe").exit_code == 0
    return {r["name"]: r["id"] for r in query(db_path, "SELECT id, name FROM persons")}


def create(run, name, *args):
    out = run("campaign", "create", name, "--all", "--cap-days", "0", *args)
    assert out.exit_code == 0, out.output
    return int(out.output.splitlines()[0])


def reasons(db_path, campaign):
    return {r["name"]: r["suppressed"] for r in query(
        db_path, "SELECT p.name, m.suppressed FROM campaign_members m JOIN persons p ON p.id = m.person_id "
                 "WHERE m.campaign_id = ?", (campaign,))}


def shanghai_day(days: int) -> str:
    return (datetime.now(ZoneInfo("Asia/Shanghai")).date() + timedelta(days=days)).isoformat()


def test_a_closed_campaign_holds_no_one_back_and_closing_is_audited(roster, run, db_path):
    first = create(run, "春节座谈")
    assert reasons(db_path, create(run, "二月回访"))["张伟"] == "已在另一进行中的活动中"
    out = run("campaign", "close", first, "--actor", "wang", "--note", "座谈会已开完")
    assert out.exit_code == 0 and "已结束活动" in out.output, out.output
    assert query(db_path, "SELECT status FROM campaigns WHERE id = ?", (first,)) == [{"status": "closed"}]
    (row,) = query(db_path, "SELECT actor, details FROM audit_log WHERE action = 'campaign_close'")
    assert row["actor"] == "wang" and "座谈会已开完" in row["details"]
    assert reasons(db_path, create(run, "三月回访"))["张伟"] is None  # (二月回访 holds no one: all suppressed)
    again = run("campaign", "close", first)
    assert again.exit_code != 0 and "已经结束" in again.output
    missing = run("campaign", "close", 99)
    assert missing.exit_code != 0 and "没有编号为 99 的外联活动" in missing.output


def test_a_campaign_whose_end_date_has_passed_has_ended(roster, run, db_path):
    from pzh_talent.outreach.campaigns import running_campaigns, state_label
    from pzh_talent.registry.db import connect

    past = create(run, "秋季招聘会", "--starts", shanghai_day(-30), "--ends", shanghai_day(-1))
    today = create(run, "今日座谈", "--starts", shanghai_day(-3), "--ends", shanghai_day(0))
    later = create(run, "冬季回访", "--starts", shanghai_day(-2), "--ends", shanghai_day(30))
    members = reasons(db_path, later)
    assert members["张伟"] == "已在另一进行中的活动中"  # held back by 今日座谈, which ends today (Asia/Shanghai)
    assert reasons(db_path, today)["张伟"] is None    # not by 秋季招聘会, ended yesterday
    assert state_label("active", shanghai_day(-1)) == "已结束" and state_label("active", shanghai_day(0)) == "进行中"
    assert state_label("closed", None) == "已结束" and state_label("active", None) == "进行中"
    conn = connect(db_path)
    assert [c for c, _ in running_campaigns(conn)] == [later, today] and past not in dict(running_campaigns(conn))


def test_one_funnel_counts_every_member_once_with_the_suppressed(roster, run, db_path):
    from pzh_talent.outreach.campaigns import funnel_stages
    from pzh_talent.registry.db import connect

    campaign = create(run, "春节座谈")  # 王芳 has no email: suppressed
    key = query(db_path, "SELECT member_key FROM campaign_members m JOIN persons p ON p.id = m.person_id "
                         "WHERE p.name = '张伟'")[0]["member_key"]
    from pzh_talent.outreach.campaigns import set_status
    conn = connect(db_path)
    set_status(conn, key, "有意向", actor="wang")
    out = run("campaign", "funnel", campaign)
    counts = dict(line.split("\t") for line in out.output.splitlines())
    assert list(counts)[:2] == ["不予联系", "待联系"]
    assert (counts["不予联系"], counts["待联系"], counts["有意向"]) == ("1", "1", "1")
    assert sum(map(int, counts.values())) == 3  # every member once
    # what the 活动成员 view's 状态 facet shows once a suppressed member's 状态 is 不予联系
    facet = dict(conn.execute("SELECT CASE WHEN 不予联系原因 IS NULL THEN 状态 ELSE '不予联系' END, count(*) "
                              "FROM 活动成员 WHERE 活动编号 = ? GROUP BY 1", (campaign,)).fetchall())
    assert {k: int(v) for k, v in counts.items() if int(v)} == facet
    # the dashboard's stages come from the same counts
    assert funnel_stages(conn, campaign) == [("已选中", 3), ("可联系", 2), ("已联系", 1), ("已回复", 1),
                                             ("有意向", 1), ("已回攀/已签约", 0)]


def test_the_officers_views_agree_with_the_funnel_and_the_end_date(roster, run, db_path):
    campaign = create(run, "秋季招聘会", "--starts", shanghai_day(-30), "--ends", shanghai_day(-1))
    counts = dict(line.split("\t") for line in run("campaign", "funnel", campaign).output.splitlines())
    facet = {r["状态"]: r["n"] for r in query(db_path, "SELECT 状态, count(*) AS n FROM 活动成员 GROUP BY 状态")}
    assert facet == {k: int(v) for k, v in counts.items() if int(v)}
    assert query(db_path, "SELECT 状态 FROM 外联活动") == [{"状态": "已结束"}]


# 5. the CLI refuses what it cannot mean -----------------------------------------------------

def test_campaign_dates_must_be_dates_in_order(roster, run, db_path):
    bad = run("campaign", "create", "春节座谈", "--all", "--starts", "2026-13-45")
    assert bad.exit_code != 0 and "开始日期“2026-13-45”不是有效的日期" in bad.output
    bad = run("campaign", "create", "春节座谈", "--all", "--starts", "2036-02-20", "--ends", "2036-01-20")
    assert bad.exit_code != 0 and "结束日期 2036-01-20 早于开始日期 2036-02-20" in bad.output
    assert query(db_path, "SELECT count(*) AS n FROM campaigns") == [{"n": 0}]
    assert run("campaign", "create", "春节座谈", "--all", "--starts", "2036-01-20", "--ends", "2036-01-20").exit_code == 0


def test_a_campaign_name_is_not_given_twice(roster, run, db_path):
    first = create(run, "春节座谈")
    again = run("campaign", "create", "春节座谈", "--all")
    assert again.exit_code != 0 and f"已有名为“春节座谈”的外联活动（编号 {first}）" in again.output
    assert query(db_path, "SELECT count(*) AS n FROM campaigns") == [{"n": 1}]


def test_the_export_s_file_name_says_its_format(roster, run, db_path, tmp_path):
    campaign = create(run, "春节座谈")
    pdf = run("campaign", "export", campaign, "--out", tmp_path / "x.pdf")
    assert pdf.exit_code != 0 and "扩展名 .pdf" in pdf.output and not (tmp_path / "x.pdf").exists()
    clash = run("campaign", "export", campaign, "--format", "xlsx", "--out", tmp_path / "x.csv")
    assert clash.exit_code != 0 and "与格式 xlsx 不符" in clash.output and not (tmp_path / "x.csv").exists()
    assert run("campaign", "export", campaign, "--out", tmp_path / "邮件合并.csv").exit_code == 0
    assert (tmp_path / "邮件合并.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # a CSV, from the name
    assert run("campaign", "export", campaign, "--out", tmp_path / "邮件合并.xlsx").exit_code == 0
    assert (tmp_path / "邮件合并.xlsx").read_bytes().startswith(b"PK")
    assert [r["format"] for r in query(db_path, "SELECT format FROM exports ORDER BY id")] == ["csv", "xlsx"]


def test_map_takes_a_field_s_chinese_label(tmp_path, run, db_path):
    write_csv(tmp_path / "校友.csv", [["学生名", "电话2", "内部编号"], ["张伟", "13800001234", "A-1"]])
    out = run("ingest", tmp_path / "校友.csv", "--map", "学生名=姓名", "--map", "电话2=手机", "--map", "内部编号=")
    assert out.exit_code == 0, out.output
    assert query(db_path, "SELECT name, phone FROM source_records") == [{"name": "张伟", "phone": "+8613800001234"}]
    bad = run("ingest", tmp_path / "校友.csv", "--map", "学生名=学生")
    assert bad.exit_code != 0 and "未知字段“学生”" in bad.output and "姓名（name）" in bad.output


def test_review_decide_takes_the_chinese_words(tmp_path, run, db_path):
    write_csv(tmp_path / "a.csv", [["姓名", "手机"]] + [["张伟", f"1380000123{n}"] for n in range(4)])
    assert run("ingest", tmp_path / "a.csv").exit_code == 0
    ids = [r["id"] for r in query(db_path, "SELECT id FROM source_records ORDER BY id")]
    conn = sqlite3.connect(db_path)
    with conn:  # two pairs the model was unsure about
        conn.execute("INSERT INTO review_pairs (record_a, record_b, weight, evidence, created_at) "
                     "VALUES (?, ?, 0.1, '[]', '2026-12-02T00:00:00+00:00'), "
                     "(?, ?, 0.2, '[]', '2026-12-02T00:00:00+00:00')", ids)
    conn.close()
    same = run("review", "decide", 1, "同一人")
    assert same.exit_code == 0 and "[1] 同一人" in same.output, same.output
    other = run("review", "decide", 2, "不是同一人")
    assert other.exit_code == 0 and "[2] 不是同一人" in other.output, other.output
    assert [d["decision"] for d in query(db_path, "SELECT decision FROM link_decisions ORDER BY id")] == \
        ["same", "not_same"]
    assert run("review", "decide", 1, "也许").exit_code != 0


def test_a_merge_of_obviously_different_people_shows_why_and_needs_force_with_a_reason(tmp_path, run, db_path):
    from tests.conftest import query, write_csv

    rows = [["姓名", "性别", "出生日期", "身份证号", "手机"],
            ["李明", "男", "1990-01-01", "510402199001011236", "13900000001"],
            ["李敏", "女", "1993-05-05", "510402199305051231", "13900000002"]]  # the second fails its checksum
    assert run("ingest", write_csv(tmp_path / "a.csv", rows)).exit_code == 0
    assert run("dedupe").exit_code == 0
    (a,), (b,) = [[r["id"]] for r in query(db_path, "SELECT id FROM persons ORDER BY id")]
    refused = run("merge", a, b)
    assert refused.exit_code != 0 and "性别不同" in refused.output and "出生年份不同" in refused.output
    assert "身份证号不同" in refused.output and "--force" in refused.output
    assert run("merge", a, b, "--force").exit_code != 0  # a reason is required
    assert query(db_path, "SELECT count(*) AS n FROM person_merges") == [{"n": 0}]
    done = run("merge", a, b, "--force", "--note", "本人来电确认，登记时填错")
    assert done.exit_code == 0, done.output
    (note,) = query(db_path, "SELECT note FROM person_merges")
    assert "本人来电确认" in note["note"] and "性别不同" in note["note"]
