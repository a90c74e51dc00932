"""The registry in Datasette, through Datasette's own test client: roles, masking, search, no side doors."""
import asyncio
import json
import re

import pytest

from pzh_talent.serve import add_user, make_datasette, read_users

ROLES = ("anonymous", "liaison", "officer", "admin")

# What each role may open, written down here independently of datasette_metadata.json
OFFICER_VIEWS = {"人员", "来源记录", "待审核记录对", "导入文件", "可推荐人才", "外联活动", "活动成员", "企业需求", "需求匹配"}
LIAISON_VIEWS = {"可推荐人才"}
OFFICER_QUERIES = {"person_records"}
OFFICER_FORMS = {"review_decision", "record_outcome", "match_opinion"}
LIAISON_QUERIES = {"my_demands", "my_matches"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from pzh_talent.registry.schema import now
    from tests.conftest import demo_registry

    folder = tmp_path_factory.mktemp("site")
    db, conn = demo_registry(folder, 31, 300, [
        ["姓名", "手机", "身份证号", "工作单位", "研究方向", "最高学历"],
        ["欧阳子墨", "13912345678", "510402199001011236", "攀钢集团研究院", "钒钛新材料", "博士研究生"],
        ["张伟", "13887654321", "", "四川大学华西医院", "心血管", "硕士研究生"]])
    with conn:
        # two persons agreed to be shared with enterprises; one of them withdrew later
        first, second = [r[0] for r in conn.execute("SELECT id FROM persons ORDER BY id LIMIT 2")]
        for pid, status in ((first, "granted"), (second, "granted"), (second, "withdrawn")):
            conn.execute("INSERT INTO consents (person_id, purpose, status, source, at) "
                         "VALUES (?, 'share_with_enterprises', ?, 'test', ?)", (pid, status, now()))
    users = folder / "registry.users.json"
    for name, role in (("li", "liaison"), ("wang", "officer"), ("root", "admin")):
        add_user(users, name, role, f"{name}-password-1", enterprise="攀钢集团研究院" if role == "liaison" else None)
    ds = make_datasette(db, users)
    return ds, conn, (first, second)


ACCOUNTS = {"liaison": "li", "officer": "wang", "admin": "root"}


def cookies_of(site, role) -> dict:
    if role == "anonymous":
        return {}
    from pzh_talent.datasette_plugin import sessions_of
    return {"pzh_session": sessions_of(site[0]).open(ACCOUNTS[role])}


def get(site, role, path):
    return asyncio.run(site[0].client.get(path, cookies=cookies_of(site, role)))


def tables_and_views(conn):
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                       "AND name NOT LIKE 'sqlite_%'")]


def test_every_role_sees_exactly_what_it_may_and_nothing_else(site):
    ds, conn, _ = site
    names = tables_and_views(conn)
    assert "person_search_data" in names  # FTS shadow tables are in the matrix too
    leaks, refusals = [], []
    for role in ROLES:
        may = {"admin": set(names), "officer": OFFICER_VIEWS, "liaison": LIAISON_VIEWS, "anonymous": set()}[role]
        for name in names:
            for fmt in (None, "json", "csv"):
                status = get(site, role, ds.urls.table("registry", name, format=fmt)).status_code
                allowed = status == 200
                if allowed and name not in may:
                    leaks.append((role, name, fmt, status))
                if not allowed and name in may:
                    refusals.append((role, name, fmt, status))
        for queries, roles in ((OFFICER_QUERIES, ("officer", "admin")), (LIAISON_QUERIES, ("liaison", "admin"))):
            for query in queries:
                allowed = get(site, role, ds.urls.query("registry", query)).status_code == 200
                if allowed != (role in roles):
                    (leaks if allowed else refusals).append((role, query))
        for forms, roles in ((OFFICER_FORMS, ("officer", "admin")), ({"log_demand"}, ("liaison", "admin"))):
            for form in forms:
                status = get(site, role, f"/-/form/{form}").status_code
                if (status == 200) != (role in roles):
                    (leaks if status == 200 else refusals).append((role, form, status))
        # arbitrary SQL: admin only; the database file: nobody (it would leave no trace in the log)
        status = get(site, role, "/registry.json?sql=select+name+from+persons").status_code
        if (status == 200) != (role == "admin"):
            (leaks if status == 200 else refusals).append((role, "sql", status))
        if get(site, role, "/registry.db").status_code == 200:
            leaks.append((role, "download"))
    assert leaks == [] and refusals == []


