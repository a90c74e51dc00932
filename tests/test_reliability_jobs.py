"""Jobs against the registry file: what may open it, what it does when the disk is full, the file is
damaged or read-only, another job is running; backups. Real files, the real CLI (issue 16)."""
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import query, write_csv

HEADER = ["姓名", "手机", "身份证号", "工作单位"]


@pytest.fixture
def registry(tmp_path, run, db_path):
    rows = [HEADER] + [[f"张{chr(0x4e00 + i)}伟", f"139{i:08d}", "", "攀钢集团"] for i in range(40)]
    assert run("ingest", write_csv(tmp_path / "名单.csv", rows)).exit_code == 0
    assert run("dedupe").exit_code == 0
    return db_path


def snapshot(db_path):
    return (query(db_path, "SELECT count(*) AS n FROM source_records"), query(db_path, "SELECT count(*) AS n FROM persons"),
            query(db_path, "SELECT count(*) AS n FROM audit_log"))


# item 11: only ingest, demo and init make a registry ------------------------------------------------

@pytest.mark.parametrize("command", [("sources",), ("dedupe",), ("review", "list"), ("match",), ("campaign", "funnel", "1"),
                                     ("consent", "withdraw", "1"), ("backup", "x.db"), ("serve", "--port", "1")])
def test_a_mistyped_path_is_refused_and_creates_nothing(tmp_path, run, command):
    missing = tmp_path / "regsitry.db"
    out = run(*command, "--db", missing, db=False)
    assert out.exit_code != 0 and "找不到登记库" in out.output and "Traceback" not in out.output
    assert not missing.exists() and not list(tmp_path.glob("regsitry*"))


def test_another_programs_database_is_left_alone(tmp_path, run):
    other = tmp_path / "crm.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for command in (("sources",), ("ingest", write_csv(tmp_path / "a.csv", [HEADER, ["李娜", "", "", ""]])), ("dedupe",)):
        out = run(*command, "--db", other, db=False)
        assert out.exit_code != 0 and "另一个程序的 SQLite 数据库" in out.output, command
    assert other.read_bytes() == before and not (tmp_path / "crm.db-wal").exists()
    (tmp_path / "notes.db").write_text("这不是数据库" * 100, encoding="utf-8")
    out = run("sources", "--db", tmp_path / "notes.db", db=False)
    assert out.exit_code != 0 and "不是 SQLite 数据库" in out.output


def test_init_creates_an_empty_registry_once(tmp_path, run, db_path):
    assert "已新建" in run("init").output and db_path.exists()
    assert "已存在" in run("init").output
    assert run("sources").exit_code == 0


# item 13: a damaged file is noticed before anything is written into it ---------------------------

def test_a_damaged_registry_is_refused_before_a_write_with_the_way_out(registry, run, tmp_path):
    conn = sqlite3.connect(registry)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'source_records'").fetchone()[0]
    conn.close()
    with open(registry, "r+b") as f:  # scribble over the records table's root page
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xff" * 200)
    damaged = registry.read_bytes()
    out = run("ingest", write_csv(tmp_path / "b.csv", [HEADER, ["李娜", "13900000001", "", ""]]))
    assert out.exit_code != 0 and "损坏" in out.output and "备份" in out.output and "Traceback" not in out.output
    assert registry.read_bytes() == damaged


# item 10: a full disk says so, and nothing is half written ---------------------------------------

def test_a_full_disk_reports_the_real_cause_and_changes_nothing(registry, tmp_path):
    from pzh_talent.ingest.load import load_file
    from pzh_talent.cli import explain
    from pzh_talent.registry.db import connect

    before = snapshot(registry)
    conn = connect(registry)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills a few pages in
    rows = [HEADER] + [[f"王{chr(0x4e00 + i)}{chr(0x4e10 + i)}", f"138{i:08d}", "", "攀钢集团"] for i in range(3000)]
    with pytest.raises(sqlite3.OperationalError) as failure:
        load_file(conn, write_csv(tmp_path / "big.csv", rows))
    assert "full" in str(failure.value) and "cannot rollback" not in str(failure.value)
    assert "磁盘已满" in explain(failure.value)
    conn.close()
    assert snapshot(registry) == before
    assert query(registry, "PRAGMA integrity_check") == [{"integrity_check": "ok"}]


# item 12: read-only ----------------------------------------------------------------------------------

