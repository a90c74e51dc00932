#!/usr/bin/env python3
"""Generates the blind entity-resolution roster sets bench/er_rosters/tune and .../holdout.

    python bench/er_rosters/make.py        (from the repository root)

Standard library and openpyxl only; fixed seeds, so the output is the same byte for byte on
every run. Each set is a population of invented Panzhihua-origin people, each of whom appears
in one to four rosters as different offices would have written them, and a truth.json that
names the person behind every data row. See README.md.

Modules: pools.py / tables.py (vocabulary), basics.py (shared helpers), people.py and careers.py
(the population), styles.py (how values are written), rosters.py (the rosters of each set),
readme.py (README.md); this file writes the files and truth.json. check.py checks them.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import sys
import zipfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402

import pools as P  # noqa: E402

from people import World, build_population  # noqa: E402
from rosters import RENDER, SETS  # noqa: E402
from readme import write_readme  # noqa: E402
from styles import VAR  # noqa: E402

FIXED_TIME = dt.datetime(2024, 7, 1, 9, 0, 0)


# ----------------------------------------------------------------------------------------
# writing files
def cell_text(v):
    if v is None:
        return ""
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float):
        return repr(v)
    return str(v)


def rows_for_source(w, s):
    rng = random.Random("%s/%s" % (w.cfg["seed"], s["key"]))
    s["world"] = w
    render = RENDER[s["kind"]]
    wanted = [h for h in s["header"] if h not in ("序号", "编号", "No.")] + ([s["sort"]] if s.get("sort") else []) + \
        ([s["blank_between"]] if s.get("blank_between") else [])

    def made(lazy):
        row = {}
        for h in dict.fromkeys(wanted):
            v = lazy.get(h)
            row[h] = v() if callable(v) else v
        return row

    out = []
    for p in sorted(w.people, key=lambda x: x.pid):
        if s["key"] in p.sources:
            out.append((p, made(render(p, rng, s))))
            if p.extra_rows.get(s["key"]):
                out.append((p, made(render(p, rng, s, extra=True))))
    rng.shuffle(out)
    key = s.get("sort")
    if key:
        out.sort(key=lambda pr: cell_text(pr[1].get(key)))
    return out


def deterministic_xlsx(wb, path):
    wb.properties.creator = "攀枝花市人才办"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-07-01T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)


def write_sheet(ws, s, rows, title_lines, blank_between=None):
    r = 1
    ncol = len(s["header"])
    for t in title_lines:
        ws.cell(row=r, column=1, value=t)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=1).font = Font(bold=(r == 1), size=14 if r == 1 else 11)
        r += 1
    for j, h in enumerate(s["header"], 1):
        ws.cell(row=r, column=j, value=h).font = Font(bold=True)
    r += 1
    truth = []
    last = None
    n = 0
    for p, row in rows:
        if blank_between and last is not None and row.get(blank_between) != last:
            r += 1  # an empty separator row
        last = row.get(blank_between) if blank_between else None
        n += 1
        for j, h in enumerate(s["header"], 1):
            v = n if h in ("序号", "编号", "No.") else row.get(h)
            if v is None or v == "":
                continue
            c = ws.cell(row=r, column=j)
            if isinstance(v, dt.date):
                c.value = v
                c.number_format = "yyyy/m/d" if s["key"].startswith("H") else "yyyy-mm-dd"
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                c.value = v
            else:
                c.value = str(v)
                c.data_type = "s"
        truth.append({"row": r, "person": p.pid})
        r += 1
    for j, h in enumerate(s["header"], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = max(8, min(30, 4 + 2 * len(h)))
    return truth


def write_set(w, outdir):
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        os.remove(os.path.join(outdir, f))
    files = []
    by_file = defaultdict(list)
    for s in w.sources:
        by_file[s["file"]].append(s)
    for fname, srcs in by_file.items():
        path = os.path.join(outdir, fname)
        if srcs[0]["fmt"] == "csv":
            s = srcs[0]
            rows = rows_for_source(w, s)
            buf = io.StringIO()
            wr = csv.writer(buf, lineterminator="\r\n")
            wr.writerow(s["header"])
            truth = []
            for i, (p, row) in enumerate(rows, 1):
                w.rendered.append((p, row))
                wr.writerow([cell_text(i if h in ("序号", "编号", "No.") else row.get(h)) for h in s["header"]])
                truth.append({"row": i + 1, "person": p.pid})
            data = buf.getvalue()
            assert "\n" not in data.replace("\r\n", "")
            with open(path, "wb") as fh:
                fh.write(data.encode(s["encoding"]))
            files.append({"file": fname, "sheet": None, "rows": truth})
        else:
            wb = openpyxl.Workbook()
            wb.remove(wb.active)
            for s in srcs:
                rows = rows_for_source(w, s)
                w.rendered.extend(rows)
                if s["kind"] == "county":  # one sheet per township
                    groups = defaultdict(list)
                    for pr in rows:
                        groups[pr[0].household.get("township") or "其他"].append(pr)
                    order = [t for t in P.TOWNSHIPS[s["need"]["origin"]] if t in groups] + (["其他"] if "其他" in groups else [])
                    for t in order:
                        ws = wb.create_sheet(t)
                        titles = [x.format(sheet=t) for x in s.get("title", [])]
                        truth = write_sheet(ws, s, groups[t], titles)
                        files.append({"file": fname, "sheet": t, "rows": truth})
                else:
                    ws = wb.create_sheet(s["sheet"])
                    truth = write_sheet(ws, s, rows, s.get("title", []), s.get("blank_between"))
                    files.append({"file": fname, "sheet": s["sheet"], "rows": truth})
            deterministic_xlsx(wb, path)
    people = sorted({r["person"] for f in files for r in f["rows"]})
    total = sum(len(f["rows"]) for f in files)
    truth = {"files": files, "people": len(people), "rows": total}
    with open(os.path.join(outdir, "truth.json"), "w", encoding="utf-8") as fh:
        fh.write('{"files": [\n')
        for i, f in enumerate(files):
            fh.write('{"file": %s, "sheet": %s, "rows": [\n' % (json.dumps(f["file"], ensure_ascii=False),
                                                               json.dumps(f["sheet"], ensure_ascii=False)))
            fh.write(",\n".join(json.dumps(r) for r in f["rows"]))
            fh.write("\n]}%s\n" % ("," if i < len(files) - 1 else ""))
        fh.write('], "people": %d, "rows": %d}\n' % (truth["people"], truth["rows"]))
    return truth


NAME_COLUMNS = ("姓名", "Chinese Name")
PHONE_COLUMNS = ("手机号码", "联系电话", "联系方式", "手机", "电话", "手机号", "聯絡電話", "Phone")


def written(row, columns):
    return next((str(row[c]) for c in columns if row.get(c) not in (None, "")), None)


def negatives(w):
    """Pairs of different people that look alike in what the rosters wrote."""
    by_name, by_phone = defaultdict(set), defaultdict(set)
    for p, row in w.rendered:
        name = written(row, NAME_COLUMNS)
        if name:
            by_name[re.sub(r"[\s\u3000]", "", name)].add(p.pid)
        phone = written(row, PHONE_COLUMNS)
        if phone and "*" not in phone:
            for part in re.split(r"[/；、]", phone):
                d = re.sub(r"\D", "", part.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
                if len(d) >= 7:
                    by_phone[d[-11:] if len(d) >= 11 else d].add(p.pid)
    year = {p.pid: p.year for p in w.people}
    name_pairs = same_year = 0
    for pids in by_name.values():
        pids = sorted(pids)
        for i in range(len(pids)):
            for j in range(i + 1, len(pids)):
                name_pairs += 1
                same_year += year[pids[i]] == year[pids[j]]
    shared_phone = sum(len(v) * (len(v) - 1) // 2 for v in by_phone.values())
    return {"different people written with the same name (pairs)": name_pairs,
            "... of them born the same year": same_year,
            "names written for more than one person": sum(1 for v in by_name.values() if len(v) > 1),
            "different people with the same phone written (pairs)": shared_phone}


def stats(w, truth):
    per = Counter(r["person"] for f in truth["files"] for r in f["rows"])
    files_per = defaultdict(set)
    for f in truth["files"]:
        for r in f["rows"]:
            files_per[r["person"]].add(f["file"])
    pairs = sum(n * (n - 1) // 2 for n in per.values())
    return {
        "files": len({f["file"] for f in truth["files"]}),
        "rows": truth["rows"], "people": truth["people"], "true_pairs": pairs,
        "rows_per_person": dict(sorted(Counter(per.values()).items())),
        "files_per_person": dict(sorted(Counter(len(v) for v in files_per.values()).items())),
        "per_file": [(f["file"], f["sheet"], len(f["rows"])) for f in truth["files"]],
        "notes": dict(w.notes),
        "look_alikes": negatives(w),
    }


def main():
    summary = {}
    for cfg in SETS:
        w = World(cfg)
        build_population(w)
        w.rendered = []
        VAR.clear()
        truth = write_set(w, os.path.join(HERE, cfg["name"]))
        summary[cfg["name"]] = stats(w, truth)
        summary[cfg["name"]]["variation"] = dict(sorted(VAR.items()))
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8") as fh:
        json.dump(summary, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    write_readme(summary, {cfg["name"]: cfg for cfg in SETS}, os.path.join(HERE, "README.md"))
    for name, st in summary.items():
        print(name, st["files"], "files", st["rows"], "rows", st["people"], "people", st["true_pairs"], "true pairs")


if __name__ == "__main__":
    main()
