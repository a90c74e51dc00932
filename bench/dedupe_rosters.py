"""Dedupe on rosters written by others, side by side with plain Splink in the same run.

    python bench/dedupe_rosters.py [--data bench/er_rosters/holdout] [--out FILE]

DIR holds roster files and truth.json ({"files": [{"file", "sheet", "rows": [{"row", "person"}]}]}),
written by someone who did not read our code. Every file is imported into one new registry with
the CLI's code path; then
1. ours: `dedupe` (Splink on DuckDB with our settings, constrained clustering): pairwise and B-cubed
   precision/recall/F1, time, the review queue (its size and how many of its pairs are one person),
   and the reliability of the model's probabilities (per 0.1-wide bin: pairs, their mean
   probability, the share that are one person);
2. plain Splink (bench/splink_dedupe.py, a child process, the same records): the same scores.
Prints the figures and writes them to bench/results/dedupe_rosters_<set>.json.
"""
import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def truth_of(conn, data: Path) -> dict[int, str]:
    truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    ids = {(f, s or "", n): i for f, s, n, i in conn.execute(
        "SELECT s.file_name, r.sheet, r.row_number, r.id FROM source_records r JOIN sources s ON s.id = r.source_id")}
    out, missing = {}, 0
    for f in truth["files"]:
        for row in f["rows"]:
            key = (f["file"], f.get("sheet") or "", row["row"])
            if key not in ids and f.get("sheet") is None:  # a workbook's one sheet, named by the reader
                key = next((k for k in ids if k[0] == f["file"] and k[2] == row["row"]), key)
            if key in ids:
                out[ids[key]] = row["person"]
            else:
                missing += 1
    if missing:
        print(f"{missing} truth rows not found among the stored records", file=sys.stderr)
    return out


def reliability(left, right, weights, truth) -> list[dict]:
    """Per 0.1-wide probability bin: pairs, mean probability, share truly one person."""
    import numpy as np

    from pzh_talent.registry.dedupe.decision import probability

    p = probability(weights)
    same = np.array([truth.get(a) is not None and truth.get(a) == truth.get(b)
                     for a, b in zip(left.tolist(), right.tolist())])
    out = []
    for k in range(10):
        lo, hi = k / 10, (k + 1) / 10
        inside = (p >= lo) & ((p < hi) if k < 9 else (p <= hi))
        n = int(inside.sum())
        if n:
            out.append({"bin": f"{lo:.1f}-{hi:.1f}", "pairs": n, "mean_probability": round(float(p[inside].mean()), 3),
                        "match_rate": round(float(same[inside].mean()), 3)})
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(HERE / "er_rosters" / "holdout"))
    parser.add_argument("--out")
    parser.add_argument("--no-splink", action="store_true")
    parser.add_argument("--officer", type=int, default=200, help="simulated officer decisions, 50 a round")
    args = parser.parse_args()
    data = Path(args.data)
    out_path = Path(args.out) if args.out else HERE / "results" / f"dedupe_rosters_{data.name}.json"

    from pzh_talent.ingest.load import load_file
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.evaluate import bcubed, pairwise
    from pzh_talent.registry.dedupe.run import dedupe, load_records, score

    result = {"data": str(data.relative_to(HERE.parent)) if data.is_relative_to(HERE.parent) else str(data),
              "date": time.strftime("%Y-%m-%d %H:%M")}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "r.db"
        conn = connect(db)
        files = sorted(p for p in data.iterdir() if p.suffix.lower() in (".xlsx", ".xls", ".csv", ".ods", ".json",
                                                                       ".jsonl", ".txt", ".tsv"))
        t = time.perf_counter()
        for f in files:
            if f.name == "truth.json":
                continue
            load_file(conn, f)
        result["import_seconds"] = round(time.perf_counter() - t, 1)
        truth = truth_of(conn, data)
        result["records"], result["people"] = len(truth), len(set(truth.values()))

        t = time.perf_counter()
        summary = dedupe(conn, full=True)
        seconds = time.perf_counter() - t
        cluster_of = {r: p for r, p in conn.execute("SELECT id, person_id FROM source_records")}
        queue = conn.execute("SELECT record_a, record_b FROM review_pairs WHERE status = 'open'").fetchall()
        in_queue_same = sum(1 for a, b in queue if truth.get(a) is not None and truth.get(a) == truth.get(b))
        records = load_records(conn)
        prediction = score(conn, records)
        result["ours"] = {"seconds": round(seconds, 1), "candidate_pairs": summary.candidate_pairs,
                          "pairwise": pairwise(cluster_of, truth).as_dict(),
                          "bcubed": bcubed(cluster_of, truth).as_dict(),
                          "review_pairs": len(queue), "review_pairs_one_person": in_queue_same,
                          "reliability": reliability(prediction.left, prediction.right, prediction.weights, truth)}
        result["ours"]["threshold"] = round(float(prediction.threshold), 2)
        # an officer, simulated from the truth, decides the queue's first 50 pairs, then dedupe again
        from pzh_talent.registry.dedupe.review import queue as review_queue
        from pzh_talent.registry.dedupe.run import decide

        rounds, decided = [], 0
        while decided < args.officer:
            pairs = review_queue(conn, min(50, args.officer - decided))
            if not pairs:
                break
            for p in pairs:
                same = truth.get(p["record_a"]) is not None and truth.get(p["record_a"]) == truth.get(p["record_b"])
                decide(conn, p["id"], "same" if same else "not_same", actor="bench")
            decided += len(pairs)
            t = time.perf_counter()
            dedupe(conn, full=True)
            cluster_of = {r: p for r, p in conn.execute("SELECT id, person_id FROM source_records")}
            rounds.append({"decisions": decided, "seconds": round(time.perf_counter() - t, 1),
                           "pairwise": pairwise(cluster_of, truth).as_dict(),
                           "bcubed": bcubed(cluster_of, truth).as_dict(),
                           "review_pairs": conn.execute("SELECT count(*) FROM review_pairs WHERE status = 'open'")
                           .fetchone()[0]})
            print(f"{decided} decisions: {rounds[-1]['pairwise']} {rounds[-1]['bcubed']}", file=sys.stderr)
        if rounds:
            prediction = score(conn, load_records(conn), decided=__import__(
                "pzh_talent.registry.dedupe.run", fromlist=["decisions"]).decisions(conn))
            result["with_officer"] = {"rounds": rounds, "calibration": round(prediction.calibration, 3),
                                      "reliability": reliability(prediction.left, prediction.right,
                                                                 prediction.weights, truth)}
        conn.close()
        if not args.no_splink:
            out_csv = Path(tmp) / "splink.csv"
            run = subprocess.run([sys.executable, str(HERE / "splink_dedupe.py"), str(db), str(out_csv)],
                                 capture_output=True, text=True)
            if run.returncode == 0:
                import csv

                timing = json.loads(run.stdout.strip().splitlines()[-1])
                with open(out_csv) as f:
                    splink_cluster = {int(r["id"]): r["cluster"] for r in csv.DictReader(f)}
                result["splink"] = {"seconds": timing["seconds"], "candidate_pairs": timing["candidate_pairs"],
                                    "pairwise": pairwise(splink_cluster, truth).as_dict(),
                                    "bcubed": bcubed(splink_cluster, truth).as_dict()}
            else:
                result["splink"] = {"error": run.stderr[-500:]}
    previous = json.loads(out_path.read_text(encoding="utf-8")) if out_path.exists() else {}
    runs = previous.get("runs", [])
    runs.append(result)
    text = json.dumps({"first_run": runs[0], "latest": result, "runs": runs}, ensure_ascii=False, indent=1)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    out_path.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
