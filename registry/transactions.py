"""The one way to write to the registry: `transaction()`, BEGIN IMMEDIATE … COMMIT. Below the schema
and the connection, so that migrate() takes its steps the way every job writes."""
import sqlite3
import sys
import time
from contextlib import contextmanager


class RegistryBusy(sqlite3.OperationalError):
    """Another job held the registry's write lock for longer than we were willing to wait."""


@contextmanager
def transaction(conn, on_wait=None):
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error or interruption. Inside another
    transaction it joins it. When another job is writing it waits its turn, telling `on_wait`
    once (default: a line on stderr), and raises RegistryBusy after the connection's busy
    timeout (connect() sets WRITE_WAIT_SECONDS).

    The ROLLBACK is skipped when SQLite has already rolled back (a full disk does that), so the
    error that reaches the caller is the real one, not 'cannot rollback - no transaction is active'.
    """
    if conn.in_transaction:
        yield conn
        return
    _begin(conn, on_wait)
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _begin(conn, on_wait) -> None:
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    deadline = None
    conn.execute("PRAGMA busy_timeout = 0")  # the first try answers at once: busy or not
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) and "busy" not in str(e):
                    raise
                if deadline is None:  # another job is writing: say so once, then wait in steps of a second
                    (on_wait or _say_waiting)()
                    deadline = time.monotonic() + timeout / 1000
                    conn.execute(f"PRAGMA busy_timeout = {min(timeout, 1000)}")
                elif time.monotonic() > deadline:
                    raise RegistryBusy(f"登记库一直被另一个任务占用（已等待 {timeout / 1000:.0f} 秒），本次未作任何更改，"
                                       f"请等它结束后再试") from None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout}")


def _say_waiting() -> None:
    print("登记库正被另一个任务写入（导入、查重等），等待它结束后再保存……", file=sys.stderr, flush=True)
