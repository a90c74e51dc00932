"""Rosters nobody here has seen: how many rows and values `pzh-talent ingest` gets right, and
whether deduplication then finds the people written differently in several files.

    python bench/roster_files.py [--data DIR]

DIR holds the files and truth.json ({"files": [{file, expect, persons: [{sheet, row, name, gender,
birth_date, id_number, phone, email, education, origin_county}], not_persons: [...]}],
"same_person_groups": [[{file, row}, ...]]}), written by someone who did not read the code.
Each file is imported into one registry with the CLI's own code path, then deduplicated. Prints
the figures and writes them to bench/results/roster_files.json.
"""
import argparse
import json
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

FIELDS = ("name", "gender", "birth_date", "id_number", "phone", "email", "education", "origin_county")


def _record_of_line(path: Path) -> dict[int, int]:
    """CSV: the physical line a record starts on -> the record's number (the row Excel shows). A
    truth written in lines differs from Excel's rows after a cell that spans two lines."""
    import csv

    from pzh_talent.ingest.read import detect_encoding, sniff_delimiter

    head = path.read_bytes()[:1 << 20]
    encoding = detect_encoding(path, head)
    with open(path, encoding=encoding, newline="") as f:
        delimiter = sniff_delimiter([f.readline() for _ in range(30)])
    out, start = {}, 1
    with open(path, encoding=encoding, newline="") as f:
        reader = csv.reader(f, delimiter=delimiter)
        for number, _ in enumerate(reader, start=1):
            out[start] = number
            start = reader.line_num + 1
    return out


def _member_key(truth, m) -> tuple:
    row = ("line", m["row"]) if truth.get("csv_rows_are_lines") else m["row"]
    return (m["file"], m.get("sheet") or None, row)


