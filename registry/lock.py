"""One registry-changing job at a time: a lock file beside the registry.

Long jobs (ingest, dedupe, match, campaign create, import-status, erase, merge …) read the registry,
compute, then write. Two at once would each write what they computed from a registry the other
was changing (two dedupes made 500 phantom persons). SQLite's own lock covers one transaction,
not a job's read-compute-write, so jobs take this lock first. It is an OS file lock (flock): a job
that is killed loses it at once, and nothing is left to clean up.
"""
import fcntl
import json
import os
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

JOB_LABELS = {"ingest": "导入", "dedupe": "查重", "match": "匹配", "merge": "合并", "unmerge": "撤销合并",
              "erase": "删除个人信息", "campaign": "外联活动", "import-status": "导入外联结果",
              "demand": "导入需求", "backup": "备份", "search": "重建检索索引"}


class JobRunning(Exception):
    """Another registry-changing job holds the lock."""


def lock_path(db_path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def _holder(f) -> str:
    try:
        f.seek(0)
        info = json.loads(f.read() or "{}")
    except (OSError, ValueError):
        return "另一个任务"
    label = JOB_LABELS.get(info.get("job"), info.get("job") or "任务")
    return f"另一个{label}任务（进程 {info.get('pid')}，{info.get('since', '')} 开始）"


@contextmanager
def job_lock(db_path, job: str, wait_seconds: float = 0):
    """Hold the registry's job lock for the `with` block. Waits up to `wait_seconds` (0: not at all),
    then raises JobRunning naming the job that holds it."""
    path = lock_path(db_path)
    if str(db_path) == ":memory:":
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    with os.fdopen(fd, "r+", encoding="utf-8") as f:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise JobRunning(f"{_holder(f)}正在修改登记库，请等它结束后再运行"
                                     f"（{JOB_LABELS.get(job, job)}未作任何更改）") from None
                time.sleep(0.2)
        try:
            f.seek(0)
            f.truncate()
            f.write(json.dumps({"job": job, "pid": os.getpid(),
                                "since": datetime.now(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M:%S")}))
            f.flush()
            yield
        finally:
            f.seek(0)
            f.truncate()
            fcntl.flock(f, fcntl.LOCK_UN)
