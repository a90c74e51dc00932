"""Dedupe benchmark: labelled demo registries of 10k, 100k and 1M records, our dedupe beside Splink.

    python bench/dedupe.py                                   # 10k, 100k, 1M records, with Splink
    python bench/dedupe.py --sizes 10000,100000 --no-splink  # a quicker look

For each size it generates demo rosters (the "holdout" shape, a seed the code was not tuned on),
imports them, and then, each step in a child process so that its time and peak memory are its own:
1. a full dedupe: time, peak memory, pairwise and B-cubed precision/recall/F1, blocking recall;
2. the daily case: a new 1,000-row roster (70% people already in the registry, 30% new) imported
   into that registry and deduped incrementally: time, and the scores of the pairs it touches;
3. Splink 5 on DuckDB (`pip install -e '.[bench]'`) on the same records: the same figures.

Generated rosters and imported registries are kept under --work and reused by later runs.
Figures are printed and written to bench/results/dedupe.json. Goals (2 cores): pairwise and B-cubed
F1 ≥ 0.98 and better than Splink; 1M records ≤ 5 min and ≤ 6 GB; the daily case ≤ 30 s.
"""
import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ROWS_PER_PERSON = {"holdout": 2.23, "default": 1.98}  # what the generator gives, measured

CHILD_IMPORT = """
import json, sys, time
from pzh_talent.ingest.load import load_file
from pzh_talent.demo import read_manifest
from pzh_talent.registry.db import connect
manifest = read_manifest(sys.argv[2])
conn = connect(sys.argv[1])
t = time.perf_counter()
for f in manifest.files:
    load_file(conn, f, defaults=manifest.file_settings.get(f.name))
print(json.dumps({"seconds": time.perf_counter() - t}))
"""

CHILD_DEDUPE = """
import json, resource, sys, time
from dataclasses import asdict
from pzh_talent.ingest.load import load_file
from pzh_talent.registry.db import connect
from pzh_talent.registry.dedupe.run import dedupe
conn = connect(sys.argv[1])
t = time.perf_counter()
if len(sys.argv) > 3:  # the daily case: import the new roster first
    load_file(conn, sys.argv[3])
imported = time.perf_counter() - t
s = dedupe(conn, full=sys.argv[2] == "full", progress=lambda m: print(m, file=sys.stderr, flush=True))
seconds = time.perf_counter() - t
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({**asdict(s), "seconds": seconds, "import_seconds": imported, "peak_rss_mb": peak / 1024}))
"""

CHILD_BLOCKING = """
import sys
import numpy as np
from pzh_talent.registry.db import connect
from pzh_talent.registry.dedupe.blocking import candidate_pairs
b = candidate_pairs(connect(sys.argv[1]))
np.save(sys.argv[2], np.stack([b.left, b.right]))
"""


def child(code_or_script, *args) -> dict:
    cmd = [sys.executable, *(["-c", code_or_script] if "\n" in code_or_script else [code_or_script]), *map(str, args)]
    out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    if out.returncode:
        sys.exit(f"step failed: {' '.join(cmd[:2])} {' '.join(map(str, args))}")
    lines = out.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def fresh_copy(src: Path, dst: Path):
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copyfile(src, dst)


def scores_of(cluster_of: dict, truth: dict) -> dict:
    from pzh_talent.registry.dedupe.evaluate import bcubed, pairwise

    pw, b3 = pairwise(cluster_of, truth), bcubed(cluster_of, truth)
    return {"pairwise": pw.as_dict(), "bcubed": b3.as_dict()}


