"""Rows to records: classify, normalise and serialise one chunk of a table's rows.

This is the part of an import that costs CPU, so it is written to run in worker processes: it
touches no database and no shared state, and returns everything it learns.
"""
import hashlib
import json
import re
from dataclasses import dataclass, field

from pzh_talent.registry.schema import NORMALISED_COLUMNS

from .errors import ImportFailed
from .fields import PERSON_NAME_FIELDS, is_header_text
from .normalise import normalise_columns
from .read import MAX_CELL_CHARS, CsvBlock
from .table import MULTI_FIELDS, PLACE_PART_FIELDS, Layout, cell_text, classify, column_letter

# raw values as JSON: Chinese kept readable, dates and other cell types as Excel shows them
encode_raw = json.JSONEncoder(ensure_ascii=False, default=cell_text).encode

# source_records columns filled from a row (source_id is added when the rows are stored)
ROW_COLUMNS = ["sheet", "row_number", "raw_json"] + [c for c, _ in NORMALISED_COLUMNS]


@dataclass
class Problem:
    sheet: str | None
    row: int
    kind: str
    reason: str
    field: str | None = None


@dataclass
class ChunkResult:
    records: list = field(default_factory=list)        # tuples, one value per name in `columns`
    columns: tuple = ()                                 # the ROW_COLUMNS the records carry
    fingerprints: list = field(default_factory=list)   # (sheet, row number, fingerprint)
    skipped: list = field(default_factory=list)        # (sheet, row, kind, reason, field, raw_json)
    problems: list = field(default_factory=list)
    stored: int = 0
    blank: int = 0
    remark: int = 0
    header: int = 0
    rejected: int = 0
    origin: dict = field(default_factory=dict)  # Panzhihua-origin strength -> stored rows
    content: int = 0   # sum of the records' row digests: the file's content fingerprint, order-free
    content_rows: int = 0


def row_digest(raw_json: str) -> int:
    """A person's row as a number; summed over a file's rows it names the file's content whatever
    the row order (re-sorted, sheets renamed or reordered), the encoding or the bytes around it."""
    return int.from_bytes(hashlib.blake2b(raw_json.encode(), digest_size=16).digest())


_TEST_NAME_RE = re.compile(r"^\s*(测试|test(?![a-z])|demo(?![a-z])|样例|示例|演示|填表示例|例[:：])", re.IGNORECASE)


def _second_line(values: dict) -> bool:
    """A row whose 姓名 cell holds an email and that names no one else: the line below a person."""
    name = values.get("name")
    return (isinstance(name, str) and "@" in name and " " not in name.strip()
            and not values.get("id_number") and not values.get("name_en"))


def may_be_second_line(cells, layout: Layout) -> bool:
    """Whether a row could be the line below a person (_second_line): a 姓名 cell holding an '@'. Cheap,
    on the raw cells, and never false where _second_line is true: the chunkers (load.py, read.py's
    csv_blocks) never start a chunk with such a row, so a person and their second line are always
    seen together and the registry does not depend on where chunks happen to end."""
    n = len(cells)
    return any(i < n and isinstance(cells[i], str) and "@" in cells[i]
               for i, f in layout.fields.items() if f == "name")


def _why_no_name(values: dict) -> str:
    given = next((values[f] for f in ("name", "name_en") if values.get(f) is not None), None)
    if given is None:
        return "姓名无法识别" if PERSON_NAME_FIELDS & values.keys() else "缺少姓名"
    text = str(given[0] if isinstance(given, list) else given)
    if "@" in text:
        return f"姓名栏是邮箱地址“{text[:40]}”（多半是上一人的第二行），未作为一个人导入"
    if is_header_text(text):
        return f"姓名栏是表头文字“{text[:20]}”（重复的表头，或一人一张卡片的格式），未作为一个人导入"
    return "姓名无法识别"


