"""Chunks of rows, processed in worker processes for big files and handed back in file order.

Normalising is what costs time, so a big file is split into chunks that worker processes handle in
parallel (a big CSV's records even travel as text and are parsed there). The main process keeps the
registry's one transaction and writes each chunk's records as they come back, in order.
"""
import multiprocessing
import os
from collections import deque

from pzh_talent.parallel import fork_workers

from .rows import process_chunk

CHUNK_ROWS = 5000             # rows per unit of work
MAX_PENDING_CHUNKS = 4        # chunks in flight: bounds memory
PARALLEL_MIN_BYTES = 4 << 20  # smaller files are done in this process: starting workers costs more


class _Done:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class Chunks:
    """Runs process_chunk here or in worker processes. Use as a context manager."""

    def __init__(self, processes: int = 1):
        self.pending = deque()
        # fork: workers inherit loaded modules and warmed caches
        self.pool = multiprocessing.get_context("fork").Pool(processes) if processes > 1 else None

    def submit(self, *args):
        """Queue a chunk (process_chunk's arguments); returns the results that are finished,
        in submission order."""
        if self.pool is None:
            return [process_chunk(*args)]
        self.pending.append(self.pool.apply_async(process_chunk, args))
        done = []
        while len(self.pending) > MAX_PENDING_CHUNKS:
            done.append(self.pending.popleft().get())
        return done

    def drain(self):
        """Wait for the chunks in flight; returns their results in order."""
        done = [p.get() for p in self.pending]
        self.pending.clear()
        return done

    def close(self):
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def processes_for(path) -> int:
    """Worker processes pay off only for big files on a machine with more than one core."""
    cpus = fork_workers(os.cpu_count() or 1)
    if cpus < 2:
        return 1
    if os.path.getsize(path) < PARALLEL_MIN_BYTES:
        return 1
    return cpus
