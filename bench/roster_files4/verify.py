#!/usr/bin/env python3
"""Checks this folder's files against truth.json without using make.py's code.

    python3 verify.py        (needs pandas, openpyxl, and opencc-python-reimplemented or opencc)

Every file must open with pandas; every truth row must hold that person (name, ID or masked ID, phone digits,
e-mail, gender/birth consistent with the ID); every truth ID must pass the GB 11643 checksum; rows that look
like data but are neither persons nor not_persons are reported.
"""
import csv
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

if os.environ.get("RF4_LIBS"):
    sys.path.insert(0, os.environ["RF4_LIBS"])
import openpyxl  # noqa: E402
import pandas as pd  # noqa: E402

try:
    import opencc  # noqa: E402
    _cc = opencc.OpenCC("t2s")
except Exception:  # pragma: no cover
    _cc = None

HERE = Path(__file__).resolve().parent
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
PZH = {"510402": "东区", "510403": "西区", "510411": "仁和区", "510421": "米易县", "510422": "盐边县"}
problems = []


def bad(msg):
    problems.append(msg)


def id_ok(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and "10X98765432"[sum(int(a) * b for a, b in zip(s, W)) % 11] == s[17]


def norm_name(s):
    s = str(s)
    if _cc:
        s = _cc.convert(s)
    s = re.sub(r"[\s\u3000]+", "", s)
    s = re.sub(r"[（(][^）)]*[）)]$", "", s)
    s = re.sub(r"[•.・．‧∙⋅]", "·", s)
    return s


def cells_of_file(path):
    """{(sheet, row): [cell values as str]} with Excel/record numbering; also opens it with pandas."""
    out = {}
    suf = path.suffix.lower()
    if suf == ".xlsx":
        for sheet in pd.ExcelFile(path, engine="openpyxl").sheet_names:
            pd.read_excel(path, sheet_name=sheet, header=None, dtype=str, engine="openpyxl")
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                vals = ["" if c.value is None else (repr(c.value) if isinstance(c.value, float) else str(c.value))
                        for c in row]
                out[(ws.title, row[0].row)] = vals
    elif suf == ".csv":
        raw = path.read_bytes()
        enc = "utf-8"
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            enc = "gbk"
        pd.read_csv(path, header=None, dtype=str, encoding=enc, keep_default_na=False)
        with open(path, encoding=enc, newline="") as f:
            for i, rec in enumerate(csv.reader(f), start=1):
                out[(None, i)] = rec
    elif suf == ".jsonl":
        pd.read_json(path, lines=True, dtype=False)
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            out[(None, i)] = ["" if v is None else str(v) for v in json.loads(line).values()]
    elif suf == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        pd.DataFrame(data)
        for i, rec in enumerate(data, start=1):
            out[(None, i)] = ["" if v is None else str(v) for v in rec.values()]
    else:
        raise ValueError(path)
    return out


def digits(s):
    return re.sub(r"\D", "", s)


def check_person(fname, p, cells):
    where = f"{fname} {p['sheet']}!{p['row']}"
    ncells = [norm_name(c) for c in cells if c]
    if p["name"] not in ncells and p["name"] not in cells:
        bad(f"{where}: name {p['name']!r} not in row {cells[:4]}")
    stripped = [c.strip().upper() for c in cells]
    if p["id_number"]:
        i = p["id_number"]
        if not id_ok(i):
            bad(f"{where}: truth ID fails checksum {i}")
        if i not in stripped and i[:6] + i[8:17] not in stripped:
            bad(f"{where}: ID {i} not in row")
        if p["gender"] != ("男" if int(i[16]) % 2 else "女"):
            bad(f"{where}: gender disagrees with ID")
        if p["birth_date"] != f"{i[6:10]}-{i[10:12]}-{i[12:14]}":
            bad(f"{where}: birth disagrees with ID")
        if i[:6] in PZH and p["origin_county"] != PZH[i[:6]]:
            bad(f"{where}: origin {p['origin_county']} but ID area {i[:6]}")
    if p["id_masked"]:
        if p["id_masked"] not in cells:
            bad(f"{where}: masked ID not in row")
        if p["id_number"]:
            bad(f"{where}: both masked and full")
    if p["phone"]:
        ph = p["phone"]
        if not re.fullmatch(r"\+861[3-9]\d{9}|\+(44|1|49|65|61|81|33|64)\d{7,11}", ph):
            bad(f"{where}: odd phone {ph}")
        national = ph[3:] if ph.startswith("+86") else None
        ds = [digits(c) for c in cells]
        ok = any((national and national in d) or digits(ph) in d or (digits(ph)[2:] in d and len(d) >= 9) for d in ds)
        if not ok:
            bad(f"{where}: phone {ph} not in row")
    if p["email"] and p["email"] not in [c.strip().lower() for c in cells]:
        bad(f"{where}: email {p['email']} not in row")
    if p["gender"] and not p["id_number"]:
        words = {"男": {"男", "1", "M", "Male"}, "女": {"女", "2", "F", "Female"}}[p["gender"]]
        if not words & {c.strip() for c in cells}:
            bad(f"{where}: gender {p['gender']} not in row")
    if p["birth_date"] and not p["id_number"]:
        y, m = int(p["birth_date"][:4]), int(p["birth_date"][5:7])
        found = False
        for c in cells:
            if c.isdigit() and 10000 < int(c) < 60000:  # Excel serial
                d = dt.date(1899, 12, 30) + dt.timedelta(days=int(c))
                found |= d.isoformat()[:len(p["birth_date"])] == p["birth_date"]
            nums = [int(x) for x in re.findall(r"\d+", c)]
            if len(p["birth_date"]) == 7:
                found |= bool(re.search(rf"{y}\D?0?{m}(\D|$)", c)) and not re.search(rf"{y}\D?0?{m}\D\d", c)
            else:
                dd = int(p["birth_date"][8:])
                found |= nums[:3] == [y, m, dd] or nums[:3] == [dd, m, y] or c.startswith(p["birth_date"])
                found |= c == f"{y}{m:02d}{dd:02d}"
        if not found:
            bad(f"{where}: birth {p['birth_date']} not in row {cells}")
    if p["origin_evidence"] != (p["origin_county"] is not None):
        bad(f"{where}: origin_evidence {p['origin_evidence']} vs county {p['origin_county']}")
    if p["origin_county"] not in (None, "攀枝花市", *PZH.values()):
        bad(f"{where}: odd origin {p['origin_county']}")


def main():
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    n = 0
    keys = set()
    for case in truth["files"]:
        path = HERE / case["file"]
        cells = cells_of_file(path)
        rows = [(p.get("sheet"), p["row"]) for p in case["persons"]]
        nots = {(x.get("sheet"), x["row"]) for x in case["not_persons"]}
        if len(set(rows)) != len(rows):
            bad(f"{case['file']}: duplicate truth rows")
        first = {}
        for p in case["persons"]:
            key = (p["sheet"], p["row"])
            first[p["sheet"]] = min(first.get(p["sheet"], 10 ** 9), p["row"])
            keys.add((case["file"], p["sheet"], p["row"]))
            if key not in cells:
                bad(f"{case['file']}: no row {key}")
                continue
            check_person(case["file"], p, cells[key])
            n += 1
        for key in nots:
            if not any(c.strip() for c in cells.get(key, [])):
                bad(f"{case['file']}: not_person row {key} is empty")
        for (sheet, r), vals in cells.items():
            if (sheet, r) in nots or (sheet, r) in set(rows):
                continue
            filled = [v for v in vals if v.strip()]
            if len(filled) >= 3 and r >= first.get(sheet, 10 ** 9):
                bad(f"{case['file']}: row {sheet}!{r} looks like data but is not in truth: {filled[:4]}")
        print(f"  ok-opened {case['file']}: {len(case['persons'])} persons, {len(nots)} not_persons")
    seen = set()
    for g in truth["same_person_groups"]:
        if not 2 <= len(g) <= 4:
            bad(f"group of {len(g)}")
        for m in g:
            k = (m["file"], m.get("sheet"), m["row"])
            if k not in keys:
                bad(f"group member {k} is not a truth person")
            if k in seen:
                bad(f"group member {k} in two groups")
            seen.add(k)
    ids = {}
    for case in truth["files"]:
        for p in case["persons"]:
            if p["id_number"]:
                ids.setdefault(p["id_number"], set()).add((case["file"], p["sheet"], p["row"]))
    in_group = {}
    for gi, g in enumerate(truth["same_person_groups"]):
        for m in g:
            in_group[(m["file"], m.get("sheet"), m["row"])] = gi
    for i, recs in ids.items():
        if len(recs) > 1 and len({in_group.get(r) for r in recs}) != 1:
            bad(f"ID {i} on several records that are not one group: {recs}")
    print(f"{n} persons checked, {len(truth['same_person_groups'])} groups, {len(problems)} problems")
    for m in problems[:80]:
        print("  PROBLEM", m)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
