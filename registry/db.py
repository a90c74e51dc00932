"""Opening the registry database."""
import sqlite3
from pathlib import Path

from .files import create_private, tighten
from .schema import migrate

# Python 3.11's sqlite3 looks for an adapter for every None it binds and fails slowly; a rows with
# many empty columns then costs 4x more to insert. An explicit adapter makes None cheap.
sqlite3.register_adapter(type(None), lambda value: None)

DEFAULT_DB = "registry.db"


def register_functions(conn) -> None:
    """SQL functions the views use (Datasette's connections get them through the plugin)."""
    from ingest.contact import mask_contacts

    conn.create_function("mask_contacts", 1, mask_contacts, deterministic=True)


def connect(path=DEFAULT_DB) -> sqlite3.Connection:
    """Open (creating if needed) and upgrade a registry database.

    isolation_level=None: we issue BEGIN/COMMIT ourselves so that one file is one transaction.
    The file is created owner-only (0600); SQLite gives its -wal and -shm the database's mode.
    """
    path = Path(path)
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
    conn.execute("PRAGMA cache_size = -262144")  # up to 256 MB: a million-row import spills less
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    register_functions(conn)
    migrate(conn)
    return conn
