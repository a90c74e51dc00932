"""Staging: chunks of rows become records in temporary SQLite files, then move into the registry.

Normalising is what costs time, so big files are split into chunks that worker processes handle
in parallel; each worker writes its records into a staging file of its own. The registry itself is
only touched at the end, in one short transaction that copies the staged records chunk by chunk in
file order (`INSERT … SELECT … WHERE seq BETWEEN …`). A failure anywhere leaves the registry as it was.
"""
import multiprocessing
import os
import shutil
import sqlite3
import tempfile
from collections import deque
from contextlib import closing

from .read import CsvBlock
from .rows import ROW_COLUMNS, process_chunk

CHUNK_ROWS = 5000             # rows per unit of work
MAX_PENDING_CHUNKS = 4        # chunks in flight: bounds memory
PARALLEL_MIN_BYTES = 4 << 20  # smaller files are done in this process: starting workers costs more

_STAGE_SQL = f"CREATE TABLE stage (seq INTEGER PRIMARY KEY, {', '.join(ROW_COLUMNS)})"

_conn = None  # this process's staging connection (a worker's, or the main process's when serial)
_index = 0    # which staging file it is


def _open_stage(index, path):
    global _conn, _index
    _index = index
    _conn = sqlite3.connect(path, isolation_level=None)
    _conn.execute("PRAGMA journal_mode = OFF")  # scratch data: speed over durability
    _conn.execute("PRAGMA synchronous = OFF")


def _init_worker(paths):
    _open_stage(*paths.get())


def _run_chunk(seq0, sheet, file_name, layout, chunk, formulas, defaults):
    """Process a chunk and stage its records under seq0, seq0+1, …; return all but the records."""
    result = process_chunk(sheet, file_name, layout, chunk, formulas, defaults)
    if result.records:
        insert = (f"INSERT INTO stage (seq, {', '.join(result.columns)}) "
                  f"VALUES ({', '.join('?' * (len(result.columns) + 1))})")
        _conn.execute("BEGIN")
        _conn.executemany(insert, ((seq0 + i,) + r for i, r in enumerate(result.records)))
        _conn.execute("COMMIT")
    result.staged = (_index, seq0, seq0 + len(result.records) - 1) if result.records else None
    result.records = []  # staged; nothing big travels back
    return result


class _Done:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class Stage:
    """Where one import's rows go before the registry. Use as a context manager."""

    def __init__(self, processes: int = 1):
        self.dir = tempfile.mkdtemp(prefix="pzh-talent-stage-")
        self.paths = [os.path.join(self.dir, f"stage{i}.db") for i in range(max(1, processes))]
        for path in self.paths:
            with closing(sqlite3.connect(path)) as c:
                c.execute(_STAGE_SQL)
        self.pool = None
        self.pending = deque()
        self.next_seq = 0
        if processes > 1:
            queue = multiprocessing.get_context("fork").SimpleQueue()
            for item in enumerate(self.paths):
                queue.put(item)
            # fork: workers inherit loaded modules and warmed caches; each takes one staging file
            self.pool = multiprocessing.get_context("fork").Pool(processes, _init_worker, (queue,))
        else:
            _open_stage(0, self.paths[0])

    def submit(self, sheet, file_name, layout, chunk, formulas, defaults=None):
        """Queue a chunk; returns the results of chunks that are finished, in submission order."""
        args = (self.next_seq, sheet, file_name, layout, chunk, formulas, defaults)
        self.next_seq += len(chunk.texts if isinstance(chunk, CsvBlock) else chunk)
        if self.pool is None:
            self.pending.append(_Done(_run_chunk(*args)))
        else:
            self.pending.append(self.pool.apply_async(_run_chunk, args))
        done = []
        while len(self.pending) > MAX_PENDING_CHUNKS or (self.pending and self.pool is None):
            done.append(self.pending.popleft().get())
        return done

    def drain_pending(self):
        """Wait for the chunks in flight; returns their results in order."""
        done = [p.get() for p in self.pending]
        self.pending.clear()
        return done

    def drain(self):
        """Wait for every chunk and stop the workers; returns the remaining results in order."""
        done = self.drain_pending()
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None
        return done

    def copy_into(self, conn, source_id, staged) -> None:
        """Inside the caller's transaction: staged records -> source_records, in file order.
        `staged`: (staging file, first seq, last seq) per chunk, in file order. The staging files
        must be attached to `conn` as stage0, stage1, … (see attach)."""
        cols = ", ".join(ROW_COLUMNS)
        for index, first, last in staged:  # rowid ranges: no sort needed
            conn.execute(f"INSERT INTO source_records (source_id, {cols}) "
                         f"SELECT ?, {cols} FROM stage{index}.stage WHERE seq BETWEEN ? AND ?",
                         (source_id, first, last))

    def attach(self, conn):
        for i, path in enumerate(self.paths):
            conn.execute(f"ATTACH DATABASE ? AS stage{i}", (path,))

    def detach(self, conn):
        for i in range(len(self.paths)):
            try:
                conn.execute(f"DETACH DATABASE stage{i}")
            except sqlite3.OperationalError:
                pass

    def close(self):
        global _conn
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
        if _conn is not None:  # the serial case's staging connection, in this process
            _conn.close()
            _conn = None
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def processes_for(path) -> int:
    """Worker processes pay off only for big files on a machine with more than one core."""
    cpus = os.cpu_count() or 1
    if cpus < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if os.path.getsize(path) < PARALLEL_MIN_BYTES:
        return 1
    return cpus
