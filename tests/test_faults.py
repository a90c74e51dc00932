"""Fault injection: every registry-changing command killed (SIGKILL) at a random moment, then the
registry checked as an officer would trust it: the file intact, every record with a live person or
none, counts that add up, the search index complete, and the job either fully done or not at all.
Then the same command, run again, finishes. Bounded: two kills per command on a small registry."""
import csv
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import write_csv

KILLS_PER_COMMAND = 2


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    from pzh_talent.demo import write_big_csv

    folder = tmp_path_factory.mktemp("faults")
    db = folder / "registry.db"
    subprocess.run([sys.executable, "-m", "pzh_talent.cli", "demo", "--out", str(folder / "demo"), "--db", str(db),
                    "--people", "400"], check=True, capture_output=True)
    demands = [{"ref": "PG-1", "enterprise": "攀钢集团研究院", "position": "钒钛冶金工程师", "keywords": ["冶金", "钒钛"]},
               {"ref": "KY-1", "enterprise": "攀枝花康养集团", "position": "康复治疗师", "keywords": ["康复", "护理"]}]
    (folder / "d.json").write_text(json.dumps(demands, ensure_ascii=False), encoding="utf-8")
    cli(db, "demand", "import", folder / "d.json", check=True)
    cli(db, "campaign", "create", "返乡座谈会", "--all", "--channel", "email", check=True)
    cli(db, "campaign", "export", "1", "--format", "csv", "--out", folder / "export.csv", check=True)
    with open(folder / "export.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    status = rows[0].index("状态")
    for r in rows[1:]:
        r[status] = "已联系"
    write_csv(folder / "statuses.csv", rows, encoding="utf-8-sig")
    write_big_csv(folder / "big.csv", 20_000)
    return folder, db


def cli(db, *args, check=False):
    return subprocess.run([sys.executable, "-m", "pzh_talent.cli", *map(str, args), "--db", str(db)],
                          capture_output=True, text=True, check=check)


def invariants(db) -> dict:
    """Check what must always hold; return a digest of what a job may change."""
    c = sqlite3.connect(db)
    try:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = c.execute("SELECT count(*) FROM source_records r LEFT JOIN persons p ON p.id = r.person_id "
                            "WHERE r.person_id IS NOT NULL AND (p.id IS NULL OR p.n_records = 0)").fetchone()[0]
        assert orphans == 0, "records pointing at no live person"
        wrong_counts = c.execute("SELECT count(*) FROM persons p WHERE n_records != "
                                 "(SELECT count(*) FROM source_records WHERE person_id = p.id)").fetchone()[0]
        assert wrong_counts == 0, "persons whose n_records is not their records"
        live = {r[0] for r in c.execute("SELECT id FROM persons WHERE n_records > 0 AND erased_at IS NULL")}
        indexed = {r[0] for r in c.execute("SELECT rowid FROM person_search")}
        assert live == indexed, f"search index: {len(live - indexed)} missing, {len(indexed - live)} stale"
        return {
            "records": c.execute("SELECT count(*), total(person_id) FROM source_records").fetchone(),
            "persons": sorted(c.execute("SELECT id, n_records, erased_at IS NULL FROM persons WHERE n_records > 0")),
            "members": sorted(c.execute("SELECT campaign_id, person_id, status, coalesce(suppressed, '') "
                                        "FROM campaign_members")),
            "matches": sorted(c.execute("SELECT demand_id, person_id, rank FROM matches")),
        }
    finally:
        c.close()


COMMANDS = {
    "ingest": lambda f: ("ingest", f / "big.csv", "--quiet"),
    "dedupe": lambda f: ("dedupe", "--full", "--quiet"),
    "match": lambda f: ("match",),
    "campaign": lambda f: ("campaign", "create", "招聘会邀请", "--all", "--channel", "email", "--starts", "2030-01-01"),
    "import-status": lambda f: ("campaign", "import-status", f / "statuses.csv"),
    "erase": lambda f: ("consent", "erase", "5", "--yes"),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_killed_job_leaves_the_registry_whole_and_all_or_nothing(base, tmp_path, name):
    folder, db0 = base
    rng = random.Random(name)
    args = COMMANDS[name](folder)
    # what the job does when nobody kills it
    done_db = tmp_path / "done.db"
    shutil.copy(db0, done_db)
    before = invariants(done_db)
    finished = cli(done_db, *args)
    assert finished.returncode == 0, finished.stderr
    done = invariants(done_db)
    startup = 0.6  # a Python process with our imports starts in about this long
    for kill in range(KILLS_PER_COMMAND):
        db = tmp_path / f"killed{kill}.db"
        shutil.copy(db0, db)
        p = subprocess.Popen([sys.executable, "-m", "pzh_talent.cli", *map(str, args), "--db", str(db)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(startup + rng.uniform(0, 1.5))
        p.kill()
        p.wait()
        after = invariants(db)
        if name in ("campaign",):  # member keys and campaign ids aside, the same members either way
            assert after["members"] in (before["members"], done["members"])
        else:
            assert after in (before, done), f"{name}: half done after a kill"
        again = cli(db, *args)
        assert again.returncode == 0 or "已" in again.stdout + again.stderr, again.stderr
        invariants(db)
