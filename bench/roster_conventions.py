"""Generalisation across column conventions: the same rosters written the way other systems export
them, and how much of their content `pzh-talent ingest` still recovers.

    python bench/roster_conventions.py [--people 600] [--seed 11] [--only generic] [--as auto]

The demo rosters (pzh_talent.demo, seeded) are the PLAIN files. Each is read back (title rows,
blank rows and remarks kept where the format has them; the data rows are the ones truth.csv
names) and rewritten under each convention, one file per roster:

    pinyin      headers as the upper-case pinyin initials of the Chinese header (姓名 -> XM)
    camel       a JSON array with English camelCase keys (fullName, idCardNo, mobilePhone, ...)
    snake       JSON lines with English snake_case keys (person_name, id_card_no, mobile_no, ...)
    headerless  CSV of the data rows without any header row
    generic     CSV with the header 字段1 … 字段N
    paraphrase  the Chinese headers reworded (本人姓名, 居民身份证件号码, 个人手机, ...; several wordings
                per field, one drawn per file)
    masked      the plain file with every full ID masked (510402********1234 or 5104**********1234);
                only rosters that have an ID column

The English keys, pinyin codes and paraphrases are this benchmark's own wording, written without
reading the importer's header vocabulary. Row k of a variant is the person of row k of the plain
file; the mapping (plain file, sheet, row) -> (variant file, sheet, row) is kept.

The plain files go into one registry, each convention's files into a registry of their own
(load_file, as `pzh-talent ingest` does, with the demo's per-file --set defaults). Per convention,
compared with the plain import row by row: rows kept (mapped variant records / plain records),
and the share of the plain records' non-empty values recovered for name, id (the full number; for
`masked` the area code the mask still shows: id_area must start with it), phone, email and origin
(where the plain record's own cells make its origin strong or medium, so must the variant's be; a title
row above the table is not a column and a JSON variant has none), plus refused
files and the import time. The goal the project is held to: every row kept and ≥ 0.95 of each
field per convention.

Figures are printed and written to bench/results/roster_conventions.json: the first run there is
kept under "first_run" (the figures before any fix), later runs go under "latest" (`--as`).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

CONVENTIONS = ("pinyin", "camel", "snake", "headerless", "generic", "paraphrase", "masked")
FIELDS = ("name", "id", "phone", "email", "origin")
GOAL = 0.95
STRONG = ("strong", "medium")

# ---------------------------------------------------------------------------------------------
# Our own wordings, by the demo generator's column kind (pzh_talent.demo RosterSpec.columns)

CAMEL = {
    "serial": "seqNo", "name": "fullName", "gender": "sex", "id": "idCardNo", "phone": "mobilePhone",
    "email": "emailAddress", "education": "highestEducation", "school": "graduateSchool", "major": "majorName",
    "employer": "workUnit", "title": "professionalTitle", "city": "currentCity", "hometown": "nativePlace",
    "class": "graduationClass", "position": "jobPosition", "remarks": "remark", "student_no": "studentNo",
    "college": "collegeName", "degree": "academicDegree", "student_origin": "originPlace", "birth": "birthDate",
    "birth_month": "birthMonth", "intended_job": "desiredJob", "signin": "checkInTime",
    "name_roman": "englishName", "name_zh_opt": "chineseName", "phone_intl": "contactPhone",
    "country": "countryName", "expertise": "researchField", "programme": "talentProgram",
    "registered": "registerTime", "position_title": "positionAndTitle", "ethnicity": "ethnicGroup",
    "landline": "homePhone", "class_year": "graduationYear", "school_major": "schoolAndMajor",
    "employer_position": "unitAndPosition",
}
SNAKE = {
    "serial": "seq", "name": "person_name", "gender": "gender", "id": "id_card_no", "phone": "mobile_no",
    "email": "email_addr", "education": "edu_level", "school": "graduate_school", "major": "major",
    "employer": "work_unit", "title": "tech_title", "city": "live_city", "hometown": "native_place",
    "class": "grad_class", "position": "post", "remarks": "memo", "student_no": "stu_no", "college": "faculty",
    "degree": "degree_name", "student_origin": "source_region", "birth": "birth_date", "birth_month": "birth_ym",
    "intended_job": "job_intention", "signin": "sign_time", "name_roman": "name_en", "name_zh_opt": "name_cn",
    "phone_intl": "tel", "country": "country", "expertise": "research_area", "programme": "talent_plan",
    "registered": "reg_time", "position_title": "post_title", "ethnicity": "ethnic", "landline": "home_tel",
    "class_year": "grad_year", "school_major": "school_major", "employer_position": "unit_post",
}
SNAKE_BY_ROSTER = {"expert": {"name": "expert_name"}}   # an expert database calls its people experts

# a Chinese wording for columns whose header is English, to take pinyin initials of
ZH_OF_ENGLISH = {
    "name_roman": "英文姓名", "name_zh_opt": "中文姓名", "email": "电子邮箱", "phone_intl": "联系电话",
    "city": "所在城市", "country": "所在国家", "school": "毕业院校", "major": "所学专业", "employer": "工作单位",
    "position": "职务", "hometown": "籍贯", "gender": "性别", "name": "姓名",
}

PARAPHRASE = {
    "serial": ["编号", "行号", "顺序号"],
    "name": ["本人姓名", "人才名称", "登记人", "真实姓名"],
    "gender": ["本人性别", "性别（男/女）", "男女"],
    "id": ["居民身份证件号码", "身份证件号", "公民证件号", "身份证号（18位）"],
    "phone": ["个人手机", "手机（常用）", "移动电话号码", "本人联系方式"],
    "email": ["电子信箱地址", "邮件地址", "个人邮箱", "E-mail地址"],
    "education": ["最高学历层次", "文化水平", "受教育程度"],
    "school": ["毕业学校名称", "就读院校", "母校"],
    "major": ["所学专业名称", "专业方向", "学科专业"],
    "employer": ["现供职单位", "目前就职单位", "所在工作单位", "任职机构"],
    "title": ["专业技术资格", "技术职称", "职称等级"],
    "city": ["目前所在城市", "常驻城市", "现工作生活城市"],
    "hometown": ["老家", "原籍", "祖籍所在地", "家乡所在地"],
    "class": ["毕业届次", "届次", "毕业年级"],
    "position": ["担任职务", "现任职位", "岗位职务"],
    "remarks": ["说明", "其他情况", "附注"],
    "student_no": ["学生编号", "学籍号"],
    "college": ["所在院系", "院系"],
    "degree": ["所获学位", "学位类别"],
    "student_origin": ["入学前户籍地", "生源所在地区", "考生来源地"],
    "birth": ["出生年月日", "生日", "出生时间"],
    "birth_month": ["出生年份月份", "生年月", "出生时间"],
    "intended_job": ["求职意向", "想应聘岗位"],
    "signin": ["到场时间", "签到时刻"],
    "name_roman": ["英文名", "拼音姓名", "外文姓名"],
    "name_zh_opt": ["汉字姓名", "中文名"],
    "phone_intl": ["联系电话（含国际区号）", "海外电话"],
    "country": ["所在国家", "居住国"],
    "expertise": ["专长领域", "主要研究领域"],
    "programme": ["入选人才计划", "获评人才称号"],
    "registered": ["登记时间", "填报时间"],
    "position_title": ["职务/职称", "职位及职称"],
    "ethnicity": ["民族成分", "族别"],
    "landline": ["座机", "固定电话号码"],
    "class_year": ["毕业年度"],
    "school_major": ["毕业学校及所学专业"],
    "employer_position": ["工作单位与职务"],
}

_FULL_ID = re.compile(r"\d{17}[\dXx]|\d{15}")
_CJK = re.compile(r"[\u4e00-\u9fff]")

# ---------------------------------------------------------------------------------------------
# Reading a plain roster back


@dataclass
class Grid:
    """One sheet (or the one table of a CSV/JSON file) as cells; rows[i] is Excel row i + 1."""
    name: str | None
    rows: list
    header_index: int
    merges: list = field(default_factory=list)   # calamine ranges ((r1, c1), (r2, c2)), inclusive


@dataclass
class Roster:
    path: Path
    fmt: str
    who: str
    headers: list
    kinds: list
    grids: list
    rows: list            # (sheet, row number, cells aligned with kinds), in file order
    defaults: dict | None = None

    @property
    def has_id(self) -> bool:
        return "id" in self.kinds


def _spec_of(file_name: str, shape: str = "default"):
    from pzh_talent.demo import SHAPES

    return next(s for s in SHAPES[shape].rosters if s.file_name == file_name)


def _csv_dialect(spec) -> tuple[str, str]:
    """(encoding, delimiter) the demo writes a delimited roster in."""
    return spec.encoding, "\t" if spec.encoding == "utf-16" else ","


def _blank(v):
    return None if v is None or v == "" else v


def read_roster(path: Path, truth_rows: list[tuple], defaults: dict | None = None, shape: str = "default") -> Roster:
    """The plain roster's cells. truth_rows: (sheet or None, row number) of its data rows."""
    spec = _spec_of(path.name, shape)
    headers = [h for h, _ in spec.columns]
    kinds = [k for _, k in spec.columns]
    grids = []
    if spec.fmt == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            grids.append(Grid(ws.title, [list(r) for r in ws.iter_rows(values_only=True)], -1))
    elif spec.fmt == "xls":
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(path))
        for name in wb.sheet_names:
            sheet = wb.get_sheet_by_name(name)
            rows = [[_blank(v) for v in r] for r in sheet.to_python(skip_empty_area=False)]
            grids.append(Grid(name, rows, -1, list(sheet.merged_cell_ranges or [])))
    elif spec.fmt in ("csv", "txt"):
        encoding, delimiter = _csv_dialect(spec)
        with open(path, encoding=encoding, newline="") as f:
            grids.append(Grid(None, [[_blank(v) for v in r] for r in csv.reader(f, delimiter=delimiter)], -1))
    elif spec.fmt in ("json", "jsonl"):
        text = path.read_text(encoding="utf-8")
        records = json.loads(text) if spec.fmt == "json" else [json.loads(line) for line in text.splitlines() if line]
        grids.append(Grid(None, [list(headers)] + [[r.get(h) for h in headers] for r in records], 0))
    else:
        raise ValueError(f"unknown format {spec.fmt!r}")
    for g in grids:
        if g.header_index < 0:
            g.header_index = next(i for i, r in enumerate(g.rows)
                                  if [str(c).strip() for c in r[:len(headers)] if c is not None] == headers)
    by_sheet = {g.name: g for g in grids}
    rows = []
    for sheet, number in truth_rows:
        g = by_sheet[sheet] if spec.fmt in ("xlsx", "xls") else grids[0]
        # JSON: the truth's row is the record's 1-based position, the grid has the header first
        cells = list(g.rows[number if spec.fmt in ("json", "jsonl") else number - 1])
        rows.append((sheet, number, (cells + [None] * len(headers))[:len(headers)]))
    return Roster(path, spec.fmt, spec.who, headers, kinds, grids, rows, defaults)