def test_anonymous_visitors_are_sent_to_the_log_in_page(site):
    for path in ("/", "/registry", site[0].urls.table("registry", "人员"), "/-/metadata"):
        r = get(site, "anonymous", path)
        assert r.status_code == 302 and r.headers["location"].split("?")[0] == "/-/login", path
    assert get(site, "anonymous", "/-/login").status_code == 200


def test_password_hashes_never_reach_a_page(site):
    assert get(site, "officer", "/-/metadata.json").status_code == 403  # canned SQL and settings: admins'
    text = get(site, "admin", "/-/metadata.json").text
    assert "pbkdf2" not in text and "wang" not in text and "users.json" in text


def test_log_in_with_a_password_gives_the_role(site):
    ds = site[0]
    r = asyncio.run(ds.client.post("/-/login", data={"username": "wang", "password": "wang-password-1"}))
    assert r.status_code == 302
    actor = asyncio.run(ds.client.get("/-/actor.json", cookies={"pzh_session": r.cookies["pzh_session"]})).json()
    assert actor == {"actor": {"id": "wang", "role": "officer", "enterprise": None}}
    bad = asyncio.run(ds.client.post("/-/login", data={"username": "wang", "password": "wrong-password"}))
    assert "pzh_session" not in bad.cookies and "用户名或密码错误" in bad.text


def test_officers_see_masked_values_only(site):
    conn = site[1]
    phones = {r[0][3:] for r in conn.execute("SELECT phone FROM persons WHERE phone LIKE '+86%'")}
    ids = {r[0] for r in conn.execute("SELECT id_number FROM persons WHERE id_number IS NOT NULL")}
    for view in ("人员", "来源记录"):
        text = get(site, "officer", site[0].urls.table("registry", view, format="json") + "?_size=max&_shape=array").text
        rows = json.loads(text)
        # at most the first three and the last four shown (pzh_talent/masks.py: 138****5678, 812***1087, +44******8910)
        assert rows and all(re.fullmatch(r"[+\d]\d{2}\*{3,}\d{4}", r["手机"]) for r in rows if r["手机"])
        assert not any(p in text for p in phones) and not any(i in text for i in ids)
        assert "raw_json" not in text


def test_liaisons_see_only_consenting_persons_without_contact_details(site):
    first, second = site[2]
    rows = json.loads(get(site, "liaison", site[0].urls.table("registry", "可推荐人才", format="json") + "?_shape=array").text)
    assert [r["编号"] for r in rows] == [first]  # the second withdrew
    assert not {"手机", "邮箱", "身份证号"} & set(rows[0])


@pytest.mark.parametrize("query, expected", [
    ("钒钛", "欧阳子墨"), ("攀钢", "欧阳子墨"), ("博士", "欧阳子墨"), ("华西", "张伟"), ("张伟", "张伟"),
    ("子墨", "欧阳子墨"), ("墨", "欧阳子墨"),
])
def test_chinese_search_finds_one_and_two_character_words(site, query, expected):
    url = site[0].urls.table("registry", "人员", format="json")
    rows = json.loads(get(site, "officer", f"{url}?_search={query}&_shape=array&_size=max").text)
    assert expected in {r["姓名"] for r in rows}, query
    if query in ("钒钛", "华西"):
        assert len(rows) < 50  # found, not everyone


def test_exports_of_personal_views_are_logged(site):
    conn = site[1]
    before = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'export'").fetchone()[0]
    assert get(site, "officer", site[0].urls.table("registry", "人员", format="csv")).status_code == 200
    rows = conn.execute("SELECT actor, target FROM audit_log WHERE action = 'export' ORDER BY id").fetchall()
    assert len(rows) == before + 1 and tuple(rows[-1]) == ("wang", "人员")


def test_users_file_holds_hashes_not_passwords(tmp_path):
    path = tmp_path / "r.users.json"
    add_user(path, "zhao", "officer", "s3cret-passw0rd")
    assert path.stat().st_mode & 0o777 == 0o600
    text = path.read_text()
    assert "s3cret-passw0rd" not in text and read_users(path)["users"]["zhao"]["role"] == "officer"
    with pytest.raises(ValueError):
        add_user(path, "x", "boss", "long-enough-pw")
    with pytest.raises(ValueError):  # a liaison speaks for an enterprise
        add_user(path, "li", "liaison", "long-enough-pw")
    for weak in ("", "1", "123456789", "aaaaaaaaaaaa"):
        with pytest.raises(ValueError, match="密码"):
            add_user(path, "zhao", "officer", weak)


