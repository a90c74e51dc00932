"""Profile ↔ demand matching through the CLI: hard filters, reasons for every match, feedback kept."""
import json

from tests.conftest import query, session_cookies, write_csv

PEOPLE = [["姓名", "最高学历", "专业", "研究方向", "职称", "现居城市", "籍贯", "手机"],
          ["刘冶", "博士研究生", "冶金工程", "钒钛磁铁矿选矿", "正高级工程师", "攀枝花", "四川攀枝花", "13800000001"],
          ["陈材", "硕士研究生", "材料科学与工程", "钛合金", "高级工程师", "成都", "四川米易", "13800000002"],
          ["王本", "大学本科", "冶金工程", "钒钛冶炼", "工程师", "攀枝花", "", "13800000003"],  # below 硕士
          ["赵护", "大学本科", "护理学", "老年护理", "主管护师", "攀枝花", "", "13800000004"],
          ["孙软", "硕士研究生", "计算机科学与技术", "软件开发", "工程师", "深圳", "", "13800000005"]]
DEMANDS = [{"ref": "PG-1", "enterprise": "攀钢集团研究院", "position": "钒钛冶金工程师", "keywords": ["钒钛", "冶金"],
            "min_education": "硕士", "education_required": True, "location": "攀枝花"},
           {"ref": "KY-1", "enterprise": "攀枝花康养集团", "position": "康复护理", "keywords": "康养", "location": "攀枝花"}]


def setup(tmp_path, run):
    write_csv(tmp_path / "p.csv", PEOPLE)
    (tmp_path / "d.json").write_text(json.dumps(DEMANDS, ensure_ascii=False), encoding="utf-8")
    assert run("ingest", tmp_path / "p.csv").exit_code == 0
    assert run("dedupe").exit_code == 0
    assert run("demand", "import", tmp_path / "d.json").exit_code == 0
    out = run("match")
    assert out.exit_code == 0 and "匹配完成" in out.output


def matches(db_path, ref):
    return query(db_path, "SELECT p.name, m.rank, m.score, m.reasons FROM matches m JOIN demands d ON d.id = m.demand_id "
                          "JOIN persons p ON p.id = m.person_id WHERE d.ref = ? ORDER BY m.rank", (ref,))


def test_the_right_people_rank_first_with_reasons_and_required_minimums_hold(tmp_path, run, db_path):
    setup(tmp_path, run)
    pg = matches(db_path, "PG-1")
    names = [m["name"] for m in pg]
    assert names[:2] == ["刘冶", "陈材"]            # 冶金/钒钛 first, 材料 (a synonym) next
    assert "王本" not in names                        # 本科 < 硕士, and the demand says required
    assert "孙软" not in names and "赵护" not in names  # unrelated fields
    top = pg[0]["reasons"]
    assert "专业：冶金工程 ↔ 冶金" in top and "学历：博士研究生 ≥ 硕士" in top and "现居攀枝花市" in top
    assert "近义" in pg[1]["reasons"]                # why 材料 counts for 钒钛 is said
    assert all(m["reasons"] for m in pg)
    assert [m["name"] for m in matches(db_path, "KY-1")] == ["赵护"]  # 康养 ~ 护理 via synonyms


def test_a_rejected_match_is_not_proposed_again(tmp_path, run, db_path):
    setup(tmp_path, run)
    import sqlite3
    conn = sqlite3.connect(db_path)
    demand, person = conn.execute("SELECT m.demand_id, m.person_id FROM matches m JOIN persons p ON p.id = m.person_id "
                                  "WHERE p.name = '陈材'").fetchone()
    with conn:
        conn.execute("INSERT INTO match_feedback (demand_id, person_id, decision, actor, at) "
                     "VALUES (?, ?, 'rejected', 'wang', '2026-11-26')", (demand, person))
    run("match")
    assert "陈材" not in [m["name"] for m in matches(db_path, "PG-1")]


def test_the_person_page_lists_the_demands_a_person_fits(tmp_path, run, db_path):
    import asyncio

    from pzh_talent.serve import make_datasette

    setup(tmp_path, run)
    (pid,) = [r["id"] for r in query(db_path, "SELECT id FROM persons WHERE name = '刘冶'")]
    ds = make_datasette(db_path, tmp_path / "users.json")
    cookies = session_cookies(ds, tmp_path / "users.json", "wang", "officer")
    html = asyncio.run(ds.client.get(f"/-/person/{pid}", cookies=cookies)).text
    assert "适合的企业需求" in html and "攀钢集团研究院：钒钛冶金工程师" in html and "第 1 名" in html


