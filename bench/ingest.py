"""Ingestion benchmark: 1,000,000 CSV rows and 200,000 XLSX rows into a fresh registry.

    python bench/ingest.py                 # full size
    python bench/ingest.py --csv-rows 100000 --xlsx-rows 20000   # quicker look

Each import runs in a child process so that its peak memory (max RSS, children included) is its own.
Figures are printed and written to bench/results/ingest.json. Targets (2 cores): 1M CSV rows ≤ 60 s,
200k XLSX rows ≤ 60 s, peak memory ≤ 2 GB. Side by side, in the same run: the plain alternative, a bare
pandas load of the same file into one SQLite table (every cell as text: no header detection, no
normalisation, no provenance, no checks), under `<kind>_<rows>_plain`. Figures of sizes not run this
time are kept in the results file.
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


PLAIN = """
import json, resource, sqlite3, sys, time
import pandas as pd
t = time.perf_counter()
path = sys.argv[2]
df = (pd.read_csv(path, dtype=str, keep_default_na=False) if path.endswith(".csv")
      else pd.read_excel(path, dtype=str, engine="calamine"))
conn = sqlite3.connect(sys.argv[1])
df.to_sql("rows", conn, index=False, chunksize=50_000)
conn.commit()
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "rows_read": len(df), "rows_stored": len(df), "rows_rejected": 0,
                  "peak_rss_mb": peak / 1024}))
"""


def run_import(db: Path, path: Path, child: str = CHILD) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    out = subprocess.run([sys.executable, "-c", child, str(db), str(path)], capture_output=True, text=True,
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
        plain = run_import(work / f"bench_{kind}_plain.db", path, PLAIN)
        results[f"{kind}_{rows}_plain"] = plain
        print(f"  plain pandas + SQLite, same file: {plain['seconds']} s, peak {plain['peak_rss_mb']} MB", flush=True)
    out = HERE / "results" / "ingest.json"
    out.parent.mkdir(exist_ok=True)
    kept = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    kept.pop("note", None)
    out.write_text(json.dumps({**kept, **results}, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