def process_chunk(sheet, file_name, layout: Layout, chunk, formulas, defaults=None) -> ChunkResult:
    """`chunk`: [(row number, cells, cells before merged-cell filling or None)].
    `defaults`: {field: value} the whole file stands for (an alumni list's school), used where a
    row has no value of its own, and flagged."""
    if isinstance(chunk, CsvBlock):  # a big CSV's records, parsed here rather than in the main process
        chunk = chunk.rows()
    out = ChunkResult()
    columns = layout.columns
    dumps = json.dumps
    label = columns[layout.name_index] if layout.name_index is not None else "姓名"

    def reject(number, why, raw_json):
        out.skipped.append((sheet, number, "rejected", why, label, raw_json))
        out.rejected += 1
        if len(out.problems) < 50:
            out.problems.append(Problem(sheet, number, "rejected", why, label))

    data = []  # (row number, raw JSON, values by field, filled from merged cells)
    for number, cells, original in chunk:
        kind, reason = classify(cells, layout)
        if kind == "blank":
            out.blank += 1
            continue
        shown = original if original is not None else cells
        # zip stops at the shorter: cells beyond the header are checked in row_values
        raw = {c: v for c, v in zip(columns, shown) if v != "" and v is not None}
        if len(shown) > len(columns):  # a ragged row longer than the header: keep what it holds
            raw.update((f"列{column_letter(i)}", v) for i, v in enumerate(shown)
                       if i >= len(columns) and v != "" and v is not None)
        raw_json = encode_raw(raw)
        if kind != "data":
            out.skipped.append((sheet, number, kind, reason, None, raw_json))
            if kind == "remark":
                out.remark += 1
            else:
                out.header += 1
            continue
        values = row_values(cells, layout, formulas, number, file_name, sheet)
        if data and data[-1][0] == number - 1 and _second_line(values):
            # the person above, continued: an email written under 姓名 on the next line. Its email
            # joins that person; the line itself is kept, with its raw cells, as a remark
            previous = data[-1][2]
            previous.setdefault("email", []).extend(v for v in (values.get("email") or []))
            previous["email"].append(values["name"])
            data[-1] = data[-1][:3] + ((data[-1][3] or set()) | {"second_line_merged"},)
            out.skipped.append((sheet, number, "remark", f"第 {number - 1} 行那个人的第二行，邮箱已并入该人", None,
                                raw_json))
            out.remark += 1
            continue
        name = values.get("name")
        if isinstance(name, str) and _TEST_NAME_RE.match(name):
            reject(number, f"测试或示例数据（姓名“{name[:20]}”）", raw_json)  # a test account is no one
            continue
        extra = {"merged_cell_filled"} if original is not None else None
        if layout.roster_evidence:
            values["_roster"] = layout.roster_evidence
        for f, v in (defaults or {}).items():
            if f not in values:
                values[f] = [v] if f in MULTI_FIELDS else v
                extra = (extra or set()) | {f"{f}_from_source"}
        data.append((number, raw_json, values, extra))
    if not data:
        return out
    normalised = normalise_columns([d[2] for d in data])
    normalised["sheet"] = [sheet] * len(data)
    normalised["row_number"] = [d[0] for d in data]
    normalised["raw_json"] = [d[1] for d in data]
    for i, (number, _, values, extra) in enumerate(data):
        if extra:
            normalised["flags"][i] = dumps(sorted(set(json.loads(normalised["flags"][i] or "[]")) | extra))
    keys = zip(normalised["name"], normalised["id_number"], normalised["phone"], normalised["email"],
               normalised["birth_date"])
    # columns empty in the whole chunk stay out of the records: binding NULLs costs time, and the
    # source_records columns default to NULL anyway
    out.columns = tuple(c for c in ROW_COLUMNS if normalised[c].count(None) != len(data))
    for i, (row, key) in enumerate(zip(zip(*(normalised[c] for c in out.columns)), keys)):
        number, raw_json, values, _ = data[i]
        if key[0] is None:
            reject(number, _why_no_name(values), raw_json)
            continue
        if key[1] or key[2] or key[3] or key[4]:
            # rows that say the same about the same person count as duplicates within the file;
            # two 张伟 with nothing else are not known to be one person
            out.fingerprints.append((sheet, number, hash(key)))
        out.records.append(row)
        out.content += row_digest(raw_json)
        strength = normalised["origin_strength"][i]
        out.origin[strength] = out.origin.get(strength, 0) + 1
    out.stored = out.content_rows = len(out.records)
    return out


def row_values(cells, layout, formulas, number, file_name, sheet):
    """Cell values by field. A formula without a value or a giant cell fails the whole file."""
    n = len(cells)
    try:
        too_long = max(map(len, cells), default=0) > MAX_CELL_CHARS  # all text: CSV rows
    except TypeError:  # numbers, dates, None from workbooks
        too_long = any(type(v) is str and len(v) > MAX_CELL_CHARS for v in cells)
    if formulas or too_long:
        _check_cells(cells, layout, formulas, number, file_name, sheet)
    values: dict = {}
    for i, f in layout.fields.items():
        if i >= n:
            continue
        v = cells[i]
        if v == "" or v is None:
            continue
        if type(v) is str and (v[0] == "=" or v[0].isspace() or v[-1].isspace()):
            if v.isspace():
                continue
            if v[:2] == '="' and v[-1:] == '"':
                v = v[2:-1]  # ="013800001234": the CSV trick that keeps Excel from eating leading zeros
        if f in MULTI_FIELDS:
            values.setdefault(f, []).append(v)
        elif f in values and f in PLACE_PART_FIELDS:
            values[f] = f"{values[f]}{v}"  # 四川省 + 攀枝花市 + 米易县
        else:
            values[f] = v
    return values


def _check_cells(cells, layout, formulas, number, file_name, sheet):
    """The rare slow path: name the cell that makes the file unreadable."""
    for i, v in enumerate(cells):
        where = layout.columns[i] if i < len(layout.columns) else f"列{i + 1}"
        if formulas and formulas.get((number, i)) is False and i in layout.fields:
            raise ImportFailed(file_name, "单元格是公式但没有计算结果（文件可能由程序生成、未在 Excel 中保存过）；"
                                          "请在 Excel/WPS 中打开并保存后再导入，或把公式改为数值",
                               sheet=sheet, row=number, field=where)
        if type(v) is str and len(v) > MAX_CELL_CHARS:
            raise ImportFailed(file_name, f"单元格过长（{len(v):,} 个字符，超过 Excel 单元格上限 "
                                          f"{MAX_CELL_CHARS:,}）；CSV 文件常因引号不配对而把后面的许多行并入一格，"
                                          "请检查该行的引号", sheet=sheet, row=number, field=where)
