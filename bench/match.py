"""Matching at scale: every open demand against every person, both ways (demand's top 20, person's
top demands).

    python bench/match.py                       # 10,000 demands on the 1M registry bench/datasette_pages.py prepared
    python bench/match.py --demands 1000 --db registry.db

Demands are generated from the registry's own vocabulary (majors and expertise people have, the
synonym keys of matching/settings.json, industries, education and title minimums), imported
through the JSON contract, then `match` runs in a child process so that its time and peak memory
are its own. Figures are printed and written to bench/results/match.json. Goal: 1M persons × 10k
demands in ≤ 3 minutes and ≤ 6 GB on 2 cores.
"""
import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DB = HERE / "out" / "datasette_bench" / "registry.db"

CHILD = """
import json, resource, sys, time
from matching.match import match
from registry.db import connect
conn = connect(sys.argv[1])
t = time.perf_counter()
s = match(conn, actor="bench")
seconds = time.perf_counter() - t
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
per_person = conn.execute("SELECT count(*) FROM (SELECT person_id FROM matches GROUP BY person_id)").fetchone()[0]
print(json.dumps({"seconds": round(seconds, 1), "peak_rss_mb_one_process": round(peak), "demands": s.demands,
                  "matches": s.matches, "persons_matched": s.persons_matched, "persons_with_top_demands": per_person}))
"""


def make_demands(conn, n: int, seed: int = 7) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from matching.match import load_settings

    rng = random.Random(seed)
    settings = load_settings()
    majors = [r[0] for r in conn.execute("SELECT major FROM persons WHERE major IS NOT NULL GROUP BY major "
                                         "ORDER BY count(*) DESC LIMIT 80")]
    expertise = [r[0] for r in conn.execute("SELECT expertise FROM persons WHERE expertise IS NOT NULL "
                                            "GROUP BY expertise ORDER BY count(*) DESC LIMIT 80")]
    words = list(settings["synonyms"]) + majors + expertise
    enterprises = [f"攀枝花测试企业{i:03d}" for i in range(300)]
    out = []
    for i in range(n):
        keywords = rng.sample(words, rng.choice([1, 2, 2, 3]))
        out.append({"ref": f"B-{i:05d}", "enterprise": rng.choice(enterprises), "position": keywords[0] + "岗位",
                    "keywords": keywords, "min_education": rng.choice([None, "大专", "本科", "本科", "硕士", "博士"]),
                    "education_required": rng.random() < 0.3,
                    "min_title_level": rng.choice([None, None, "初级", "中级", "副高"]),
                    "location": rng.choice(["攀枝花", "成都", "重庆", None]), "headcount": rng.randint(1, 10),
                    "remote_ok": rng.random() < 0.2})
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--demands", type=int, default=10_000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from matching.demand import import_demands
    from registry.db import connect

    conn = connect(args.db)
    with conn:  # each run starts from the same registry: the generated demands are replaced
        conn.execute("DELETE FROM matches")
        conn.execute("DELETE FROM match_feedback WHERE demand_id IN (SELECT id FROM demands WHERE ref LIKE 'B-%')")
        conn.execute("DELETE FROM demands WHERE ref LIKE 'B-%'")
    path = HERE / "out" / "bench_demands.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in make_demands(conn, args.demands)),
                    encoding="utf-8")
    r = import_demands(conn, path, actor="bench")
    assert not r.problems, r.problems[:3]
    persons = conn.execute("SELECT count(*) FROM persons WHERE n_records > 0").fetchone()[0]
    conn.close()
    print(f"{persons:,} persons, {args.demands:,} demands imported", flush=True)
    out = subprocess.run([sys.executable, "-c", CHILD, args.db], capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        sys.exit(out.stderr)
    result = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
              "date": time.strftime("%Y-%m-%d %H:%M"), "persons": persons,
              **json.loads(out.stdout.strip().splitlines()[-1])}
    print(json.dumps(result, ensure_ascii=False, indent=1))
    target = HERE / "results" / "match.json"
    target.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
