"""The served registry under attack: each class of the security review (issue 15), on a real
Datasette with real accounts, every role. Each test is written as the attack that used to work."""
import asyncio
import base64
import csv
import io
import json
import re
import time

import pytest

from pzh_talent import auth
from pzh_talent.datasette_plugin import _GUARDS, sessions_of
from pzh_talent.serve import add_user, make_datasette, remove_user, revoke_sessions

PASSWORDS = {"li": "li-password-1", "wang": "wang-password-1", "root": "root-password-1"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from pzh_talent.registry.schema import now
    from tests.conftest import demo_registry

    folder = tmp_path_factory.mktemp("security")
    db, conn = demo_registry(folder, 41, 120, [
        ["姓名", "手机", "身份证号", "工作单位", "研究方向", "最高学历", "通讯地址"],
        ["欧阳子墨", "13912345678", "510402199001011236", "=HYPERLINK(\"http://x\")", "钒钛新材料", "博士研究生",
         "攀枝花市东区炳草岗大街88号 电话13811112222"],
        ["张伟", "13887654321", "", "攀钢集团研究院", "心血管，微信同号13911113333，zw@qq.com", "硕士研究生",
         "四川省攀枝花市米易县攀莲镇 身份证510421199202023456"]])
    with conn:
        zhang = conn.execute("SELECT id FROM persons WHERE name = '张伟'").fetchone()[0]
        for pid in [r[0] for r in conn.execute("SELECT id FROM persons ORDER BY id LIMIT 3")] + [zhang]:
            conn.execute("INSERT INTO consents (person_id, purpose, status, source, at) "
                         "VALUES (?, 'share_with_enterprises', 'granted', 'test', ?)", (pid, now()))
        # a demand of the liaison's enterprise and the matching's reasons for 张伟
        conn.execute("INSERT INTO enterprises (name, created_at) VALUES ('攀钢集团研究院', ?)", (now(),))
        conn.execute("INSERT INTO demands (enterprise_id, ref, position, logged_at, updated_at) "
                     "VALUES (last_insert_rowid(), 'PG-1', '心内科医生', ?, ?)", (now(), now()))
        conn.execute("INSERT INTO matches VALUES (last_insert_rowid(), ?, 1, 9.5, ?, ?)", (
            zhang, "专长：心血管 ↔ 心血管；学历：硕士研究生 ≥ 本科；单位：攀钢集团研究院 ↔ 攀钢；攀籍：米易县（证据强）；现居攀枝花市",
            now()))
    users = folder / "registry.users.json"
    add_user(users, "li", "liaison", PASSWORDS["li"], enterprise="攀钢集团研究院")
    add_user(users, "wang", "officer", PASSWORDS["wang"])
    add_user(users, "root", "admin", PASSWORDS["root"])
    return make_datasette(db, users), conn, users


def login(ds, user, password=None, address="127.0.0.1"):
    async def go():
        return await ds.client.post("/-/login", data={"username": user, "password": password or PASSWORDS[user]})
    return asyncio.run(go())


def get(ds, path, cookies=None, headers=None):
    return asyncio.run(ds.client.get(path, cookies=cookies or {}, headers=headers or {}))


def session(ds, user):
    return {auth.COOKIE: sessions_of(ds).open(user)}


@pytest.fixture(autouse=True)
def fresh_guard(site):
    _GUARDS.get(site[0]) and _GUARDS[site[0]]._failures.clear()


PERSONS_JSON = "/registry/~E4~BA~BA~E5~91~98.json"


# 1. sessions -------------------------------------------------------------------------------------

def test_a_session_cookie_is_random_http_only_and_carries_no_role(site):
    ds = site[0]
    first, second = login(ds, "wang"), login(ds, "wang")
    assert first.status_code == second.status_code == 302
    a, b = first.cookies[auth.COOKIE], second.cookies[auth.COOKIE]
    assert a != b and "officer" not in base64.urlsafe_b64decode(a + "==").decode("latin-1")
    header = first.headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=lax" in header and "max-age=" in header
    assert "ds_actor" not in first.cookies


def test_log_out_ends_the_session_on_the_server(site):
    ds = site[0]
    cookies = {auth.COOKIE: login(ds, "wang").cookies[auth.COOKIE]}
    assert get(ds, PERSONS_JSON, cookies).status_code == 200

    async def logout():
        form = await ds.client.get("/registry", cookies=cookies)
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        return await ds.client.post("/-/logout", cookies={**cookies, "ds_csrftoken": form.cookies["ds_csrftoken"]},
                                    data={"csrftoken": token})
    out = asyncio.run(logout())
    assert "您已退出登录" in out.text
    assert get(ds, PERSONS_JSON, cookies).status_code == 302  # the old cookie, replayed: nothing


def test_sessions_expire_when_idle_and_after_their_lifetime(site):
    ds = site[0]
    sessions = sessions_of(ds)
    clock = [time.time()]
    sessions.clock = lambda: clock[0]
    try:
        idle, busy = session(ds, "wang"), session(ds, "wang")
        for _ in range(4):  # busy is used every 20 minutes, idle never
            clock[0] += 20 * 60
            assert get(ds, PERSONS_JSON, busy).status_code == 200
        assert get(ds, PERSONS_JSON, idle).status_code == 302
        for _ in range(21):  # 8 hours after log-in even a busy session ends
            clock[0] += 20 * 60
            get(ds, PERSONS_JSON, busy)
        assert get(ds, PERSONS_JSON, busy).status_code == 302
    finally:
        sessions.clock = time.time


def test_a_changed_or_revoked_account_ends_its_sessions_at_the_next_request(site):
    ds, _, users = site
    add_user(users, "zhao", "officer", "zhao-password-1")
    cookies = session(ds, "zhao")
    assert get(ds, PERSONS_JSON, cookies).status_code == 200
    add_user(users, "zhao", "liaison", "zhao-password-1", enterprise="攀钢集团研究院")  # demoted
    assert get(ds, PERSONS_JSON, cookies).status_code == 302
    for change in (lambda: add_user(users, "zhao", "officer", "zhao-password-2"),  # new password
                   lambda: revoke_sessions(users, "zhao"), lambda: remove_user(users, "zhao")):
        add_user(users, "zhao", "officer", "zhao-password-1")
        cookies = session(ds, "zhao")
        assert get(ds, PERSONS_JSON, cookies).status_code == 200
        change()
        assert get(ds, PERSONS_JSON, cookies).status_code == 302


def test_a_forged_or_signed_ds_actor_cookie_is_no_log_in(site):
    ds = site[0]
    signed = ds.sign({"a": {"id": "root", "role": "admin"}}, "actor")  # as if the secret had leaked
    assert get(ds, "/registry/persons.json", {"ds_actor": signed}).status_code == 302
    assert get(ds, "/registry.json?sql=select+1", {"ds_actor": signed}).status_code == 302


# 8. no second log-in path --------------------------------------------------------------------------

def test_http_basic_authentication_opens_nothing(site):
    ds = site[0]
    basic = "Basic " + base64.b64encode(f"root:{PASSWORDS['root']}".encode()).decode()
    for path in (PERSONS_JSON, "/registry/persons.csv", "/-/metadata.json"):
        assert get(ds, path, headers={"Authorization": basic}).status_code == 302
    assert get(ds, "/-/password-tool").status_code != 200


# 9 and 10. guessing ---------------------------------------------------------------------------------

def test_guessing_locks_the_account_and_the_address_and_says_so_in_chinese(site):
    ds = site[0]
    for _ in range(auth.FAILURES_PER_ACCOUNT):
        assert "用户名或密码错误" in login(ds, "wang", "guess-" + "x" * 8).text
    locked = login(ds, "wang")  # the right password, too late
    assert locked.status_code == 429 and auth.COOKIE not in locked.cookies and "锁定" in locked.text
    # an unknown account locks the same way, so the lock tells nothing about which names exist
    for _ in range(auth.FAILURES_PER_ACCOUNT):
        login(ds, "nobody", "guess-xxxxxxxx")
    assert login(ds, "nobody", "guess-xxxxxxxx").status_code == 429
    _GUARDS[ds]._failures.clear()
    for i in range(auth.FAILURES_PER_ADDRESS):  # many accounts from one address
        login(ds, f"user{i}", "guess-xxxxxxxx")
    assert login(ds, "root").status_code == 429


def test_an_unknown_name_takes_as_long_as_a_wrong_password(site):
    ds = site[0]

    def timed(user):
        start = time.perf_counter()
        login(ds, user, "wrong-password-x")
        return time.perf_counter() - start
    known = min(timed("wang") for _ in range(2))
    _GUARDS[ds]._failures.clear()
    unknown = min(timed("no-such-user") for _ in range(2))
    assert 0.5 < unknown / known < 2


def test_wrong_log_ins_do_not_stall_other_peoples_pages(site):
    ds = site[0]
    cookies = session(ds, "wang")

    async def go():
        guesses = [asyncio.create_task(ds.client.post("/-/login", data={"username": f"u{i}", "password": "p" * 12}))
                   for i in range(10)]
        await asyncio.sleep(0.05)
        start = time.perf_counter()
        page = await ds.client.get("/registry/~E4~BA~BA~E5~91~98?_size=5", cookies=cookies)
        took = time.perf_counter() - start
        await asyncio.gather(*guesses)
        return page.status_code, took
    status, took = asyncio.run(go())
    assert status == 200 and took < 0.5


def test_accounts_and_canned_sql_are_hidden_from_everyone_but_admins(site):
    ds = site[0]
    for user in ("wang", "li"):
        cookies = session(ds, user)
        for path in ("/-/metadata.json", "/-/metadata", "/-/plugins.json", "/-/settings.json", "/-/databases.json"):
            assert get(ds, path, cookies).status_code == 403, (user, path)
    officer, liaison = session(ds, "wang"), session(ds, "li")
    for cookies, query in ((officer, "person_records.json?人员编号=1"), (liaison, "my_demands.json"),
                           (liaison, "my_matches.json")):
        r = get(ds, "/registry/" + query, cookies)
        assert r.status_code == 200 and "SELECT" not in r.text.upper().replace("SELECTED", "")
    shown = get(ds, "/registry/person_records?人员编号=1&_show_sql=1", officer).text
    assert "SELECT * FROM 来源记录" not in shown
    admin = get(ds, "/registry/person_records.json?人员编号=1", session(ds, "root")).json()
    assert "SELECT * FROM 来源记录" in admin["query"]["sql"]


# 3. no query-string parameter widens a view --------------------------------------------------------

def test_a_liaison_cannot_search_the_officers_index_through_their_view(site):
    ds = site[0]
    cookies = session(ds, "li")
    view = "/registry/~E5~8F~AF~E6~8E~A8~E8~8D~90~E4~BA~BA~E6~89~8D.json?_shape=array"
    plain = get(ds, view, cookies).json()
    for extra in ("&_fts_table=person_search&_fts_pk=%E7%BC%96%E5%8F%B7&_search=%E6%94%80%E9%92%A2",
                  "&_fts_table=person_search&_fts_pk=%E7%BC%96%E5%8F%B7&_searchmode=raw&_search=text:%E6%94%80*",
                  "&_search_text=%E6%94%80%E9%92%A2"):
        r = get(ds, view + extra, cookies)
        assert r.status_code == 200 and r.json() == plain, extra


# 7. every bulk read is audited, with its actor -----------------------------------------------------

@pytest.mark.parametrize("user, path", [
    ("wang", "/registry/person_records.json?人员编号=1"),
    ("wang", "/registry/person_records.csv?人员编号=1"),
    ("wang", "/registry/~E9~9C~80~E6~B1~82~E5~8C~B9~E9~85~8D.json"),
    ("wang", "/registry/~E4~BA~BA~E5~91~98?_size=max"),
    ("wang", "/registry/~E4~BA~BA~E5~91~98?_format=csv"),
    ("wang", "/-/person/1"),
    ("li", "/registry/my_matches.json"),
    ("root", "/registry/persons.csv"),
    ("root", "/registry.json?sql=select+name+from+persons"),
])
def test_every_bulk_read_of_personal_data_is_logged_with_its_actor(site, user, path):
    ds, conn, _ = site
    before = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0
    assert get(ds, path, session(ds, user)).status_code == 200
    rows = conn.execute("SELECT actor, action FROM audit_log WHERE id > ?", (before,)).fetchall()
    assert [tuple(r) for r in rows] in ([(user, "export")], [(user, "read")]), path


def test_a_quoted_session_cookie_is_still_its_actor_in_the_log(site):
    ds, conn, _ = site
    token = sessions_of(ds).open("wang")
    r = asyncio.run(ds.client.get(PERSONS_JSON, headers={"cookie": f'{auth.COOKIE}="{token}"'}))
    assert r.status_code == 200
    assert conn.execute("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0] == "wang"


def test_no_audit_row_no_data(site, tmp_path):
    import shutil
    import sqlite3

    ds0, conn, users = site
    copy = tmp_path / "registry.db"
    shutil.copy(ds0.get_database().path, copy)
    broken = sqlite3.connect(copy)
    broken.execute("CREATE TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk'); END")
    broken.commit()
    broken.close()
    ds = make_datasette(copy, users)
    r = get(ds, PERSONS_JSON, session(ds, "wang"))
    assert r.status_code == 503 and "审计日志" in r.text and "欧阳子墨" not in r.text


# 12. CSV the registry serves is safe to open in a spreadsheet -------------------------------------

def test_csv_exports_are_neutralised_and_open_in_excel_as_utf8(site):
    ds = site[0]
    for user, path in (("wang", "/registry/~E4~BA~BA~E5~91~98.csv?_size=max"),
                       ("wang", "/registry/~E6~9D~A5~E6~BA~90~E8~AE~B0~E5~BD~95.csv?_size=max"),
                       ("root", "/registry/persons.csv?_size=max")):
        r = get(ds, path, session(ds, user))
        assert r.status_code == 200 and r.content.startswith(b"\xef\xbb\xbf")
        assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
        cells = [c for row in csv.reader(io.StringIO(r.content.decode("utf-8-sig"))) for c in row]
        assert any(c.startswith("'=HYPERLINK") for c in cells), path
        assert not any(c.lstrip().startswith(("=", "+", "@")) for c in cells)
        assert not any(c.startswith("-") and not re.fullmatch(r"-\d+(\.\d+)?", c) for c in cells)


def test_a_streamed_csv_is_neutralised_across_chunk_boundaries():
    from pzh_talent.gate import CsvNeutraliser

    text = 'a,b\r\n"=1+1","line\nbreak"\r\n-3,@x\r\n'.encode("utf-8") * 50 + "张,=伟\r\n".encode("utf-8")
    for size in (1, 2, 3, 7, 64):
        n = CsvNeutraliser()
        out = b"".join(n.feed(text[i:i + size], final=i + size >= len(text)) for i in range(0, len(text), size))
        rows = list(csv.reader(io.StringIO(out.decode("utf-8-sig"))))
        assert rows[1] == ["'=1+1", "line\nbreak"] and rows[2] == ["-3", "'@x"] and rows[-1] == ["张", "'=伟"]
        assert len(rows) == 151


# 16. passwords ----------------------------------------------------------------------------------------

def test_short_passwords_are_refused_in_chinese(run, tmp_path):
    users = tmp_path / "u.json"
    for weak in ("", "a", "12345", "aaaaaaaaaaaaaa"):
        out = run("user", "add", "zhao", "--role", "officer", "--password", weak, "--users", users)
        assert out.exit_code != 0 and "密码" in out.output
    assert not users.exists()


def test_the_cli_revokes_and_removes_accounts(run, tmp_path):
    from pzh_talent.serve import read_users

    users = tmp_path / "u.json"
    assert run("user", "add", "zhao", "--role", "officer", "--password", "zhao-password-1", "--users", users).exit_code == 0
    out = run("user", "revoke", "zhao", "--users", users)
    assert out.exit_code == 0 and "会话已失效" in out.output
    assert read_users(users)["users"]["zhao"]["sessions_revoked_at"]
    assert run("user", "remove", "zhao", "--users", users).exit_code == 0
    out = run("user", "remove", "zhao", "--users", users)
    assert out.exit_code != 0 and "没有账号" in out.output


# 2, 4 and 13. what officers and liaisons read says what their view may show, and no more ----------

def test_officers_read_origin_evidence_as_reasons_never_the_cells(site):
    ds, conn, _ = site
    officer = session(ds, "wang")
    view = "/registry/~E6~9D~A5~E6~BA~90~E8~AE~B0~E5~BD~95.json?_shape=array&_size=max&姓名__in=欧阳子墨,张伟"
    rows = get(ds, view, officer).json()
    text = json.dumps(rows, ensure_ascii=False)
    assert "炳草岗" not in text and "13811112222" not in text and "510421199202023456" not in text
    evidence = "；".join(r["攀籍依据"] or "" for r in rows)
    assert "通讯地址含“攀枝花”" in evidence or "通讯地址含“米易”" in evidence
    pid = conn.execute("SELECT person_id FROM source_records WHERE name = '张伟' AND address IS NOT NULL").fetchone()[0]
    page = get(ds, f"/-/person/{pid}", officer).text
    assert "攀莲镇" not in page and "510421199202023456" not in page and "13911113333" not in page
    assert "攀莲镇" in get(ds, f"/-/person/{pid}", session(ds, "root")).text  # admins see the cell


def test_a_liaison_reads_reasons_and_free_text_without_what_their_view_hides(site):
    ds = site[0]
    liaison = session(ds, "li")
    (match,) = [m for m in get(ds, "/registry/my_matches.json?_shape=array", liaison).json() if m["姓名"] == "张伟"]
    assert "心血管" in match["匹配理由"] and "攀钢集团研究院" not in match["匹配理由"] and "米易" not in match["匹配理由"]
    talent = get(ds, "/registry/~E5~8F~AF~E6~8E~A8~E8~8D~90~E4~BA~BA~E6~89~8D.json?_shape=array&_size=max", liaison).text
    assert "13911113333" not in talent and "zw@qq.com" not in talent and "139****3333" in talent
    assert "z***@qq.com" in talent


def test_contact_data_in_free_text_is_masked_in_every_form_people_type_it():
    from pzh_talent.ingest.contact import mask_contacts

    assert mask_contacts("电话13912345678") == "电话139****5678"
    assert mask_contacts("+86 139-1234-5678") == "139****5678"
    assert mask_contacts("座机0812-3335566，邮箱 zhang.san@pku.edu.cn") == "座机081****5566，邮箱 z***@pku.edu.cn"
    assert mask_contacts("ID 51040219900101123X") == "ID 510402********123X"
    assert mask_contacts("2005年至2012年在攀钢，钒钛") == "2005年至2012年在攀钢，钒钛"


# 14. forms refuse rows that cannot exist, and never say they saved what they did not -------------

def post_form(ds, cookies, name, data):
    async def go():
        form = await ds.client.get(f"/-/form/{name}", cookies=cookies)
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        return await ds.client.post(f"/-/form/{name}", data={**data, "csrftoken": token},
                                    cookies={**cookies, "ds_csrftoken": form.cookies["ds_csrftoken"]})
    return asyncio.run(go())


def test_officer_forms_refuse_what_does_not_exist_and_change_nothing(site):
    from pzh_talent.registry.schema import now

    ds, conn, _ = site
    officer = session(ds, "wang")
    pid = conn.execute("SELECT id FROM persons WHERE name = '张伟'").fetchone()[0]
    with conn:
        conn.execute("INSERT INTO campaigns (name, channel, status, created_at) VALUES ('测试活动', 'email', 'active', ?)",
                     (now(),))
        cid = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
        conn.execute("INSERT INTO campaign_members (campaign_id, person_id, member_key, status, suppressed, updated_at) "
                     "VALUES (?, ?, 'T-0001', '待联系', '已撤回同意', ?)", (cid, pid, now()))
    counts = lambda: [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: E731
                      for t in ("link_decisions", "match_feedback", "member_status_history")]
    before = counts()
    refusals = [
        ("review_decision", {"编号": "999999", "结论": "同一人"}, "没有编号为 999999"),
        ("review_decision", {"编号": "1", "结论": "也许"}, "须为"),
        ("record_outcome", {"成员编号": "NO-SUCH", "状态": "已联系"}, "没有成员编号"),
        ("record_outcome", {"成员编号": "T-0001", "状态": "已联系"}, "不予联系"),
        ("match_opinion", {"需求编号": "999", "人员编号": str(pid), "意见": "否决"}, "没有编号为 999 的企业需求"),
        ("match_opinion", {"需求编号": "1", "人员编号": "999999", "意见": "否决"}, "没有编号为 999999 的人员"),
        ("match_opinion", {"需求编号": "1", "人员编号": str(pid), "意见": "否决", "备注": "长" * 5000}, "太长"),
    ]
    for name, data, said in refusals:
        r = post_form(ds, officer, name, data)
        assert r.status_code == 400 and "未保存" in r.text and said in r.text and "已记录" not in r.text, (name, data)
    assert counts() == before
    ok = post_form(ds, officer, "match_opinion", {"需求编号": "1", "人员编号": str(pid), "意见": "接受"})
    assert ok.status_code == 200 and "已记录" in ok.text and "张伟" in ok.text
    assert counts()[1] == before[1] + 1


def test_the_person_page_reads_consent_where_suppression_reads_it(site):
    # a consent that came with a roster (ingest --consent) and a later withdrawal: the page says
    # what consent_in_force says, in Asia/Shanghai time
    ds, conn, _ = site
    pid = conn.execute("SELECT person_id FROM source_records WHERE name = '欧阳子墨'").fetchone()[0]
    with conn:
        conn.execute("UPDATE sources SET consent = '[\"contact\"]' WHERE id = (SELECT source_id FROM source_records "
                     "WHERE person_id = ? LIMIT 1)", (pid,))
    page = get(ds, f"/-/person/{pid}", session(ds, "wang")).text
    assert "联系：已同意" in page and "没有授权记录" not in page
    with conn:
        conn.execute("INSERT INTO consents (person_id, purpose, status, source, at) "
                     "VALUES (?, 'contact', 'withdrawn', 'test', '2030-01-01T00:00:00+00:00')", (pid,))
    page = get(ds, f"/-/person/{pid}", session(ds, "wang")).text
    assert "联系：已撤回（2030-01-01 08:00）" in page


def test_a_liaison_s_long_form_value_is_refused_at_once_and_saves_nothing(site):
    ds, conn, _ = site
    liaison = session(ds, "li")
    before = conn.execute("SELECT count(*) FROM demands").fetchone()[0]

    async def go(**values):
        form = await ds.client.get("/-/form/log_demand", cookies=liaison)
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        data = {"需求编号": "L-1", "岗位": "工程师", "关键词": "", "最低学历": "", "最低职称": "", "工作地点": "",
                "人数": "", "截止日期": "", "状态": "", **values, "csrftoken": token}
        return await ds.client.post("/-/form/log_demand", data=data,
                                    cookies={**liaison, "ds_csrftoken": form.cookies["ds_csrftoken"]})
    for field in ("关键词", "最低学历", "最低职称", "岗位"):
        start = time.perf_counter()
        r = asyncio.run(go(**{field: "优先" + "高级工程师优先，" * 5000}))
        assert time.perf_counter() - start < 1.0, field
        assert r.status_code == 400 and "太长" in r.text and "已新增" not in r.text
    assert conn.execute("SELECT count(*) FROM demands").fetchone()[0] == before