def test_a_read_only_registry_says_so_and_serves_read_only(registry, tmp_path):
    import asyncio

    from pzh_talent.cli import explain
    from pzh_talent.serve import add_user, make_datasette
    from tests.conftest import session_cookies

    conn = sqlite3.connect(f"file:{registry}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as failure:
        conn.execute("DELETE FROM persons")
    assert "只读" in explain(failure.value, registry)
    conn.close()
    sqlite3.connect(registry).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    users = tmp_path / "u.json"
    add_user(users, "wang", "officer", "wang-password-1")
    ds = make_datasette(registry, users, read_only=True)
    cookies = session_cookies(ds, users, "wang", "officer")
    page = asyncio.run(ds.client.get("/registry/~E4~BA~BA~E5~91~98", cookies=cookies))
    assert page.status_code == 200 and "张" in page.text
    export = asyncio.run(ds.client.get("/registry/~E4~BA~BA~E5~91~98.csv", cookies=cookies))
    assert export.status_code == 503  # no audit row can be written, so no bulk export


# item 15: backups --------------------------------------------------------------------------------------

def test_a_backup_is_a_consistent_private_copy_that_opens_as_the_registry(registry, run, tmp_path):
    out = run("backup", tmp_path / "备份.db")
    assert out.exit_code == 0 and "已备份" in out.output
    copy = tmp_path / "备份.db"
    assert copy.stat().st_mode & 0o077 == 0
    assert query(copy, "SELECT count(*) AS n FROM persons") == query(registry, "SELECT count(*) AS n FROM persons")
    assert query(copy, "PRAGMA journal_mode") == [{"journal_mode": "delete"}]  # one self-contained file
    assert run("sources", "--db", copy, db=False).exit_code == 0
    assert run("backup", registry).exit_code != 0  # not onto itself


def test_the_wal_is_bounded(registry):
    from pzh_talent.registry.db import connect

    assert connect(registry).execute("PRAGMA journal_size_limit").fetchone()[0] == 64 * 1024 * 1024


# items 3 and 8: one job at a time; a short write waits its turn ------------------------------------

def cli(db_path, *args, **kw):
    return subprocess.Popen([sys.executable, "-m", "pzh_talent.cli", *map(str, args), "--db", str(db_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def wait_for_lock(db_path, job, seconds=20):
    lock = db_path.with_name(db_path.name + ".lock")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if lock.exists() and f'"job": "{job}"' in lock.read_text(encoding="utf-8"):
            return
        time.sleep(0.05)
    raise AssertionError(f"{job} never took the lock")


@pytest.fixture
def big_roster(tmp_path):
    from pzh_talent.demo import write_big_csv

    return write_big_csv(tmp_path / "大名单.csv", 60_000)


def test_a_second_job_is_refused_while_one_runs_and_a_withdrawal_waits_its_turn(registry, big_roster):
    pid = query(registry, "SELECT id FROM persons ORDER BY id LIMIT 1")[0]["id"]
    importing = cli(registry, "ingest", big_roster, "--quiet")
    try:
        wait_for_lock(registry, "ingest")
        time.sleep(0.5)  # inside the import's transaction by now
        second = cli(registry, "dedupe")
        out, err = second.communicate(timeout=60)
        assert second.returncode == 1 and "另一个导入任务" in err and "Traceback" not in err
        withdraw = cli(registry, "consent", "withdraw", pid)
        out, err = withdraw.communicate(timeout=300)
        assert withdraw.returncode == 0 and "Traceback" not in err, err
    finally:
        importing.communicate(timeout=300)
    assert importing.returncode == 0
    assert query(registry, "SELECT status FROM consents WHERE person_id = ? ORDER BY id DESC LIMIT 1", (pid,)) == \
        [{"status": "withdrawn"}]
    assert query(registry, "SELECT count(*) AS n FROM source_records")[0]["n"] > 60_000


def test_a_job_killed_holding_the_lock_leaves_none_behind(registry, big_roster, run):
    importing = cli(registry, "ingest", big_roster, "--quiet")
    wait_for_lock(registry, "ingest")
    importing.kill()
    importing.communicate()
    out = run("dedupe")
    assert out.exit_code == 0, out.output


def test_a_write_that_waits_too_long_says_so_without_a_traceback(registry, run):
    from pzh_talent.registry.db import RegistryBusy, connect, transaction

    other = sqlite3.connect(registry, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        conn = connect(registry)
        conn.execute("PRAGMA busy_timeout = 300")
        said = []
        with pytest.raises(RegistryBusy, match="另一个任务占用"):
            with transaction(conn, on_wait=lambda: said.append(1)):
                pass
        assert said == [1]
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_the_server_keeps_answering_and_searching_while_a_job_writes(registry, big_roster, tmp_path):
    import asyncio

    from pzh_talent.serve import add_user, make_datasette
    from tests.conftest import session_cookies

    users = tmp_path / "u.json"
    add_user(users, "wang", "officer", "wang-password-1")
    ds = make_datasette(registry, users)
    cookies = session_cookies(ds, users, "wang", "officer")
    # a page an officer browses (a bulk export would wait for the import: its audit row must be written first)
    search = "/registry/~E4~BA~BA~E5~91~98?_search=%E5%BC%A0"
    found = lambda r: r.text.count('href="/-/person/')  # noqa: E731
    expected = found(asyncio.run(ds.client.get(search, cookies=cookies)))
    assert expected > 10
    importing = cli(registry, "ingest", big_roster, "--quiet")
    try:
        wait_for_lock(registry, "ingest")
        slowest = 0.0
        while importing.poll() is None:
            start = time.perf_counter()
            r = asyncio.run(ds.client.get(search, cookies=cookies))
            slowest = max(slowest, time.perf_counter() - start)
            assert r.status_code == 200 and found(r) == expected  # the index is whole throughout
            time.sleep(0.2)
    finally:
        importing.communicate(timeout=300)
    assert importing.returncode == 0 and slowest < 2.0


def test_the_funnel_of_a_missing_campaign_is_an_error(registry, run):
    out = run("campaign", "funnel", "99")
    assert out.exit_code != 0 and "没有编号为 99 的外联活动" in out.output and "Traceback" not in out.output


def test_an_outcome_for_a_member_not_to_be_contacted_is_refused_in_the_file_too(tmp_path, run, db_path):
    import csv as csv_module

    rows = [HEADER] + [[f"赵{chr(0x4e00 + i)}", f"137{i:08d}", "", "攀钢集团"] for i in range(3)]
    assert run("ingest", write_csv(tmp_path / "码.csv", rows), "--consent", "contact").exit_code == 0
    assert run("dedupe").exit_code == 0
    assert run("campaign", "create", "座谈会", "--all", "--channel", "sms").exit_code == 0
    assert run("campaign", "export", "1", "--format", "csv", "--out", tmp_path / "e.csv").exit_code == 0
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        table = list(csv_module.reader(f))
    pid = query(db_path, "SELECT person_id FROM campaign_members WHERE member_key = ?", (table[1][0],))[0]["person_id"]
    assert run("person", "deceased", pid, "--note", "家属告知").exit_code == 0  # suppresses the member
    status = table[0].index("状态")
    for r in table[1:]:
        r[status] = "已联系"
    write_csv(tmp_path / "s.csv", table, encoding="utf-8-sig")
    out = run("campaign", "import-status", tmp_path / "s.csv")
    assert out.exit_code != 0 and "不予联系（已故）" in out.output
    assert query(db_path, "SELECT status FROM campaign_members WHERE person_id = ?", (pid,)) == [{"status": "待联系"}]
    assert query(db_path, "SELECT count(*) AS n FROM campaign_members WHERE status = '已联系'") == [{"n": 2}]


def test_where_there_is_no_fork_the_jobs_run_in_one_process_with_the_same_result(tmp_path, run, db_path, monkeypatch):
    import multiprocessing

    from pzh_talent.demo import write_demo_rosters
    from pzh_talent.ingest.load import load_file
    from pzh_talent.parallel import fork_workers
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.run import dedupe

    manifest = write_demo_rosters(tmp_path / "rosters", seed=21, n_people=300)

    def persons(db):
        conn = connect(db)
        for f in manifest.files:
            load_file(conn, f, defaults=manifest.file_settings.get(f.name))
        dedupe(conn)
        return sorted(tuple(r) for r in conn.execute("SELECT id, name, n_records FROM persons"))

    with_fork = persons(tmp_path / "a.db")
    # as on Windows: no fork start method, and asking for it fails
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    real_context = multiprocessing.get_context

    def no_fork(method=None):
        if method == "fork":
            raise ValueError("cannot find context for 'fork'")
        return real_context(method)
    monkeypatch.setattr(multiprocessing, "get_context", no_fork)
    assert fork_workers(8) == 1
    assert persons(tmp_path / "b.db") == with_fork
