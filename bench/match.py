"""Matching at scale: every open demand against every person, both ways (demand's top 20, person's
top demands).

    python bench/match.py                       # 10,000 demands on the 1M registry bench/datasette_pages.py prepared
    python bench/match.py --demands 1000 --db registry.db
    python bench/match.py --persons 1000000      # the registry's persons, grown to a million

`--persons N` builds a registry of N persons beside the given one (bench/out/match_<N>.db): the
registry's own persons, then new ones, each put together from the fields of different existing
persons (studies from one, job from a second, place from a third, origin from a fourth), so that
the vocabulary and its frequencies are the registry's and no two persons are copies. Matching
reads only persons, so these need no source records.

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
import json, os, resource, sys, threading, time
from pzh_talent.matching.match import match
from pzh_talent.registry.db import connect

# memory of the whole process tree: the forked workers share the person arrays, so their RSS
# would count those pages twice; PSS splits shared pages between the processes sharing them
def pss_kb(pid):
    try:
        return next(int(l.split()[1]) for l in open(f"/proc/{pid}/smaps_rollup") if l.startswith("Pss:"))
    except (OSError, StopIteration):
        return 0
def children(pid):
    out = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                if int(open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(p))
            except OSError:
                pass
    return out
peak = [0]
done = threading.Event()
def watch():
    me = os.getpid()
    while not done.wait(0.5):
        peak[0] = max(peak[0], pss_kb(me) + sum(pss_kb(c) for c in children(me)))
threading.Thread(target=watch, daemon=True).start()

conn = connect(sys.argv[1])
t = time.perf_counter()
s = match(conn, actor="bench")
seconds = time.perf_counter() - t
done.set()
rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
per_person = conn.execute("SELECT count(*) FROM (SELECT person_id FROM matches GROUP BY person_id)").fetchone()[0]
print(json.dumps({"seconds": round(seconds, 1), "peak_rss_mb_one_process": round(rss),
                  "peak_pss_mb_all_processes": round(peak[0] / 1024), "demands": s.demands,
                  "matches": s.matches, "persons_matched": s.persons_matched, "persons_with_top_demands": per_person}))
"""


def make_demands(conn, n: int, seed: int = 7) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from pzh_talent.matching.match import load_settings

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


def grow_registry(src: str, n: int, seed: int = 11) -> str:
    """A registry of `n` persons made from `src`'s (see the module's docstring). Reused if present."""
    from pzh_talent.registry.db import connect

    path = HERE / "out" / f"match_{n}.db"
    if path.exists():
        return str(path)
    t = time.perf_counter()
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    conn = connect(tmp)  # an empty registry with the current schema
    studies = ("education", "degree", "school", "major", "expertise", "title", "title_level")
    job = ("employer", "position", "industry")
    place = ("city", "province", "country", "overseas")
    origin = ("origin_strength", "origin_county", "gender", "birth_date")
    columns = ("name",) + studies + job + place + origin
    conn.execute("ATTACH DATABASE ? AS src", (src,))
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM src.persons WHERE n_records > 0 AND erased_at IS NULL "
                        "AND deceased = 0 ORDER BY id").fetchall()
    conn.execute("DETACH DATABASE src")
    rng = random.Random(seed)
    parts = [(1, len(studies)), (1 + len(studies), len(job)), (1 + len(studies) + len(job), len(place)),
             (1 + len(studies) + len(job) + len(place), len(origin))]
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S")

    def made():
        for r in rows:
            yield r
        for _ in range(n - len(rows)):
            new = [rng.choice(rows)[0]]
            for start, width in parts:
                new.extend(rng.choice(rows)[start:start + width])
            yield tuple(new)

    with conn:
        conn.executemany(f"INSERT INTO persons ({', '.join(columns)}, n_records, created_at, updated_at) "
                         f"VALUES ({', '.join('?' * len(columns))}, 1, '{stamp}', '{stamp}')", made())
    conn.close()
    tmp.rename(path)
    print(f"{n:,} persons written to {path.relative_to(ROOT)} in {time.perf_counter() - t:.0f} s (not timed)",
          flush=True)
    return str(path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--demands", type=int, default=10_000)
    parser.add_argument("--persons", type=int, help="grow the registry's persons to this many first")
    parser.add_argument("--out", default=str(HERE / "results" / "match.json"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.persons:
        args.db = grow_registry(args.db, args.persons)
    from pzh_talent.ingest.demand import import_demands
    from pzh_talent.registry.db import connect

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
    target = Path(args.out).resolve()
    target.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {target}")


if __name__ == "__main__":
    main()
