"""Opening the registry database (created private, checked, upgraded in place), its SQL functions,
the audit writer and backups. Writes go through `transaction()` (transactions.py), read from here too."""
import sqlite3
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from .files import create_private, tighten
from .schema import migrate
from .transactions import RegistryBusy, transaction  # noqa: F401 (the one way to write: read from here)

# Python 3.11's sqlite3 looks for an adapter for every None it binds and fails slowly; a row with
# many empty columns then costs 4x more to insert. An explicit adapter makes None cheap. It is
# process-wide, and the one process-wide setting we keep: None binds as NULL with it or without.
sqlite3.register_adapter(type(None), lambda value: None)

DEFAULT_DB = "registry.db"
# how long a write waits for another job's transaction (an import of a million rows holds one for
# about a minute, a full dedupe at that size for two) before it gives up and says why
WRITE_WAIT_SECONDS = 600


def register_functions(conn) -> None:
    """SQL functions the views use (Datasette's connections get them through the plugin)."""
    from pzh_talent.masks import mask_contacts, mask_email, mask_id, mask_id_visible, mask_phone

    for f in (mask_contacts, mask_phone, mask_email, mask_id, mask_id_visible):
        conn.create_function(f.__name__, 1, f, deterministic=True)
    conn.create_function("country_zh", 1, country_zh, deterministic=True)


@lru_cache(maxsize=None)
def _territories() -> dict:
    from babel import Locale

    return dict(Locale("zh").territories)


def country_zh(code: str | None) -> str | None:
    """CN -> 中国: a stored country code as officers read it (unknown codes stay as they are)."""
    return _territories().get(code, code) if code else code


class NotARegistry(Exception):
    """The path names no registry: missing, another program's SQLite file, or not SQLite at all."""


def check_registry(path, create: bool) -> None:
    """Refuse a path that is not a registry before anything is written to it: a mistyped path
    would silently become an empty registry, another program's database would gain our tables."""
    path = Path(path)
    if str(path) == ":memory:":
        return
    if not path.exists():
        if create:
            return
        raise NotARegistry(f"找不到登记库“{path}”：请检查路径（--db）。新建登记库请用 pzh-talent ingest、"
                           f"pzh-talent demo 或 pzh-talent init")
    if path.is_dir():
        raise NotARegistry(f"“{path}”是文件夹，不是登记库文件")
    if path.stat().st_size == 0:
        return  # an empty file: SQLite's own new database (or one we created and were killed before writing)
    try:
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            probe.close()
    except sqlite3.DatabaseError as e:
        if "not a database" in str(e) or "malformed" in str(e) or "encrypted" in str(e):
            raise NotARegistry(f"“{path}”不是 SQLite 数据库文件（{e}），不是登记库") from None
        raise
    if version == 0 and tables:
        raise NotARegistry(f"“{path}”是另一个程序的 SQLite 数据库（表：{'、'.join(sorted(tables)[:5])}……），"
                           f"不是攀籍人才信息库：未作任何更改")
    from .schema import LATEST

    if 0 < version <= LATEST and "sources" not in tables:  # (newer versions: migrate() says to upgrade)
        raise NotARegistry(f"“{path}”的版本号是 {version}，但没有登记库的表：不是攀籍人才信息库，未作任何更改")


def quick_check(conn) -> None:
    """Refuse to write into a damaged file (a write can spread the damage), with the way out."""
    try:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as e:  # damaged beyond what quick_check can list
        problems = [str(e)]
    if problems != ["ok"]:
        raise NotARegistry("登记库文件已损坏（" + "；".join(problems)[:300] + "）。本次未写入。请从备份恢复"
                           "（pzh-talent backup 做的副本），或用 sqlite3 的 .recover 抢救出数据后再导入")


def connect(path=DEFAULT_DB, create: bool = True) -> sqlite3.Connection:
    """Open (creating it only when `create`) and upgrade a registry database.

    isolation_level=None: we issue BEGIN/COMMIT ourselves so that one file is one transaction.
    The file is created owner-only (0600); SQLite gives its -wal and -shm the database's mode.
    """
    path = Path(path)
    check_registry(path, create)
    if str(path) != ":memory:":
        create_private(path)
        for side in ("-wal", "-shm"):  # left by an older pzh-talent, which created them world-readable
            tighten(path.with_name(path.name + side))
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode = WAL")  # Datasette can read while an import writes
    # WAL + NORMAL never corrupts; a power cut may lose the last commit, not earlier ones. Saves an
    # fsync per commit, seconds on a million-row import.
    conn.execute("PRAGMA synchronous = NORMAL")
    # a WAL that a busy server kept from resetting is cut back to 64 MB at the next checkpoint
    conn.execute("PRAGMA journal_size_limit = 67108864")
    conn.execute("PRAGMA cache_size = -262144")  # up to 256 MB: a million-row import spills less
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_SECONDS * 1000}")
    register_functions(conn)
    migrate(conn)
    return conn


def audit(conn, action: str, target: str, details: dict | None = None, actor: str | None = None,
          at: str | None = None) -> None:
    """One row of the audit log, in the caller's transaction. `at`: the stamp the change itself
    carries, so that the two read the same instant."""
    import json

    from .schema import now

    conn.execute("INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)",
                 (at or now(), actor, action, target,
                  json.dumps(details, ensure_ascii=False, default=str) if details is not None else None))


@contextmanager
def indexes_set_aside(conn, table: str, column: str | None = None, when: bool = True):
    """For a write that touches most of `table`'s rows: its indexes (those on `column`, if given)
    dropped first and built again after, in the caller's transaction (a rollback brings them back as
    they were). SQLite builds an index from sorted rows in one pass, much faster than it updates a
    dozen indexes row by row. `when`: only then (the caller's judgement of "most")."""
    assert conn.in_transaction, "indexes are set aside inside a transaction only"
    kept = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                        "AND sql IS NOT NULL", (table,)).fetchall() if when else []
    if column is not None:
        kept = [(name, sql) for name, sql in kept
                if column in {r[2] for r in conn.execute(f"PRAGMA index_info('{name}')")}
                or column in sql.split("WHERE", 1)[-1]]  # or named in an expression or a partial index's condition
    for name, _ in kept:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in kept:
        conn.execute(sql)


def backup(conn, out) -> int:
    """A consistent copy of the registry at `out`, safe while the server and other jobs run
    (SQLite's online backup API); written aside and renamed, owner-only. Returns its size in bytes."""
    import os

    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    create_private(tmp)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest, pages=4096)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out.stat().st_size
