"""Datasette at scale: p50/p95 per page type for an officer, on a registry of ~1M source records.

    python bench/datasette_pages.py                      # uses the 1M registry that bench/dedupe.py left
    python bench/datasette_pages.py --db path/to/registry.db --repeat 20

The registry is copied, upgraded to the current schema and given its search index first (timed,
not part of the page figures). Pages are requested through Datasette's own ASGI client, in
process, as a logged-in officer; each page type is requested `--repeat` times (first request of
each type not counted: it warms SQLite's cache). Figures are printed and written to
bench/results/datasette.json. Goal: p95 ≤ 300 ms for table pages, facets and search.
"""
import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DB = HERE / "out" / "dedupe" / "holdout_101_1000000.run.db"


def prepare(src: Path, work: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.search import index_persons

    db = work / "datasette_bench" / "registry.db"  # served under its stem, "registry"
    db.parent.mkdir(parents=True, exist_ok=True)
    if not db.exists():
        shutil.copyfile(src, db)
    conn = connect(db)  # migrates to the current schema
    if conn.execute("SELECT count(*) FROM person_search").fetchone()[0] == 0:
        t = time.perf_counter()
        with conn:
            n = index_persons(conn)
        print(f"search index: {n:,} persons in {time.perf_counter() - t:.0f} s", flush=True)
    if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0]:
        conn.execute("ANALYZE")
    conn.close()
    return db


def pages(ds, person_ids) -> dict:
    table = ds.urls.table("registry", "人员")
    records = ds.urls.table("registry", "来源记录")
    return {
        "table page (人员, default facets)": [table],
        "table page, filtered by county": [table + "?籍贯区县=米易县", table + "?籍贯区县=东区"],
        "table page, sorted": [table + "?_sort=出生年份", table + "?_sort_desc=来源记录数"],
        "facet city + industry + programme": [table + "?_facet=现居城市&_facet=行业&_facet=人才计划"],
        "search 1-2 characters": [table + f"?_search={q}" for q in ("张伟", "墨", "博士", "攀钢", "华西")],
        "search domain words": [table + f"?_search={q}" for q in ("钒钛", "储能", "康养", "四川大学")],
        "source records page": [records, records + "?文件=攀枝花人才码导出_2023年度.csv"],
        "person page": [f"/-/person/{p}" for p in person_ids],
        "dashboard": ["/-/dashboard"],
        "json export page (人员.json)": [ds.urls.table("registry", "人员", format="json")],
    }


async def measure(ds, urls, repeat, cookies) -> dict:
    times, statuses = [], set()
    for i in range(repeat + 1):
        url = urls[i % len(urls)]
        t = time.perf_counter()
        r = await ds.client.get(url, cookies=cookies)
        elapsed = (time.perf_counter() - t) * 1000
        statuses.add(r.status_code)
        if i:  # the first one warms the cache
            times.append(elapsed)
    times.sort()
    return {"p50_ms": round(statistics.median(times)), "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)]),
            "max_ms": round(times[-1]), "requests": len(times), "status": sorted(statuses)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--work", default=str(HERE / "out"))
    parser.add_argument("--only", help="only page types whose name contains this (not written to results)")
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    db = prepare(Path(args.db), work)

    from pzh_talent.serve import add_user, make_datasette

    users = db.with_name("registry.users.json")
    add_user(users, "bench", "officer", "bench-password")
    ds = make_datasette(db, users)
    cookies = {"ds_actor": ds.sign({"a": {"id": "bench", "role": "officer"}}, "actor")}
    import sqlite3
    conn = sqlite3.connect(db)
    records = conn.execute("SELECT count(*) FROM source_records").fetchone()[0]
    persons = conn.execute("SELECT count(*) FROM persons WHERE n_records > 0").fetchone()[0]
    person_ids = [r[0] for r in conn.execute("SELECT id FROM persons WHERE n_records > 1 ORDER BY random() LIMIT 20")]
    conn.close()

    results = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
               "date": time.strftime("%Y-%m-%d %H:%M"), "source_records": records, "persons": persons, "pages": {}}
    print(f"{records:,} source records, {persons:,} persons", flush=True)
    for name, urls in pages(ds, person_ids).items():
        if args.only and args.only not in name:
            continue
        r = asyncio.run(measure(ds, urls, args.repeat, cookies))
        results["pages"][name] = r
        print(f"{name:40s} p50 {r['p50_ms']:5d} ms  p95 {r['p95_ms']:5d} ms  status {r['status']}", flush=True)
    if args.only:
        return
    out = HERE / "results" / "datasette.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