def test_a_liaison_logs_demand_and_sees_only_consenting_matches_without_contacts(tmp_path, run, db_path):
    import asyncio
    import re

    from pzh_talent.serve import make_datasette

    setup(tmp_path, run)
    ids = {r["name"]: r["id"] for r in query(db_path, "SELECT id, name FROM persons")}
    assert run("consent", "grant", ids["陈材"], "--purpose", "share_with_enterprises").exit_code == 0
    ds = make_datasette(db_path, tmp_path / "users.json")
    cookies = session_cookies(ds, tmp_path / "users.json", "li", "liaison", "攀钢集团研究院")

    async def go():
        form = await ds.client.get("/-/form/log_demand", cookies=cookies)
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        cookies["ds_csrftoken"] = form.cookies.get("ds_csrftoken") or cookies.get("ds_csrftoken")
        posted = await ds.client.post("/-/form/log_demand", cookies=cookies, data={
            "csrftoken": token, "需求编号": "PG-9", "岗位": "钛合金研发", "关键词": "钛合金", "最低学历": "硕士研究生及以上",
            "最低职称": "", "工作地点": "攀枝花", "人数": "2人", "截止日期": "2026年12月31日", "状态": ""})
        # a value the form cannot read saves nothing
        refused = await ds.client.post("/-/form/log_demand", cookies=cookies, data={
            "csrftoken": token, "需求编号": "PG-10", "岗位": "化验员", "关键词": "分析化学、化学", "最低学历": "看情况",
            "最低职称": "", "工作地点": "", "人数": "", "截止日期": "", "状态": ""})
        assert refused.status_code == 400 and "未保存" in refused.text and "最低学历" in refused.text
        mine = await ds.client.get("/registry/my_demands.json?_shape=array", cookies=cookies)
        matches = await ds.client.get("/registry/my_matches.json?_shape=array", cookies=cookies)
        return posted, mine.json(), matches.json()

    posted, mine, matches = asyncio.run(go())
    assert posted.status_code == 200 and "已新增需求“PG-9”" in posted.text
    assert {d["需求编号"] for d in mine} == {"PG-1", "PG-9"}  # their enterprise's demands only, not KY-1
    (logged,) = query(db_path, "SELECT logged_by, source, min_education, headcount, deadline, keywords, status "
                               "FROM demands WHERE ref = 'PG-9'")
    assert logged == {"logged_by": "li", "source": "form", "min_education": "硕士", "headcount": 2,
                      "deadline": "2026-12-31", "keywords": '["钛合金"]', "status": "open"}
    assert [m["姓名"] for m in matches] == ["陈材"]  # 刘冶 ranks first but did not consent
    assert not any(k in matches[0] for k in ("手机", "邮箱", "身份证号"))


def test_the_fast_candidates_include_everyone_the_reference_score_accepts(tmp_path):
    from pzh_talent.matching.fast import candidates, load_persons, terms_found
    from pzh_talent.matching.match import PERSON_COLUMNS, demand_terms, load_settings, score_person
    from tests.conftest import demo_registry

    _, conn = demo_registry(tmp_path, 51, 600, PEOPLE)
    settings = load_settings()
    persons = load_persons(conn, settings["field_weights"])
    demands = [{"id": 1, "keywords": json.dumps(["钒钛"]), "position": "冶金工程师", "min_education": "硕士",
                "education_required": 1, "location": "攀枝花"},
               {"id": 2, "keywords": json.dumps(["康养", "护理"]), "position": "护士", "industry": None},
               {"id": 3, "keywords": json.dumps(["软件"]), "position": "软件开发", "min_title_level": "中级"}]
    demands.append({"id": 4, "keywords": json.dumps(["Mechanical", "机械设计"]), "position": "机械设计工程师",
                    "description": "负责矿山机械设计"})
    for demand in demands:
        terms = demand_terms(demand, settings, persons)
        rows = candidates(persons, demand, terms, settings, limit=len(persons.ids))
        fast = set(rows.tolist())
        reference = {i for i, row in enumerate(persons.rows)
                     if score_person(dict(zip(PERSON_COLUMNS, row)), demand, terms, settings)}
        assert reference and reference <= fast, demand["position"]
        # and the terms read from the masks score and explain exactly as searching the text does
        found = terms_found(persons, rows, terms, settings["field_weights"])
        for i, row in enumerate(rows.tolist()):
            person = dict(zip(PERSON_COLUMNS, persons.rows[row]))
            assert score_person(person, demand, terms, settings, {f: v[i] for f, v in found.items()}) == \
                score_person(person, demand, terms, settings)