def test_the_person_page_shows_the_golden_record_masked_with_every_source_row(site):
    ds, conn = site[0], site[1]
    (pid, phone, n), = conn.execute("SELECT id, phone, n_records FROM persons WHERE name = '欧阳子墨'").fetchall()
    page = get(site, "officer", f"/-/person/{pid}")
    assert page.status_code == 200
    html = page.text
    assert "欧阳子墨" in html and "专家.csv" in html and "钒钛新材料" in html
    assert phone[3:] not in html and "139****5678" in html  # masked for officers
    assert "510402********1236" in html and "510402199001011236" not in html
    assert "攀籍依据" in html and "身份证地区码" in html
    assert phone in get(site, "admin", f"/-/person/{pid}").text or phone[3:] in get(site, "admin", f"/-/person/{pid}").text
    assert get(site, "liaison", f"/-/person/{pid}").status_code == 403
    assert get(site, "anonymous", f"/-/person/{pid}").status_code == 302
    assert get(site, "officer", "/-/person/99999999").status_code == 404
    # the table links each person to the page
    table = get(site, "officer", ds.urls.table("registry", "人员") + f"?编号={pid}").text
    assert f'href="/-/person/{pid}"' in table


def test_the_dashboard_draws_charts_and_the_talent_map_without_any_outside_script(site):
    html = get(site, "officer", "/-/dashboard").text
    assert "人才看板" in html and "按籍贯区县" in html and "按学历" in html
    assert html.count("<svg") >= 8 and "人才地图：国内" in html and "人才地图：海外" in html
    assert "2025 年目标进展" in html and "10,000" in html
    assert "<circle" in html  # cities placed on the map
    if "（无攀籍区县）" in html:  # its bar opens the persons without a county, not an empty page
        no_county = get(site, "officer", "/registry/~E4~BA~BA~E5~91~98.json?籍贯区县__isnull=1&_shape=array").json()
        assert "籍贯区县__isnull=1" in html and no_county and all(r["籍贯区县"] is None for r in no_county)
    # nothing loaded from a CDN (a plain link to datasette.io in the footer is no download)
    assert not re.search(r'src="(https?:)?//|<link[^>]+href="(https?:)?//', html)
    assert get(site, "liaison", "/-/dashboard").status_code == 403
    assert get(site, "anonymous", "/-/dashboard").status_code == 302


def test_pages_officers_work_in_speak_chinese_and_forms_hide_their_sql(site):
    # a writable form shows its title, what to fill in and no SQL (Datasette 0.65 passes neither
    # title nor hide_sql to a writable query's page); filters, sorting and the home page in Chinese
    form = get(site, "officer", "/-/form/record_outcome")
    assert form.status_code == 200
    assert "<h1" in form.text and "记录外联结果" in form.text and "导出文件第一列" in form.text
    assert "UPDATE" not in form.text and "campaign_members" not in form.text and "已联系</option>" in form.text
    table = get(site, "officer", site[0].urls.table("registry", "人员"))
    assert "包含" in table.text and "按 姓名 排序" in table.text
    assert ">contains<" not in table.text and "Sort by" not in table.text and "Powered by" not in table.text
    home = get(site, "officer", "/")
    assert "攀籍人才信息库" in home.text and "rows in" not in home.text


def test_facets_run_side_by_side_and_count_what_sql_counts(site):
    from datasette.facets import ColumnFacet
    from datasette.plugins import pm

    from pzh_talent.facets import ConcurrentColumnFacet
    from pzh_talent.registry.search import fts_query

    classes = [cls for group in pm.hook.register_facet_classes() for cls in group]
    assert ConcurrentColumnFacet in classes and ColumnFacet not in classes

    ds, conn, _ = site
    url = ds.urls.table("registry", "人员", format="json")
    for search in ("", "博士"):
        args = "?_facet=现居城市&_facet=毕业院校" + (f"&_search={search}" if search else "")
        data = json.loads(get(site, "officer", url + args).text)
        facets = data["facet_results"]
        assert set(facets) == {"籍贯区县", "学历", "职称级别", "现居城市", "毕业院校"}  # three default, two asked
        where = "WHERE 编号 IN (SELECT rowid FROM person_search WHERE person_search MATCH ?)" if search else ""
        for column, facet in facets.items():
            expected = conn.execute(
                f"SELECT [{column}], count(*) AS n FROM 人员 {where} {'AND' if where else 'WHERE'} [{column}] "
                f"IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT 30", [fts_query(search)] if search else []
            ).fetchall()
            assert expected, column
            assert [(r["value"], r["count"]) for r in facet["results"]] == [tuple(r) for r in expected], column
    # a chosen value is marked, and its link takes the choice away again
    data = json.loads(get(site, "officer", url + "?学历=博士研究生&_search=博士").text)
    chosen = [r for r in data["facet_results"]["学历"]["results"] if r["selected"]]
    assert [r["value"] for r in chosen] == ["博士研究生"]
    assert "%E5%AD%A6%E5%8E%86=" not in chosen[0]["toggle_url"]