def bench_size(size: int, shape: str, seed: int, work: Path, splink: bool) -> dict:
    import numpy as np

    from pzh_talent.demo import read_manifest, write_daily_roster, write_demo_rosters
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.evaluate import blocking_recall, involving, read_truth

    data = work / f"{shape}_{seed}_{size}"
    n_people = round(size / ROWS_PER_PERSON[shape])
    manifest = read_manifest(data)
    if manifest is None:
        t = time.perf_counter()
        manifest = write_demo_rosters(data, seed=seed, n_people=n_people, shape=shape)
        print(f"  generated {manifest.n_rows:,} rows for {n_people:,} people in {time.perf_counter() - t:.0f} s",
              flush=True)
    result = {"records": manifest.n_rows, "people": manifest.n_people, "shape": shape, "seed": seed}
    imported = work / f"{data.name}.imported.db"
    if not imported.exists():
        r = child(CHILD_IMPORT, str(imported) + ".tmp", data)
        os.replace(str(imported) + ".tmp", imported)
        result["import_seconds"] = round(r["seconds"], 1)
        print(f"  imported in {r['seconds']:.0f} s", flush=True)

    db = work / f"{data.name}.run.db"
    fresh_copy(imported, db)
    ours = child(CHILD_DEDUPE, db, "full")
    conn = connect(db)
    truth = read_truth(conn, manifest.truth_path)
    cluster_of = dict(conn.execute("SELECT id, person_id FROM source_records"))
    child(CHILD_BLOCKING, db, work / "pairs.npy")
    pairs = np.load(work / "pairs.npy")
    result["ours"] = {"seconds": round(ours["seconds"], 1), "peak_rss_mb": round(ours["peak_rss_mb"]),
                      "candidate_pairs": ours["candidate_pairs"], "persons": ours["persons"],
                      "blocking_recall": round(blocking_recall(pairs[0], pairs[1], truth), 4),
                      **scores_of(cluster_of, truth)}
    conn.close()
    print(f"  ours: {result['ours']}", flush=True)

    if splink:
        clusters_csv = work / "splink_clusters.csv"
        s = child(str(HERE / "splink_dedupe.py"), db, clusters_csv)
        import csv
        with open(clusters_csv, encoding="utf-8") as f:
            splink_cluster = {int(r["id"]): r["cluster"] for r in csv.DictReader(f)}
        result["splink"] = {**{k: (round(v, 1) if isinstance(v, float) else v) for k, v in s.items()},
                            **scores_of(splink_cluster, truth)}
        print(f"  splink: {result['splink']}", flush=True)

    # the daily case, on top of the deduped registry
    daily, daily_truth = write_daily_roster(data, seed=seed, n_people=manifest.n_people, shape=shape, n_rows=1000)
    d = child(CHILD_DEDUPE, db, "auto", daily)
    conn = connect(db)
    truth = read_truth(conn, manifest.truth_path, daily_truth)
    cluster_of = dict(conn.execute("SELECT id, person_id FROM source_records"))
    new_rows = [r for r, in conn.execute("SELECT r.id FROM source_records r JOIN sources s ON s.id = r.source_id "
                                         "WHERE s.file_name = ?", (daily.name,))]
    result["daily"] = {"rows": len(new_rows), "mode": d["mode"], "seconds": round(d["seconds"], 1),
                       "import_seconds": round(d["import_seconds"], 1), "records_compared": d["records_compared"],
                       "peak_rss_mb": round(d["peak_rss_mb"]),
                       "pairs_involving_new_rows": involving(cluster_of, truth, new_rows).as_dict(),
                       **scores_of(cluster_of, truth)}
    conn.close()
    print(f"  daily: {result['daily']}", flush=True)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--shape", default="holdout")
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--no-splink", action="store_true")
    parser.add_argument("--work", default=str(HERE / "out" / "dedupe"))
    parser.add_argument("--out", default=str(HERE / "results" / "dedupe.json"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    out = Path(args.out)
    # sizes measured before stay in the file; the ones run now replace theirs
    results = json.loads(out.read_text()) if out.exists() else {"sizes": {}}
    results["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version()}
    for size in (int(s) for s in args.sizes.split(",")):
        print(f"{size:,} records", flush=True)
        results["sizes"][str(size)] = {"date": time.strftime("%Y-%m-%d %H:%M"),
                                       **bench_size(size, args.shape, args.seed, work, not args.no_splink)}
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
