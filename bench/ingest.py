"""Ingestion benchmark: 1,000,000 CSV rows and 200,000 XLSX rows into a fresh registry.

    python bench/ingest.py                 # full size
    python bench/ingest.py --csv-rows 100000 --xlsx-rows 20000   # quicker look

Each import runs in a child process so that its peak memory (max RSS, children included) is its own.
Figures are printed and written to bench/results/ingest.json. Targets (2 cores): 1M CSV rows ≤ 60 s,
200k XLSX rows ≤ 60 s, peak memory ≤ 2 GB.
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CHILD = """
import json, resource, sys, time
from pzh_talent.registry.db import connect
from pzh_talent.ingest.load import load_file
conn = connect(sys.argv[1])
t = time.perf_counter()
s = load_file(conn, sys.argv[2])
seconds = time.perf_counter() - t
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": seconds, "rows_read": s.rows_read, "rows_stored": s.rows_stored,
                  "rows_rejected": s.rows_rejected, "peak_rss_mb": peak / 1024}))
"""


def run_import(db: Path, path: Path) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    out = subprocess.run([sys.executable, "-c", CHILD, str(db), str(path)], capture_output=True, text=True,
                         cwd=ROOT)
    if out.returncode:
        sys.exit(f"import of {path.name} failed:\n{out.stderr}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["rows_per_second"] = round(result["rows_read"] / result["seconds"])
    result["seconds"] = round(result["seconds"], 1)
    result["peak_rss_mb"] = round(result["peak_rss_mb"])
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx-rows", type=int, default=200_000)
    parser.add_argument("--work", default=str(HERE / "out"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from pzh_talent.demo import write_big_csv, write_big_xlsx

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
               "date": time.strftime("%Y-%m-%d %H:%M")}
    for kind, rows, writer in (("csv", args.csv_rows, write_big_csv), ("xlsx", args.xlsx_rows, write_big_xlsx)):
        path = work / f"bench_{rows}.{kind}"
        if not path.exists():
            t = time.perf_counter()
            writer(path, rows)
            print(f"wrote {path.name} in {time.perf_counter() - t:.1f} s", flush=True)
        r = run_import(work / f"bench_{kind}.db", path)
        r["file_mb"] = round(path.stat().st_size / 1e6, 1)
        results[f"{kind}_{rows}"] = r
        print(f"{kind.upper()} {rows:,} rows: {r['seconds']} s, {r['rows_per_second']:,} rows/s, "
              f"peak {r['peak_rss_mb']} MB, stored {r['rows_stored']:,}, rejected {r['rows_rejected']:,}",
              flush=True)
    out = HERE / "results" / "ingest.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