def test_table_cells_are_written_as_datasette_writes_them():
    from datasette.utils import to_css_class
    from markupsafe import Markup

    from pzh_talent.datasette_plugin import row_cells

    html = row_cells([{"column": "姓名", "value": "<b>王&伟</b>", "value_type": "str"},
                      {"column": "编号", "value": Markup('<a href="/-/person/7">7</a>'), "value_type": "int"}])
    assert html == (f'<td class="col-{to_css_class("姓名")} type-str">&lt;b&gt;王&amp;伟&lt;/b&gt;</td>'
                    f'<td class="col-{to_css_class("编号")} type-int"><a href="/-/person/7">7</a></td>')


def test_officers_read_chinese_text_not_codes_or_json(site):
    conn = site[1]
    persons = json.loads(get(site, "officer", site[0].urls.table("registry", "人员", format="json")
                             + "?_shape=array&_size=max").text)
    countries = {r["国家或地区"] for r in persons if r["国家或地区"]}
    assert countries and not any(re.fullmatch(r"[A-Z]{2}", c) for c in countries) and "中国" in countries
    pairs = json.loads(get(site, "officer", site[0].urls.table("registry", "待审核记录对", format="json")
                           + "?_shape=array").text)
    assert conn.execute("SELECT count(*) FROM review_pairs").fetchone()[0] > 0  # the demo registry has some
    assert pairs and all("[" not in (p["各字段证据"] or "") for p in pairs)
    assert re.search(r"（[+-]\d+\.\d）", pairs[0]["各字段证据"])


def test_map_labels_do_not_overlap_and_stay_on_the_map():
    from pzh_talent import charts

    # a cluster of nearby cities and a country at the right edge
    svg = charts.world_map([("AU", 5), ("NZ", 4), ("US", 9)], {"AU": "澳大利亚", "NZ": "新西兰", "US": "美国"})
    boxes = []
    for m in re.finditer(r'<text x="([\d.]+)" y="([\d.]+)" font-size="11" text-anchor="(\w+)">([^<]+)</text>', svg):
        x, y, anchor, text = float(m[1]), float(m[2]), m[3], m[4]
        w = charts._text_width(text)
        x0 = x - w if anchor == "end" else x
        assert 0 <= x0 and x0 + w <= 620, text  # inside the map's width
        boxes.append((x0, y - 12, x0 + w, y + 1))
    assert boxes and not any(charts._overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_the_review_page_masks_for_officers_shows_admins_in_full_and_refuses_others(site):
    conn = site[1]
    row = conn.execute("SELECT q.id, a.phone, b.phone, a.id_number, b.id_number FROM review_pairs q "
                       "JOIN source_records a ON a.id = q.record_a JOIN source_records b ON b.id = q.record_b "
                       "WHERE q.status = 'open' AND (a.phone IS NOT NULL OR b.phone IS NOT NULL) LIMIT 1").fetchone()
    assert row, "the demo registry should have an open pair with a phone"
    pair_id, phones, ids = row[0], [p for p in row[1:3] if p], [i for i in row[3:5] if i]
    officer = get(site, "officer", f"/-/review/{pair_id}")
    assert officer.status_code == 200
    assert "同一人的概率" in officer.text and "<svg" in officer.text and "先验" in officer.text
    for phone in phones:
        assert phone[-8:] not in officer.text  # masked
    for number in ids:
        assert number not in officer.text
    admin = get(site, "admin", f"/-/review/{pair_id}").text
    assert all(phone[-8:] in admin for phone in phones)  # an admin sees the values in full
    assert get(site, "liaison", "/-/review").status_code == 403
    assert get(site, "anonymous", "/-/review").status_code == 302
    # each view of two records is a read of personal data, and is logged
    assert conn.execute("SELECT count(*) FROM audit_log WHERE target LIKE 'review_pairs%'").fetchone()[0] >= 2
    assert get(site, "officer", "/-/review/99999999").status_code == 404
