"""The schema as a file in the field lives it: created fresh, or migrated step by step over the
years, or upgraded from a registry a released version wrote, it ends the same; the views are the
ones registry/views.py defines, recreated only when they differ; the CHECK constraints hold the
vocabulary's lists (pzh_talent/labels.json)."""
import gzip
import re
import sqlite3
from pathlib import Path

from pzh_talent.labels import LABELS
from pzh_talent.registry import views
from pzh_talent.registry.db import connect, register_functions
from pzh_talent.registry.schema import LATEST, migrate

# A registry written by the released v21 code (commit de06bdd): 40 demo persons from 75 rows, four
# demands with matches, a campaign with outcomes, a share consent. Its views are v21's own.
V21 = Path(__file__).parent / "fixtures" / "registry_v21.db.gz"


def schema(path) -> list[tuple]:
    c = sqlite3.connect(path)
    try:
        return sorted(c.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                "WHERE name NOT LIKE 'sqlite_stat%'"))
    finally:
        c.close()


def view_rows(path) -> dict:
    c = sqlite3.connect(path)
    register_functions(c)
    try:
        return {name: sorted(map(tuple, c.execute(f'SELECT * FROM "{name}"').fetchall()), key=repr)
                for name, _ in views.VIEWS}
    finally:
        c.close()


def test_fresh_equals_migrated_step_by_step(tmp_path):
    connect(tmp_path / "fresh.db").close()
    stepwise = tmp_path / "stepwise.db"
    for version in range(1, LATEST + 1):  # one release after another, each opening the file anew
        c = sqlite3.connect(stepwise, isolation_level=None)
        assert migrate(c, upto=version) == [version]
        c.close()
    connect(stepwise).close()
    assert schema(stepwise) == schema(tmp_path / "fresh.db")


def test_a_registry_the_released_version_wrote_upgrades_to_the_same_schema_and_shows_the_same(tmp_path):
    old = tmp_path / "v21.db"
    old.write_bytes(gzip.decompress(V21.read_bytes()))
    before = view_rows(old)
    assert sum(map(len, before.values())) > 100  # the fixture holds what each view shows
    connect(old).close()
    connect(tmp_path / "fresh.db").close()
    assert schema(old) == schema(tmp_path / "fresh.db")
    after = view_rows(old)
    changed = [(view, x, y) for view in before for a, b in zip(before[view], after[view])
               for x, y in zip(a, b) if x != y]
    assert [len(before[v]) for v in before] == [len(after[v]) for v in before]
    # the only change: v21's SQL masks became the Python ones (pzh_talent/masks.py), which hide more
    # of an international number (+447****8910 -> +44******8910); nothing shows more than before
    def digits(v):
        return sum(ch.isdigit() for ch in v)
    assert all(digits(y) < digits(x) and y[:3] == x[:3] and y[-4:] == x[-4:] for _, x, y in changed), changed
    assert len(changed) <= 2


def test_views_are_recreated_only_when_they_differ_and_others_views_stay(tmp_path):
    db = tmp_path / "r.db"
    connect(db).close()
    c = sqlite3.connect(db, isolation_level=None)
    cookie = c.execute("PRAGMA schema_version").fetchone()[0]
    c.close()
    connect(db).close()  # nothing to do: the schema is not touched, so readers keep their cache
    c = sqlite3.connect(db, isolation_level=None)
    assert c.execute("PRAGMA schema_version").fetchone()[0] == cookie
    c.execute('DROP VIEW "人员"')  # a hand-edited file, or an older version's views
    c.execute('DROP VIEW "来源记录"')
    c.execute('CREATE VIEW "来源记录" AS SELECT 1 AS x')
    c.execute("CREATE VIEW my_own AS SELECT count(*) AS n FROM persons")
    c.close()
    connect(db).close()
    s = {name: sql for kind, name, _, sql in schema(db) if kind == "view"}
    assert {name: s[name] for name, _ in views.VIEWS} == dict(views.VIEWS)
    assert "my_own" in s


def _check_list(conn, table: str, column: str) -> list[str]:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    values = re.search(rf"\b{column}\b[^,]*?CHECK \({column} IN \(([^)]*)\)\)", sql, re.S).group(1)
    return re.findall(r"'([^']*)'", values)


def test_check_constraints_hold_the_vocabulary(tmp_path):
    conn = connect(tmp_path / "r.db")
    assert _check_list(conn, "campaign_members", "status") == list(LABELS.member_statuses)
    assert _check_list(conn, "campaigns", "target") == list(LABELS.policy_targets)
    assert _check_list(conn, "campaigns", "channel") == list(LABELS.channel)
    assert _check_list(conn, "campaigns", "status") == list(LABELS.campaign_status)
    assert _check_list(conn, "demands", "status") == list(LABELS.demand_status)
    assert set(LABELS.returned) <= set(LABELS.member_statuses)
    assert {s for _, stage in LABELS.funnel for s in stage} <= set(LABELS.member_statuses)


def test_the_views_show_the_vocabularys_labels(tmp_path):
    conn = connect(tmp_path / "r.db")
    sql = dict(views.VIEWS)
    assert all(f"'{label}'" in sql["人员"] for label in LABELS.origin_strength.values())
    assert all(f"'{label}'" in sql["外联活动"] for label in LABELS.channel.values())
    # the overseas label is the expression the partial facet index holds, so a facet reads the index
    plan = " ".join(r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT 海内外, count(*) FROM 人员 GROUP BY 海内外"))
    assert "persons_live_overseas_zh" in plan