def evaluate(data: Path) -> dict:
    from pzh_talent.ingest.errors import ImportFailed
    from pzh_talent.ingest.load import load_file
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.run import dedupe

    truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    totals = {"files": 0, "outcome_right": 0, "persons": 0, "persons_stored": 0, "not_persons": 0,
              "not_persons_stored": 0, "extra_rows": 0, **{f"{f}_right": 0 for f in FIELDS},
              "origin_labelled": 0, "origin_true": 0, "origin_flagged": 0, "origin_flagged_true": 0,
              "id_masked": 0, "id_masked_kept": 0}
    per_file, wrong_values = [], {f: [] for f in FIELDS}
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "r.db")
        record_of = {}
        for case in truth["files"]:
            totals["files"] += 1
            try:
                load_file(conn, data / case["file"])
                imported, message = True, ""
            except ImportFailed as e:
                imported, message = False, str(e)
            right = imported == (case["expect"] == "import")
            totals["outcome_right"] += right
            stored = {(r["sheet"] or None, r["row_number"]): dict(r) for r in conn.execute(
                "SELECT r.* FROM source_records r JOIN sources s ON s.id = r.source_id WHERE s.file_name = ?",
                (case["file"],))}
            wanted = set()
            missing = []
            lines = truth.get("csv_rows_are_lines") and imported and case["file"].lower().endswith((".csv", ".txt"))
            to_record = _record_of_line(data / case["file"]) if lines else {}
            for p in case.get("persons", []) if case["expect"] == "import" else []:
                p = {**p, "row": to_record.get(p["row"], p["row"])}
                key = (p.get("sheet") or None, p["row"])
                if key not in stored and (None, p["row"]) in stored:
                    key = (None, p["row"])  # CSV: no sheet
                wanted.add(key)
                totals["persons"] += 1
                got = stored.get(key)
                if got is None:
                    missing.append(p["row"])
                    continue
                totals["persons_stored"] += 1
                record_of[(case["file"], p.get("sheet") or None, p["row"])] = got["id"]
                line_of = {v: k for k, v in to_record.items()}
                record_of[(case["file"], p.get("sheet") or None, ("line", line_of.get(p["row"], p["row"])))] = got["id"]
                if "origin_evidence" in p:  # sets that say whom their evidence covers (roster_files4 on)
                    flagged = got.get("origin_strength") in ("strong", "medium")
                    totals["origin_labelled"] += 1
                    totals["origin_true"] += bool(p["origin_evidence"])
                    totals["origin_flagged"] += flagged
                    totals["origin_flagged_true"] += flagged and bool(p["origin_evidence"])
                if p.get("id_masked"):
                    totals["id_masked"] += 1
                    totals["id_masked_kept"] += got.get("id_status") == "masked" and bool(got.get("id_area"))
                for f in FIELDS:
                    want, have = p.get(f), got.get(f)
                    if f == "birth_date" and want and have and len(want) == 7:
                        have = have[:7]
                    same = (want or None) == (have or None)
                    totals[f"{f}_right"] += same
                    if not same:
                        wrong_values[f].append(f"{case['file']} row {p['row']}: got {have!r}, want {want!r}")
            for n in case.get("not_persons", []):
                totals["not_persons"] += 1
                n = {**n, "row": to_record.get(n["row"], n["row"])}
                key = (n.get("sheet") or None, n["row"])
                totals["not_persons_stored"] += key in stored or (None, n["row"]) in stored
            extra = [k for k in stored if k not in wanted]
            totals["extra_rows"] += len(extra) if case["expect"] == "import" else 0
            per_file.append({"file": case["file"], "expect": case["expect"], "imported": imported,
                             "outcome_right": right, "message": message[:300], "missing_rows": missing,
                             "extra_rows": [f"{s or ''}!{r}" for s, r in extra][:20]})
        dedupe(conn)
        person = dict(conn.execute("SELECT id, person_id FROM source_records").fetchall())
        pairs_same = pairs_found = 0
        grouped = set()
        for group in truth.get("same_person_groups", []):
            ids = [record_of.get(_member_key(truth, m)) for m in group]
            grouped.update(i for i in ids if i)
            for a, b in combinations(ids, 2):
                pairs_same += 1
                pairs_found += bool(a and b and person.get(a) == person.get(b))
        # persons the truth says are different but the registry put together (among labelled rows)
        labelled = list(record_of.values())
        by_person: dict = {}
        for rid in labelled:
            by_person.setdefault(person.get(rid), []).append(rid)
        group_of = {}
        for gi, group in enumerate(truth.get("same_person_groups", [])):
            for m in group:
                key = _member_key(truth, m)
                if key in record_of:
                    group_of[record_of[key]] = gi
        false_merges = sum(1 for members in by_person.values() for a, b in combinations(members, 2)
                           if group_of.get(a, ("r", a)) != group_of.get(b, ("r", b)))
        conn.close()
    n = max(1, totals["persons_stored"])
    summary = {"files": totals["files"], "outcome_right": totals["outcome_right"],
               "persons": totals["persons"], "persons_stored": totals["persons_stored"],
               "not_persons": totals["not_persons"], "not_persons_stored": totals["not_persons_stored"],
               "extra_rows_stored": totals["extra_rows"],
               **{f: round(totals[f"{f}_right"] / n, 3) for f in FIELDS},
               "same_person_pairs": pairs_same, "same_person_pairs_merged": pairs_found,
               "false_merges_among_labelled": false_merges}
    if totals["origin_labelled"]:
        # origin flags (strong or medium) against the persons whose own records or roster carry evidence
        summary["origin_coverage"] = round(totals["origin_flagged_true"] / max(1, totals["origin_true"]), 3)
        summary["origin_precision"] = round(totals["origin_flagged_true"] / max(1, totals["origin_flagged"]), 3)
    if totals["id_masked"]:
        summary["masked_ids_kept"] = round(totals["id_masked_kept"] / totals["id_masked"], 3)
    return {"summary": summary, "files": per_file, "wrong_values": wrong_values}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(HERE / "roster_files"))
    parser.add_argument("--out", default=str(HERE / "results" / "roster_files.json"))
    parser.add_argument("--show", type=int, default=8, help="wrong values shown per field")
    args = parser.parse_args()
    started = time.perf_counter()
    result = evaluate(Path(args.data))
    result["seconds"] = round(time.perf_counter() - started, 1)
    for f in result["files"]:
        ok = f["outcome_right"] and not f["missing_rows"] and not f["extra_rows"]
        print(f"{'✓' if ok else '✗'} {f['file']}: expect {f['expect']}, imported={f['imported']} {f['message'][:140]}")
        if f["missing_rows"]:
            print(f"    rows not stored: {f['missing_rows'][:15]}")
        if f["extra_rows"]:
            print(f"    rows stored that are not persons: {f['extra_rows'][:15]}")
    for field, wrong in result["wrong_values"].items():
        for w in wrong[:args.show]:
            print(f"  {field}: {w}")
        if len(wrong) > args.show:
            print(f"  {field}: … {len(wrong) - args.show} more")
    print(json.dumps(result["summary"], ensure_ascii=False, indent=1))
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