def read_plain(out_dir: Path, seed: int, n_people: int) -> list[Roster]:
    """Write the demo rosters into out_dir and read each back."""
    from pzh_talent.demo import write_demo_rosters

    manifest = write_demo_rosters(out_dir, seed=seed, n_people=n_people)
    truth: dict[str, list] = {}
    with open(manifest.truth_path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            truth.setdefault(r["file_name"], []).append((r["sheet"] or None, int(r["row_number"])))
    return [read_roster(p, truth.get(p.name, []), manifest.file_settings.get(p.name)) for p in manifest.files]


# ---------------------------------------------------------------------------------------------
# Writing the variants


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time(0) else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else str(v)
    return str(v)


def _jsonable(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return _text(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


def pinyin_code(header: str, kind: str) -> str:
    from pypinyin import Style, lazy_pinyin

    words = header if _CJK.search(header) else ZH_OF_ENGLISH.get(kind, header)
    letters = "".join(lazy_pinyin(words, style=Style.FIRST_LETTER))
    return re.sub(r"[^A-Z0-9]", "", letters.upper()) or kind.upper()


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n}{seen[n]}")
    return out


def variant_headers(roster: Roster, convention: str, rng: random.Random) -> list[str] | None:
    if convention == "pinyin":
        return _unique([pinyin_code(h, k) for h, k in zip(roster.headers, roster.kinds)])
    if convention == "camel":
        return _unique([CAMEL.get(k, k) for k in roster.kinds])
    if convention == "snake":
        own = SNAKE_BY_ROSTER.get(roster.who, {})
        return _unique([own.get(k, SNAKE.get(k, k)) for k in roster.kinds])
    if convention == "generic":
        return [f"字段{i}" for i in range(1, len(roster.headers) + 1)]
    if convention == "paraphrase":
        chosen = []
        for h, k in zip(roster.headers, roster.kinds):
            options = [o for o in PARAPHRASE.get(k, [h]) if o not in chosen] or [h]
            chosen.append(rng.choice(options))
        return _unique(chosen)
    if convention in ("headerless", "masked"):
        return None
    raise ValueError(f"unknown convention {convention!r}")


def mask_id(value: str, rng: random.Random) -> tuple[str, str]:
    """(masked form, the area digits it still shows) of a full ID."""
    if len(value) == 15:
        return value[:6] + "*****" + value[-4:], value[:6]
    if rng.random() < 2 / 3:
        return value[:6] + "*" * 8 + value[-4:], value[:6]
    return value[:4] + "*" * 10 + value[-4:], value[:4]


@dataclass
class Variant:
    plain: Roster
    path: Path
    mapping: dict          # (plain file, sheet, row) -> (variant file, sheet, row)
    shown_area: dict = field(default_factory=dict)   # masked: plain key -> area digits the mask shows


def _write_same_format(roster: Roster, out: Path, headers: list | None, cell_of) -> None:
    """The plain file, as it is, with the header row renamed and/or data cells replaced:
    cell_of(grid name, row index, column index, value) -> value."""
    if roster.fmt == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(roster.path)
        for ws, g in zip(wb.worksheets, roster.grids):
            if headers:
                for c, h in enumerate(headers, start=1):
                    ws.cell(row=g.header_index + 1, column=c).value = h
            for r, row in enumerate(g.rows):
                if r > g.header_index:
                    for c, v in enumerate(row):
                        new = cell_of(g.name, r, c, v)
                        if new is not v:
                            ws.cell(row=r + 1, column=c + 1).value = new
        wb.save(out)
        return
    grids = []
    for g in roster.grids:
        rows = [list(r) for r in g.rows]
        if headers:
            rows[g.header_index] = list(headers) + rows[g.header_index][len(headers):]
        for r in range(g.header_index + 1, len(rows)):
            rows[r] = [cell_of(g.name, r, c, v) for c, v in enumerate(rows[r])]
        grids.append((g, rows))
    if roster.fmt == "xls":
        import xlwt

        wb = xlwt.Workbook(encoding="utf-8")
        date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
        for g, rows in grids:
            ws = wb.add_sheet(g.name)
            merged = {(r1, c1): (r2, c2) for (r1, c1), (r2, c2) in g.merges}
            covered = {(r, c) for (r1, c1), (r2, c2) in g.merges for r in range(r1, r2 + 1)
                       for c in range(c1, c2 + 1)}
            for r, row in enumerate(rows):
                for c, v in enumerate(row):
                    if (r, c) in merged:
                        ws.write_merge(r, merged[r, c][0], c, merged[r, c][1], v)
                    elif (r, c) in covered or v is None:
                        continue
                    elif isinstance(v, (dt.date, dt.datetime)):
                        ws.write(r, c, v, date_style)
                    else:
                        ws.write(r, c, v)
        wb.save(str(out))
    elif roster.fmt in ("csv", "txt"):
        encoding, delimiter = _csv_dialect(_spec_of(roster.path.name))
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
        for row in grids[0][1]:
            writer.writerow([_text(v) for v in row])
        data = buf.getvalue()
        out.write_bytes(b"\xff\xfe" + data.encode("utf-16-le") if encoding == "utf-16" else data.encode(encoding))
    else:  # json, jsonl: keys renamed, records as they were (JSON lines leave empty fields out)
        g, rows = grids[0]
        keys = rows[0]
        records = [{k: v for k, v in zip(keys, row) if roster.fmt == "json" or v is not None} for row in rows[1:]]
        _write_json(out, records, lines=roster.fmt == "jsonl")


def _write_json(out: Path, records: list[dict], lines: bool) -> None:
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        if lines:
            for r in records:
                f.write(json.dumps({k: _jsonable(v) for k, v in r.items()}, ensure_ascii=False) + "\n")
        else:
            json.dump([{k: _jsonable(v) for k, v in r.items()} for r in records], f, ensure_ascii=False, indent=2)
            f.write("\n")


def write_variant(roster: Roster, convention: str, out_dir: Path, seed: int) -> Variant | None:
    """Write roster under the convention into out_dir; None when it does not apply (a roster with no
    data rows, such as an alumni list none of the drawn people is on; masked: no ID column)."""
    if not roster.rows or (convention == "masked" and not roster.has_id):
        return None
    rng = random.Random(f"{seed}:{convention}:{roster.path.name}")
    headers = variant_headers(roster, convention, rng)
    name = roster.path.name
    plain_keys = [(name, sheet, number) for sheet, number, _ in roster.rows]
    out_dir.mkdir(parents=True, exist_ok=True)
    if convention in ("pinyin", "paraphrase", "masked"):
        path = out_dir / name
        shown: dict = {}
        id_col = roster.kinds.index("id") if convention == "masked" else -1
        key_of_row = {}
        for sheet, number, _ in roster.rows:
            index = number if roster.fmt in ("json", "jsonl") else number - 1
            key_of_row[(sheet if roster.fmt in ("xlsx", "xls") else None, index)] = (name, sheet, number)

        def cell_of(grid, r, c, v):
            if c != id_col or not isinstance(v, str):
                return v
            key = key_of_row.get((grid, r))
            digits = re.sub(r"\s", "", v)
            if key is None or not _FULL_ID.fullmatch(digits):
                return v
            masked, area = mask_id(digits, rng)
            shown[key] = area
            return masked

        _write_same_format(roster, path, headers, cell_of)
        return Variant(roster, path, {k: (path.name, k[1], k[2]) for k in plain_keys}, shown)
    if convention in ("headerless", "generic"):
        path = out_dir / (Path(name).stem + ".csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\r\n")
            if headers:
                writer.writerow(headers)
            for _, _, cells in roster.rows:
                writer.writerow([_text(v) for v in cells])
        first = 2 if headers else 1
        return Variant(roster, path, {k: (path.name, None, first + i) for i, k in enumerate(plain_keys)})
    lines = convention == "snake"
    path = out_dir / (Path(name).stem + (".jsonl" if lines else ".json"))
    records = [{h: v for h, v in zip(headers, cells) if not lines or v is not None} for _, _, cells in roster.rows]
    _write_json(path, records, lines)
    return Variant(roster, path, {k: (path.name, None, 1 + i) for i, k in enumerate(plain_keys)})


# ---------------------------------------------------------------------------------------------
# Importing and comparing


def import_files(db: Path, files: list[tuple[Path, dict | None]]) -> dict:
    """Import each file into a fresh registry at db: its records by (file, sheet, row), refused files,
    seconds spent in load_file."""
    from pzh_talent.ingest.errors import ImportFailed
    from pzh_talent.ingest.load import load_file
    from pzh_talent.registry.db import connect

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    conn = connect(db)
    refused, seconds, summaries = [], 0.0, {}
    try:
        for path, defaults in files:
            started = time.perf_counter()
            try:
                s = load_file(conn, path, actor="bench", defaults=defaults)
                summaries[path.name] = {"rows_read": s.rows_read, "rows_stored": s.rows_stored,
                                        "rows_rejected": s.rows_rejected}
            except ImportFailed as e:
                refused.append({"file": path.name, "message": str(e)[:300]})
            except Exception as e:  # a crash is a result too: reported, the other files still run
                refused.append({"file": path.name, "message": f"crash: {type(e).__name__}: {e}"[:300]})
            seconds += time.perf_counter() - started
        records = {}
        for r in conn.execute(
                "SELECT s.file_name, r.sheet, r.row_number, r.name, r.id_number, r.id_area, r.phone, r.email, "
                "r.origin_strength, r.origin_evidence FROM source_records r JOIN sources s ON s.id = r.source_id"):
            records[(r[0], r[1] or None, r[2])] = {"name": r[3], "id_number": r[4], "id_area": r[5],
                                                   "phone": r[6], "email": r[7], "origin_strength": r[8],
                                                   "row_origin": _row_origin(r[9])}
    finally:
        conn.close()
    return {"records": records, "refused": refused, "seconds": seconds, "summaries": summaries}


def _row_origin(evidence: str | None) -> bool:
    """Whether the row's own cells (not a title row above the table) make its origin strong or medium:
    a convention's file keeps the columns, and a JSON or headerless variant has no title row to keep."""
    return any(e.get("field") != "roster" and e.get("strength") in STRONG for e in json.loads(evidence or "[]"))


def _share(right: int, total: int):
    return round(right / total, 4) if total else None


def compare(plain: dict, variant: dict, mapping: dict, shown_area: dict | None = None) -> dict:
    """Row-by-row comparison of a variant's records with the plain ones. plain/variant: records by
    key; mapping: plain key -> variant key. shown_area (masked): plain key -> the area digits the
    mask shows, which the variant's id_area must start with (id then stands for the area code)."""
    n_plain = kept = 0
    counts = {f: [0, 0] for f in FIELDS}
    for pk, vk in mapping.items():
        p = plain.get(pk)
        if p is None:
            continue
        n_plain += 1
        v = variant.get(vk)
        kept += v is not None
        v = v or {}
        for f in FIELDS:
            if f == "origin":
                if not p["row_origin"]:
                    continue
                ok = v.get("origin_strength") in STRONG
            elif f == "id" and shown_area is not None:
                if not p["id_area"]:
                    continue
                ok = str(v.get("id_area") or "").startswith(shown_area.get(pk, p["id_area"]))
            else:
                column = "id_number" if f == "id" else f
                if not p[column]:
                    continue
                ok = v.get(column) == p[column]
            counts[f][0] += ok
            counts[f][1] += 1
    mapped = set(mapping.values())
    files = {vk[0] for vk in mapped}
    extra = sum(1 for k in variant if k[0] in files and k not in mapped)
    return {"rows_plain": n_plain, "rows_kept": kept, "rows_kept_share": _share(kept, n_plain),
            "extra_rows": extra, **{f: _share(*counts[f]) for f in FIELDS},
            "counts": {f: counts[f] for f in FIELDS}}


def meets_goal(figures: dict) -> bool:
    return figures["rows_kept_share"] == 1 and all(figures[f] is None or figures[f] >= GOAL for f in FIELDS)


def run(n_people: int = 600, seed: int = 11, only: list | None = None, work: Path | None = None) -> dict:
    """Generate, rewrite, import and compare. Returns {"plain": ..., "conventions": {name: figures}}."""
    conventions = [c for c in CONVENTIONS if not only or c in only]
    unknown = set(only or ()) - set(CONVENTIONS) - {"plain"}
    if unknown:
        raise ValueError(f"unknown convention(s) {sorted(unknown)}; choose from {CONVENTIONS}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(work or tmp)
        rosters = read_plain(work / "plain", seed, n_people)
        plain = import_files(work / "plain.db", [(r.path, r.defaults) for r in rosters])
        identity = {(r.path.name, s, n): (r.path.name, s, n) for r in rosters for s, n, _ in r.rows}
        plain_figures = compare(plain["records"], plain["records"], identity)
        result = {"plain": {"files": len(rosters), "rows": len(identity), **plain_figures,
                            "refused": plain["refused"], "seconds": round(plain["seconds"], 2),
                            "meets_goal": meets_goal(plain_figures)},
                  "conventions": {}}
        for convention in conventions:
            variants = [v for r in rosters if (v := write_variant(r, convention, work / convention, seed))]
            got = import_files(work / f"{convention}.db", [(v.path, v.plain.defaults) for v in variants])
            mapping = {pk: vk for v in variants for pk, vk in v.mapping.items()}
            shown = {k: a for v in variants for k, a in v.shown_area.items()} if convention == "masked" else None
            figures = compare(plain["records"], got["records"], mapping, shown)
            per_file = {}
            for v in variants:
                f = compare(plain["records"], got["records"], v.mapping, shown)
                per_file[v.path.name] = {"plain_file": v.plain.path.name, "rows_kept_share": f["rows_kept_share"],
                                         "extra_rows": f["extra_rows"], **{k: f[k] for k in FIELDS}}
            result["conventions"][convention] = {
                "files": len(variants), **figures, "refused": got["refused"], "seconds": round(got["seconds"], 2),
                "meets_goal": meets_goal(figures), "per_file": per_file}
    return result


# ---------------------------------------------------------------------------------------------
# Output


def _fmt(v) -> str:
    return "–" if v is None else f"{v:.3f}"


def table(result: dict) -> str:
    head = f"{'convention':<11} {'files':>5} {'rows kept':>9} {'extra':>5} " + " ".join(f"{f:>6}" for f in FIELDS) \
        + f" {'refused':>7} {'seconds':>7}  goal"
    lines = [head, "-" * len(head)]
    rows = [("plain", result["plain"])] + list(result["conventions"].items())
    for name, r in rows:
        lines.append(f"{name:<11} {r['files']:>5} {_fmt(r['rows_kept_share']):>9} {r['extra_rows']:>5} "
                     + " ".join(f"{_fmt(r[f]):>6}" for f in FIELDS)
                     + f" {len(r['refused']):>7} {r['seconds']:>7.2f}  {'✓' if r['meets_goal'] else '✗'}")
    for name, r in rows:
        for x in r["refused"]:
            lines.append(f"  {name}: refused {x['file']}: {x['message'][:160]}")
    lines.append(f"(masked: id = the area code the mask shows; goal: every row kept and ≥ {GOAL} of each field)")
    return "\n".join(lines)


def _commit() -> str | None:
    """The code measured: PZH_BENCH_COMMIT when the run is on an exported tree, else git's HEAD, with
    "+uncommitted" when the code folders have edits that are not committed."""
    if os.environ.get("PZH_BENCH_COMMIT"):
        return os.environ["PZH_BENCH_COMMIT"]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "ingest", "registry", "pzh_talent",
                                "matching", "outreach"], cwd=ROOT, capture_output=True, text=True,
                               timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return (head + ("+uncommitted" if dirty else "")) or None


def save(out: Path, run_result: dict, label: str = "auto") -> str:
    """Write run_result into out under `label`: "first_run" (kept from then on) or "latest";
    "auto" is first_run while the file has none, else latest. A run of some conventions only
    (`--only`) updates those in the stored run of the same seed and size."""
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    if label == "auto":
        label = "latest" if "first_run" in data else "first_run"
    data["benchmark"] = "roster_conventions"
    data["goal"] = {"rows_kept_share": 1.0, "each_field_at_least": GOAL}
    old = data.get(label)
    if run_result.get("only") and old and (old["seed"], old["people"]) == (run_result["seed"], run_result["people"]):
        old["conventions"].update(run_result["conventions"])
        old["plain"] = run_result["plain"]
        old["date"], old["commit"] = run_result["date"], run_result["commit"]
        old["only_last"] = run_result["only"]
    else:
        data[label] = run_result
    ordered = {k: data[k] for k in ("benchmark", "goal", "first_run", "latest") if k in data}
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return label


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=600)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--only", action="append", choices=CONVENTIONS,
                        help="run this convention only (may be given more than once)")
    parser.add_argument("--out", default=str(HERE / "results" / "roster_conventions.json"))
    parser.add_argument("--as", dest="label", choices=("auto", "first_run", "latest"), default="auto",
                        help="where in the results file this run goes (auto: first_run if there is none yet)")
    parser.add_argument("--note", help="a remark stored with the run (which code was measured, why)")
    parser.add_argument("--work", help="keep the generated files and registries in this folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    work = Path(args.work) if args.work else None
    if work:
        work.mkdir(parents=True, exist_ok=True)
    result = run(args.people, args.seed, args.only, work)
    result = {"date": time.strftime("%Y-%m-%d %H:%M"), "commit": _commit(), "seed": args.seed,
              "people": args.people, "only": args.only, **({"note": args.note} if args.note else {}), **result,
              "seconds_total": round(time.perf_counter() - started, 1)}
    print(f"roster conventions: seed {args.seed}, {args.people} people, {result['plain']['rows']} plain rows")
    print(table(result))
    label = save(Path(args.out), result, args.label)
    print(f"written to {args.out} under {label!r}")


if __name__ == "__main__":
    main()
