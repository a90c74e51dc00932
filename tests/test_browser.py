"""A real officer in a real browser: Debian's chromium driven by Playwright against `pzh-talent serve`.

Screenshots go to test-artifacts/ (look at them: Chinese must render, phones must be masked).
"""
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (bash .ci/install installs it)")


def shot(page, path, full_page=False):
    """A screenshot for people to look at. A full page that does not come in time (a loaded machine)
    is taken again as the visible part: the assertions are what the test checks."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.screenshot(path=path, full_page=full_page, timeout=60_000)
    except PlaywrightTimeout:
        page.screenshot(path=path, timeout=60_000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from pzh_talent.serve import add_user
    from tests.conftest import demo_registry

    folder = tmp_path_factory.mktemp("browser")
    db, conn = demo_registry(folder, 41, 200, [["姓名", "手机", "工作单位", "研究方向", "最高学历"],
                                               ["欧阳子墨", "13912345678", "攀钢集团研究院", "钒钛新材料", "博士研究生"]])
    from pzh_talent.outreach.campaigns import create_campaign
    from pzh_talent.outreach.consent import record_consent
    (ouyang,) = conn.execute("SELECT id FROM persons WHERE name = '欧阳子墨'").fetchone()
    record_consent(conn, ouyang, "contact", "granted", source="纸质授权书")
    create_campaign(conn, "春节返乡座谈会", "phone", where="姓名 = '欧阳子墨'", actor="wang")
    conn.close()
    add_user(folder / "registry.users.json", "wang", "officer", "officer-pass-1")
    add_user(folder / "registry.users.json", "li", "liaison", "liaison-pass-1", enterprise="攀枝花中和钒钛科技有限公司")
    from pzh_talent.ingest.demand import ensure_enterprise
    from pzh_talent.registry.db import connect
    ensure_enterprise(connect(db), "攀枝花中和钒钛科技有限公司", liaison="li")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "pzh_talent.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/login", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("pzh-talent serve did not start: " + proc.stdout.read().decode())
    yield base, db
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser.new_page(locale="zh-CN", viewport={"width": 1280, "height": 900})
        browser.close()


def test_an_officer_logs_in_searches_opens_a_person_and_records_a_decision(server, page):
    base, db = server
    page.goto(base + "/registry")
    assert page.url.endswith("/-/login?next=%2Fregistry")  # not logged in: the log-in page
    page.fill("input[name=username]", "wang")
    page.fill("input[name=password]", "officer-pass-1")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert page.url == base + "/registry"  # back where the officer was going
    cookie = next(c for c in page.context.cookies() if c["name"] == "pzh_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"

    # search the masked persons view for 钒钛
    page.goto(base + "/registry/~E4~BA~BA~E5~91~98")
    page.fill("input[name=_search]", "钒钛")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    shot(page, path=str(ARTIFACTS / "search-钒钛.png"), full_page=True)
    assert "欧阳子墨" in page.inner_text("table.rows-and-columns")
    assert "139****5678" in page.inner_text("table.rows-and-columns")

    # open the person: masked phone, the source row it came from
    page.locator("table.rows-and-columns tr", has_text="欧阳子墨").locator("a[href^='/-/person/']").first.click()
    page.wait_for_load_state()
    shot(page, path=str(ARTIFACTS / "person.png"), full_page=True)
    text = readable(page)
    assert "欧阳子墨" in text and "139****5678" in text and "13912345678" not in text
    assert "专家.csv" in text and "钒钛新材料" in text
    # the consent the page shows is the one suppression uses (consent_in_force)
    import sqlite3
    in_force = sqlite3.connect(db).execute(
        "SELECT status FROM consent_in_force WHERE purpose = 'contact' AND person_id = "
        "(SELECT id FROM persons WHERE name = '欧阳子墨')").fetchone()
    assert in_force == ("granted",) and "联系：已同意" in text

    # decide a review pair through the officers' form
    import sqlite3
    pair = sqlite3.connect(db).execute("SELECT id FROM review_pairs WHERE status = 'open' LIMIT 1").fetchone()
    assert pair, "the demo registry should have pairs to review"
    page.goto(base + "/-/form/review_decision")
    page.fill("input[name=编号]", str(pair[0]))
    page.select_option("select[name=结论]", "不是同一人")
    page.fill("input[name=备注]", "浏览器测试")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert "已记录：记录" in readable(page)
    shot(page, path=str(ARTIFACTS / "review-decided.png"), full_page=True)
    row = sqlite3.connect(db).execute(
        "SELECT d.decision, d.actor, q.status FROM link_decisions d JOIN review_pairs q "
        "ON q.record_a = d.record_a AND q.record_b = d.record_b WHERE q.id = ?", (pair[0],)).fetchone()
    assert row == ("not_same", "wang", "decided")

    # record an outreach outcome from the person page's link
    page.goto(base + "/-/person/" + str(sqlite3.connect(db).execute(
        "SELECT id FROM persons WHERE name = '欧阳子墨'").fetchone()[0]))
    assert "春节返乡座谈会" in page.inner_text("body")
    page.click("text=记录结果")
    page.wait_for_load_state()
    page.select_option("select[name=状态]", "有意向")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert "改为“有意向”" in readable(page)
    shot(page, path=str(ARTIFACTS / "outcome-recorded.png"), full_page=True)
    status = sqlite3.connect(db).execute(
        "SELECT m.status, m.updated_by, h.status FROM campaign_members m JOIN member_status_history h "
        "ON h.member_id = m.id").fetchone()
    assert status == ("有意向", "wang", "有意向")

    page.goto(base + "/-/dashboard")
    shot(page, path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert "人才看板" in page.inner_text("h1")
    readable(page)


# what must never reach an officer's or a liaison's screen: Datasette's English, raw JSON
ENGLISH = ["Sort ascending", "Facet by this", "Hide this column", "Type: TEXT", "Forbidden", "Log out",
           "Invalid username", "hidden table", "Powered by", "Show SQL", "rows where", "Query executed",
           "Error 403", "You are logged out"]


def readable(page) -> str:
    text = page.inner_text("body")
    english = [w for w in ENGLISH if w in text]
    assert not english, (page.url, english)
    assert '[["' not in text and '{"field"' not in text, page.url  # no raw JSON
    return text


def test_an_officer_exports_csv_as_excel_opens_it_then_logs_out(server, page):
    base, db = server
    page.goto(base + "/registry/~E4~BA~BA~E5~91~98")
    if "/-/login" in page.url:
        page.fill("input[name=username]", "wang")
        page.fill("input[name=password]", "officer-pass-1")
        page.click("input[type=submit]")
        page.wait_for_load_state()
    page.click('th[data-column="学历"] .dropdown-menu-icon')  # the column menu, in Chinese
    page.wait_for_selector(".dropdown-menu .dropdown-column-type:has-text('类型：')", timeout=10_000)
    menu = page.inner_text(".dropdown-menu")
    assert "升序排列" in menu and "类型：" in menu, menu
    shot(page, path=str(ARTIFACTS / "column-menu.png"))
    readable(page)
    with page.expect_download() as download:
        page.evaluate("url => { const a = document.createElement('a'); a.href = url; document.body.appendChild(a); "
                      "a.click(); }", base + "/registry/~E4~BA~BA~E5~91~98.csv?_size=max")
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "姓名".encode() in data  # Excel reads UTF-8 by its BOM
    assert download.value.suggested_filename.endswith(".csv")
    page.click("summary")  # the menu
    page.click("text=退出登录")
    page.wait_for_load_state()
    assert "您已退出登录" in readable(page)
    page.goto(base + "/registry/~E4~BA~BA~E5~91~98")
    assert "/-/login" in page.url  # the session ended on the server


def test_a_liaison_s_day_their_pages_a_demand_and_no_officers_page(server, page):
    base, db = server
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.context.clear_cookies()
    try:
        page.goto(base + "/")
        page.fill("input[name=username]", "li")
        page.fill("input[name=password]", "liaison-pass-1")
        page.click("input[type=submit]")
        page.wait_for_load_state()
        home = readable(page)
        for link in ("本企业的人才需求", "登记或更新需求", "本企业需求的推荐人选", "可推荐人才"):
            assert link in home, link
        shot(page, path=str(ARTIFACTS / "liaison-home-phone.png"), full_page=True)
        page.click("ul.pzh-start >> text=登记或更新需求")
        page.wait_for_load_state()
        page.fill("input[name=需求编号]", "ZH-9")
        page.fill("input[name=岗位]", "钒钛冶金工程师")
        page.fill("input[name=关键词]", "冶金、钒钛")
        page.fill("input[name=最低学历]", "本科及以上")
        page.click("input[type=submit]")
        page.wait_for_load_state()
        assert "已新增需求“ZH-9”" in readable(page)
        shot(page, path=str(ARTIFACTS / "liaison-demand-phone.png"), full_page=True)
        page.goto(base + "/registry/my_demands")
        text = readable(page)
        assert "ZH-9" in text and "提交" not in text and "SQL 查询" not in text
        page.goto(base + "/-/person/1")
        refused = readable(page)
        assert "无权访问" in refused and "企业联络员" in refused
        shot(page, path=str(ARTIFACTS / "liaison-refused-phone.png"), full_page=True)
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def _log_in(page, base, user="wang", password="officer-pass-1"):
    page.context.clear_cookies()
    page.goto(base + "/-/login")
    if "/-/login" in page.url:
        page.fill("input[name=username]", user)
        page.fill("input[name=password]", password)
        page.click("input[type=submit]")
        page.wait_for_load_state()


def test_an_officer_labels_pairs_side_by_side_with_the_keyboard(server, page):
    """The review page: two records side by side (masked), each comparison's weight as a waterfall,
    then 2 (不是同一人) and 3 (跳过) pressed on the keyboard; the decision is stored and the next pair shown."""
    import sqlite3

    base, db = server
    _log_in(page, base)
    page.goto(base + "/-/review")
    shot(page, path=str(ARTIFACTS / "review-pair.png"), full_page=True)
    text = readable(page)
    assert "同一人的概率" in text and "记录甲" in text and "记录乙" in text
    assert page.locator("svg.waterfall rect").count() >= 3  # the prior, the comparisons, the sum
    assert "先验" in page.locator("svg.waterfall").text_content()
    first = int(page.locator("form.buttons").get_attribute("action").split("/")[-1].split("?")[0])
    record_a, record_b = sqlite3.connect(db).execute("SELECT record_a, record_b FROM review_pairs WHERE id = ?",
                                                     (first,)).fetchone()
    phones = [p for (p,) in sqlite3.connect(db).execute("SELECT phone FROM source_records WHERE id IN (?, ?) "
                                                        "AND phone IS NOT NULL", (record_a, record_b))]
    for phone in phones:  # officers see phones masked
        assert phone[-11:] not in text
    with page.expect_navigation():  # the key submits the form: wait for the next page, not this one
        page.keyboard.press("2")
    page.wait_for_load_state()
    assert "已记录：记录" in readable(page) and "不是同一人" in readable(page)
    decided = sqlite3.connect(db).execute(
        "SELECT d.decision, d.actor, q.status FROM link_decisions d JOIN review_pairs q ON q.record_a = d.record_a "
        "AND q.record_b = d.record_b WHERE q.id = ?", (first,)).fetchone()
    assert decided == ("not_same", "wang", "decided")
    second = int(page.locator("form.buttons").get_attribute("action").split("/")[-1].split("?")[0])
    assert second != first
    with page.expect_navigation():
        page.keyboard.press("3")  # skip: the next pair, nothing stored
    page.wait_for_load_state()
    third = int(page.locator("form.buttons").get_attribute("action").split("/")[-1].split("?")[0])
    assert third not in (first, second)
    assert sqlite3.connect(db).execute("SELECT status FROM review_pairs WHERE id = ?", (second,)).fetchone() == ("open",)