def test_an_officer_rejects_a_match_in_datasette_and_the_next_run_respects_it(tmp_path, run, db_path):
    import asyncio
    import re

    from pzh_talent.serve import make_datasette

    setup(tmp_path, run)
    (row,) = query(db_path, "SELECT m.demand_id, m.person_id FROM matches m JOIN persons p ON p.id = m.person_id "
                            "WHERE p.name = '刘冶'")
    ds = make_datasette(db_path, tmp_path / "users.json")
    cookies = session_cookies(ds, tmp_path / "users.json", "wang", "officer")

    async def go():
        form = await ds.client.get("/-/form/match_opinion", cookies=cookies)
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        cookies["ds_csrftoken"] = form.cookies.get("ds_csrftoken")
        return await ds.client.post("/-/form/match_opinion", cookies=cookies, data={
            "csrftoken": token, "需求编号": str(row["demand_id"]), "人员编号": str(row["person_id"]), "意见": "否决",
            "备注": "已在外地定居"})

    answer = asyncio.run(go())
    assert answer.status_code == 200 and "已记录" in answer.text and "不再推荐" in answer.text
    assert query(db_path, "SELECT decision, actor FROM match_feedback") == [{"decision": "rejected", "actor": "wang"}]
    run("match")
    assert "刘冶" not in [m["name"] for m in matches(db_path, "PG-1")]


def test_a_new_enterprise_s_liaison_can_log_its_first_demand_through_the_form(tmp_path, run, db_path):
    # no demand file has named 攀西储能科技 yet: adding its liaison makes its row, so the form saves
    import asyncio
    import re

    from pzh_talent.serve import make_datasette

    users = tmp_path / "users.json"
    assert run("init").exit_code == 0  # a fresh registry, before any roster or demand file
    out = run("user", "add", "zhou", "--role", "liaison", "--enterprise", "攀西储能科技", "--password", "zhou-pass-123",
              "--users", users)
    assert out.exit_code == 0, out.output
    ds = make_datasette(db_path, users)
    cookies = session_cookies(ds, users, "zhou", "liaison", "攀西储能科技")

    async def go():
        form = await ds.client.get("/-/form/log_demand", cookies=cookies)
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        cookies["ds_csrftoken"] = form.cookies.get("ds_csrftoken") or cookies.get("ds_csrftoken")
        await ds.client.post("/-/form/log_demand", cookies=cookies, data={
            "csrftoken": token, "需求编号": "CN-1", "岗位": "储能电池工程师", "关键词": "储能", "最低学历": "本科",
            "最低职称": "", "工作地点": "攀枝花", "人数": "3", "截止日期": "", "状态": ""})
        return (await ds.client.get("/registry/my_demands.json?_shape=array", cookies=cookies)).json()

    assert [d["需求编号"] for d in asyncio.run(go())] == ["CN-1"]
    (row,) = query(db_path, "SELECT e.name, e.liaison, d.logged_by FROM demands d JOIN enterprises e ON e.id = d.enterprise_id")
    assert row == {"name": "攀西储能科技", "liaison": "zhou", "logged_by": "zhou"}


def test_terms_reach_english_profiles_parts_of_long_words_and_weigh_function_words_less():
    from pzh_talent.matching.match import demand_terms, load_settings, term_in, text_points

    settings = load_settings()
    terms = demand_terms({"keywords": json.dumps(["冶金"]), "position": "钒钛材料设计工程师"}, settings)
    assert terms["冶金"][0] == 1.0 and terms["metallurg"][1] == "冶金"       # a translation counts fully
    assert terms["钒钛"][1] == "钒钛" and terms["材料"][0] == 1.0              # the position's words
    assert terms["设计"][0] < 0.5                                             # what one does, not the field
    assert "工程师" not in terms and "工程" not in terms
    points, found = text_points("Metallurgical Engineering", terms, settings["field_cap"])
    assert points == 1.0 and found == [("冶金", "metallurg")]
    assert term_in("art", "art history") and not term_in("art", "department of physics")
    long = demand_terms({"keywords": json.dumps(["食品科学与工程"])}, settings)
    assert long["食品"] == (settings["part_factor"], "食品科学与工程")       # a part stands for its word


def test_a_person_in_another_line_of_work_with_the_same_words_ranks_below_one_doing_the_job():
    from pzh_talent.matching.match import demand_terms, load_settings, score_person

    settings = load_settings()
    demand = {"keywords": json.dumps(["钛白粉"]), "position": "钛白粉工艺工程师"}
    terms = demand_terms(demand, settings)
    engineer = {"major": "化学工程", "expertise": "钛白粉生产工艺", "position": "工艺工程师"}
    seller = {"major": "国际经济与贸易", "expertise": "钛白粉出口", "position": "钛白粉销售代表"}
    (good, _), (other, why) = score_person(engineer, demand, terms, settings), score_person(seller, demand, terms, settings)
    assert good > other and "职务属销售类，需求不是" in why
    # a sales post asked for is not held against sales people
    sales_demand = {"keywords": json.dumps(["钛白粉"]), "position": "钛白粉销售经理"}
    assert not any("销售类" in r for r in score_person(seller, sales_demand, demand_terms(sales_demand, settings),
                                                      settings)[1])
