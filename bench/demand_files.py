"""Demand files as enterprises send them: how many rows and values `demand import` gets right.

    python bench/demand_files.py [--data DIR] [--out FILE]     # bench/demand_files, bench/demand_files2

DIR holds the files and truth.json (one object per file: expect import/reject, and each demand row's
enterprise, position, headcount, min_education, min_title_level, deadline, location and keywords, as a
person reading the file would give them). Every file is imported into its own new registry through
the same code the CLI runs. Prints the figures and writes them to bench/results/demand_files.json.
"""
import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

FIELDS = ("enterprise", "headcount", "min_education", "min_title_level", "deadline", "location")


def _norm(text) -> str:
    return re.sub(r"\s+", "", str(text or ""))


def evaluate(data: Path) -> dict:
    from pzh_talent.ingest.demand import import_demands
    from pzh_talent.registry.db import connect

    truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    totals = {"files": len(truth), "outcome_right": 0, "rows": 0, "rows_found": 0, "rows_extra": 0,
              "keywords": 0, "keywords_found": 0, "keywords_usable": 0, **{f"{f}_right": 0 for f in FIELDS}}
    per_file = []
    for case in truth:
        with tempfile.TemporaryDirectory() as tmp:
            conn = connect(Path(tmp) / "r.db")
            try:
                result = import_demands(conn, data / case["file"])
                message = "; ".join(map(str, result.problems[:3]))
                imported = not result.problems
            except ValueError as e:
                imported, message = False, str(e)
            stored = [dict(r) for r in conn.execute(
                "SELECT e.name AS enterprise, position, headcount, min_education, min_title_level, deadline, "
                "location, keywords, description FROM demands d JOIN enterprises e ON e.id = d.enterprise_id "
                "ORDER BY d.id")]
            conn.close()
        expected = case["demands"] if case["expect"] == "import" else []
        right = imported == (case["expect"] == "import")
        totals["outcome_right"] += right
        wrong = []
        unused = list(stored)
        for want in expected:
            totals["rows"] += 1
            got = next((s for s in unused if _norm(s["position"]) == _norm(want["position"])), None)
            if got is None:
                wrong.append(f"row {want.get('row')}: {want['position']} not stored")
                continue
            unused.remove(got)
            totals["rows_found"] += 1
            for f in FIELDS:
                same = (_norm(got[f]) == _norm(want[f])) if want[f] is not None else got[f] is None
                totals[f"{f}_right"] += same
                if not same:
                    wrong.append(f"row {want.get('row')} {f}: got {got[f]!r}, want {want[f]!r}")
            words = json.loads(got["keywords"] or "[]")
            for k in want.get("keywords") or []:
                totals["keywords"] += 1
                totals["keywords_found"] += any(_norm(k).lower() in _norm(w).lower() for w in words)
                # matching reads the position's words too
                totals["keywords_usable"] += any(_norm(k).lower() in _norm(w).lower()
                                                 for w in words + [got["position"] or ""])
        totals["rows_extra"] += len(unused)
        per_file.append({"file": case["file"], "expect": case["expect"], "imported": imported,
                         "outcome_right": right, "message": message[:300], "wrong": wrong,
                         "extra": [s["position"] for s in unused]})
    rows = max(1, totals["rows_found"])
    summary = {"files": totals["files"], "outcome_right": totals["outcome_right"],
               "rows": totals["rows"], "rows_found": totals["rows_found"], "rows_extra": totals["rows_extra"],
               **{f: round(totals[f"{f}_right"] / rows, 3) for f in FIELDS},
               # None when the truth lists no keywords
               "keywords_in_keyword_list": round(totals["keywords_found"] / totals["keywords"], 3)
               if totals["keywords"] else None,
               "keywords_in_keywords_or_position": round(totals["keywords_usable"] / totals["keywords"], 3)
               if totals["keywords"] else None}
    return {"summary": summary, "files": per_file}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(HERE / "demand_files"))
    parser.add_argument("--out", default=str(HERE / "results" / "demand_files.json"))
    args = parser.parse_args()
    started = time.perf_counter()
    result = evaluate(Path(args.data))
    result["seconds"] = round(time.perf_counter() - started, 1)
    for f in result["files"]:
        mark = "✓" if f["outcome_right"] and not f["wrong"] and not f["extra"] else "✗"
        print(f"{mark} {f['file']}: expect {f['expect']}, imported={f['imported']} {f['message'][:150]}")
        for w in f["wrong"][:12]:
            print(f"    {w}")
        if f["extra"]:
            print(f"    extra rows: {f['extra']}")
    print(json.dumps(result["summary"], ensure_ascii=False, indent=1))
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
