import csv
import json
import sqlite3

import pytest
from click.testing import CliRunner

from pzh_talent.cli import cli


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "registry.db"


@pytest.fixture
def run(db_path):
    """Run the real CLI in-process against the test's database: run('ingest', file)."""
    def _run(*args, db=True):
        args = [str(a) for a in args]
        if db:
            args += ["--db", str(db_path)]
        return CliRunner().invoke(cli, args, catch_exceptions=False)
    return _run


def query(db_path, sql, params=()):
    from pzh_talent.registry.db import register_functions

    conn = sqlite3.connect(db_path)
    register_functions(conn)  # the views mask through our functions, as Datasette's connections have them
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def write_csv(path, rows, encoding="utf-8", delimiter=","):
    with open(path, "w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path, sheets):
    """sheets: {name: [row, ...]}; a row is a list of values (None = empty)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


def write_jsonl(path, objs):
    with open(path, "w", encoding="utf-8") as f:
        for o in objs:
            f.write((json.dumps(o, ensure_ascii=False) if o is not None else "") + "\n")
    return path


@pytest.fixture(scope="session", params=["default", "holdout"])
def unseen_registry(request, tmp_path_factory):
    """Demo rosters the dedupe code was not tuned on (seed 5; tuning used seed 99), imported once
    per shape and shared by the tests that only read them."""
    import itertools
    from collections import defaultdict
    from types import SimpleNamespace

    from pzh_talent.ingest.load import load_file
    from pzh_talent.demo import write_demo_rosters
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.run import load_records

    folder = tmp_path_factory.mktemp(request.param)
    manifest = write_demo_rosters(folder / "rosters", seed=5, n_people=1500, shape=request.param)
    conn = connect(folder / "r.db")
    for f in manifest.files:
        load_file(conn, f, defaults=manifest.file_settings.get(f.name))
    ids = {(f, s or "", n): i for f, s, n, i in conn.execute(
        "SELECT s.file_name, r.sheet, r.row_number, r.id FROM source_records r JOIN sources s ON s.id = r.source_id")}
    with open(manifest.truth_path, encoding="utf-8") as f:
        person_of = {ids[(r["file_name"], r["sheet"], int(r["row_number"]))]: r["person_key"]
                     for r in csv.DictReader(f)}
    by_person = defaultdict(list)
    for record, person in person_of.items():
        by_person[person].append(record)
    true_pairs = {tuple(sorted(p)) for recs in by_person.values() for p in itertools.combinations(recs, 2)}
    return SimpleNamespace(conn=conn, records=load_records(conn), person_of=person_of, true_pairs=true_pairs)


def demo_registry(folder, seed: int, n_people: int, extra_rows: list):
    """A small registry for the web tests: demo rosters plus 专家.csv (`extra_rows`, header first),
    imported, deduplicated and indexed for search. Returns (db path, open connection)."""
    from pzh_talent.ingest.load import load_file
    from pzh_talent.demo import write_demo_rosters
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.run import dedupe
    from pzh_talent.registry.search import index_persons

    manifest = write_demo_rosters(folder / "rosters", seed=seed, n_people=n_people)
    write_csv(folder / "专家.csv", extra_rows)
    db = folder / "registry.db"
    conn = connect(db)
    for f in [*manifest.files, folder / "专家.csv"]:
        load_file(conn, f, defaults=manifest.file_settings.get(f.name))
    dedupe(conn)
    with conn:
        index_persons(conn)
    return db, conn


def session_cookies(ds, users_file, name, role, enterprise=None) -> dict:
    """Cookies of a logged-in session of account `name` (created in the users file if missing), as
    the log-in form would give: the tests that are not about log-in skip typing the password."""
    from pzh_talent.datasette_plugin import sessions_of
    from pzh_talent.serve import add_user, read_users

    user = read_users(users_file)["users"].get(name)
    if user is None or user["role"] != role or user.get("enterprise") != enterprise:
        add_user(users_file, name, role, f"{name}-password-1", enterprise=enterprise)
    return {"pzh_session": sessions_of(ds).open(name)}
