#!/usr/bin/env python3
"""Sanity checks of the generated sets (standard library and openpyxl only).

    python bench/er_rosters/check.py

Checks that truth.json lists every data row of every file exactly once (the row numbers a
spreadsheet shows), that the counts in truth.json are right, that GBK files are GBK, and that
the ID numbers agree with the truth: a person's checksum-valid 18-digit numbers are all the same
number, no two people share one, and every other form (15-digit, masked, mistyped, Excel-damaged)
is consistent with that number.
"""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from basics import check_char, id_valid  # noqa: E402

ID_COLUMNS = ["证件号码", "身份证号", "身份证号码", "身份证", "公民身份号码"]
FW = str.maketrans("０１２３４５６７８９", "0123456789")


def read_csv(path):
    raw = open(path, "rb").read()
    try:
        text, enc = raw.decode("utf-8"), "utf-8"
        if text.startswith("\ufeff"):
            text, enc = text[1:], "utf-8-sig"
    except UnicodeDecodeError:
        text, enc = raw.decode("gbk"), "gbk"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return enc, rows


def check_set(d):
    problems = []
    truth = json.load(open(os.path.join(d, "truth.json"), encoding="utf-8"))
    per_person = defaultdict(list)
    listed = 0
    encodings = {}
    for f in truth["files"]:
        path = os.path.join(d, f["file"])
        want = [r["row"] for r in f["rows"]]
        if len(set(want)) != len(want):
            problems.append("%s: a row listed twice" % f["file"])
        listed += len(want)
        if f["file"].endswith(".csv"):
            enc, rows = read_csv(path)
            encodings[f["file"]] = enc
            header = rows[0]
            data = [i + 1 for i, r in enumerate(rows) if i > 0 and any(c.strip() for c in r)]
            get = {i + 1: dict(zip(header, r)) for i, r in enumerate(rows)}
        else:
            ws = openpyxl.load_workbook(path)[f["sheet"]]
            allrows = list(ws.iter_rows(values_only=True))
            hrow = min(want) - 1
            while hrow > 1 and not any(v not in (None, "") for v in allrows[hrow - 1]):
                hrow -= 1
            header = list(allrows[hrow - 1])
            if sum(v is not None for v in header) < 5:
                problems.append("%s/%s: row %d does not look like a header" % (f["file"], f["sheet"], hrow))
            for i in range(1, hrow):  # rows above the header: titles, one merged cell each
                if sum(v not in (None, "") for v in allrows[i - 1]) != 1:
                    problems.append("%s/%s: row %d above the header is not a title" % (f["file"], f["sheet"], i))
            data = [i + 1 for i, r in enumerate(allrows) if i + 1 > hrow and any(v not in (None, "") for v in r)]
            get = {i + 1: dict(zip(header, r)) for i, r in enumerate(allrows)}
            encodings[f["file"]] = "xlsx"
        if sorted(data) != sorted(want):
            problems.append("%s/%s: data rows %d, truth rows %d, differing %s" % (
                f["file"], f["sheet"], len(data), len(want), sorted(set(data) ^ set(want))[:5]))
        for r in f["rows"]:
            row = get[r["row"]]
            ident = next((row[c] for c in ID_COLUMNS if c in row and row[c] not in (None, "")), None)
            per_person[r["person"]].append((f["file"], r["row"], ident))
    if listed != truth["rows"]:
        problems.append("truth says %d rows, lists %d" % (truth["rows"], listed))
    if len(per_person) != truth["people"]:
        problems.append("truth says %d people, lists %d" % (truth["people"], len(per_person)))

    kinds = Counter()
    owner = {}
    for person, rows in per_person.items():
        valid = set()
        for _, _, ident in rows:
            if isinstance(ident, str):
                s = re.sub(r"\s", "", ident.translate(FW)).upper()
                if id_valid(s):
                    valid.add(s)
        if len(valid) > 1:
            problems.append("%s has two valid ID numbers %s" % (person, sorted(valid)))
        for s in valid:
            if s in owner and owner[s] != person:
                problems.append("ID %s belongs to %s and %s" % (s, owner[s], person))
            owner[s] = person
        true = next(iter(valid)) if valid else None
        for fname, rownum, ident in rows:
            if ident is None:
                kinds["missing"] += 1
                continue
            if isinstance(ident, float):
                kinds["numeric cell (digits lost)"] += 1
                if true and not true.endswith("X") and abs(ident - int(true)) > 10 ** 4:
                    problems.append("%s row %d: numeric ID far from %s" % (fname, rownum, true))
                continue
            s = re.sub(r"\s", "", str(ident).translate(FW)).upper()
            if "*" in s:
                kinds["masked"] += 1
                if true and (len(s) != 18 or any(a != "*" and a != b for a, b in zip(s, true))):
                    problems.append("%s row %d: masked %s does not fit %s" % (fname, rownum, s, true))
            elif len(s) == 15:
                kinds["15-digit"] += 1
                up = s[:6] + "19" + s[6:]
                if true and up + check_char(up) != true:
                    problems.append("%s row %d: 15-digit %s does not fit %s" % (fname, rownum, s, true))
            elif id_valid(s):
                kinds["valid 18-digit"] += 1
            else:
                kinds["18-digit, checksum fails"] += 1
                if true:
                    diff = [i for i in range(18) if s[i] != true[i]]
                    swap = len(diff) == 2 and diff[1] == diff[0] + 1 and s[diff[0]] == true[diff[1]]
                    if not (len(diff) == 1 or swap):
                        problems.append("%s row %d: %s is not one slip from %s" % (fname, rownum, s, true))
    return truth, encodings, kinds, problems


def main():
    bad = 0
    for name in ("tune", "holdout"):
        truth, encodings, kinds, problems = check_set(os.path.join(HERE, name))
        print("%s: %d files, %d sheets/files in truth, %d rows, %d people" % (
            name, len(encodings), len(truth["files"]), truth["rows"], truth["people"]))
        for f, e in encodings.items():
            print("   %-45s %s" % (f, e))
        print("   ID cells:", dict(kinds))
        for p in problems[:20]:
            print("   PROBLEM", p)
        bad += len(problems)
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
