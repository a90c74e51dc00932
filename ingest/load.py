"""Import roster files into the registry: one file, one transaction, every row accounted for.

    from registry.db import connect
    from ingest.load import load_file
    summary = load_file(connect("registry.db"), "校友名单.xlsx")

Each input row ends up in exactly one place: `source_records` (a person's row), `skipped_rows`
(rejected, remark, title, header: with the reason), the blank-row count, or a sheet reported as
skipped because it names no person (e.g. 填表说明).
"""
import hashlib
import json
import multiprocessing
import os
import sys
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from registry.schema import NORMALISED_COLUMNS, now

from .errors import ImportFailed
from .fields import FIELDS, header_key
from .normalise import normalise_columns
from .read import MAX_CELL_CHARS, Table, open_file
from .table import (MULTI_FIELDS, Layout, build_layout, cell_text, classify, find_header, is_empty,
                    layout_from_columns)

CHUNK_ROWS = 5000            # rows per unit of work (and per executemany)
MAX_PENDING_CHUNKS = 4       # chunks in flight to worker processes: bounds memory
PARALLEL_MIN_BYTES = 4 << 20  # files smaller than this are done in this process
RECORD_COLUMNS = ["source_id", "sheet", "row_number", "raw_json"] + [c for c, _ in NORMALISED_COLUMNS]
_INSERT_RECORD = (f"INSERT INTO source_records ({', '.join(RECORD_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(RECORD_COLUMNS))})")
_INSERT_SKIPPED = ("INSERT INTO skipped_rows (source_id, sheet, row_number, kind, reason, field, raw_json) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)")


@dataclass
class Problem:
    sheet: str | None
    row: int
    kind: str
    reason: str
    field: str | None = None


@dataclass
class ImportSummary:
    file_name: str
    source_id: int | None = None
    format: str | None = None
    encoding: str | None = None
    already_imported: bool = False
    already_imported_as: str | None = None
    rows_read: int = 0
    rows_stored: int = 0
    rows_rejected: int = 0
    rows_blank: int = 0
    rows_remark: int = 0
    rows_header: int = 0      # title rows, the header, repeated headers
    rows_skipped: int = 0     # rows of sheets without a name column (e.g. 填表说明)
    rows_duplicate: int = 0
    sheets: list = field(default_factory=list)
    problems: list = field(default_factory=list)  # the first few rejected rows, for the report
    seconds: float = 0.0

    def accounted(self) -> bool:
        return self.rows_read == (self.rows_stored + self.rows_rejected + self.rows_blank
                                  + self.rows_remark + self.rows_header + self.rows_skipped)


def parse_column_map(pairs) -> dict[str, str]:
    """['学生名=name', '备用电话=phone', '内部编号='] -> {header key: field ('' = ignore)}."""
    out = {}
    for pair in pairs or ():
        if "=" not in pair:
            raise ImportFailed("--map", f"“{pair}”应写成 原列名=字段名，例如 学生名=name")
        header, _, target = pair.partition("=")
        target = target.strip()
        if target and target not in FIELDS:
            raise ImportFailed("--map", f"未知字段“{target}”；可用字段：{', '.join(FIELDS)}")
        out[header_key(header)] = target
    return out


def file_sha256(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def load_file(conn, path, column_map: dict | None = None, actor: str | None = None,
              progress: bool = False) -> ImportSummary:
    """Import one file. Raises ImportFailed (database unchanged) for input we cannot take."""
    started = time.monotonic()
    path = Path(path)
    summary = ImportSummary(path.name)
    column_map = column_map or {}
    opened = open_file(path)  # missing / empty / unknown format fail here, before any write
    sha = file_sha256(path)
    existing = conn.execute("SELECT id, file_name FROM sources WHERE sha256 = ?", (sha,)).fetchone()
    if existing:
        summary.already_imported = True
        summary.source_id, summary.already_imported_as = existing[0], existing[1]
        return summary
    summary.format, summary.encoding = opened.format, opened.encoding
    conn.execute("BEGIN IMMEDIATE")
    try:
        cur = conn.execute(
            "INSERT INTO sources (file_name, path, sha256, format, encoding, size_bytes, imported_at, "
            "imported_by, column_map) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (path.name, str(path.resolve()), sha, opened.format, opened.encoding, path.stat().st_size,
             now(), actor, json.dumps(column_map, ensure_ascii=False) if column_map else None))
        summary.source_id = cur.lastrowid
        show = progress and sys.stderr.isatty()  # a bar only where a person watches a terminal
        runner = _runner_for(path, opened)
        try:
            with tqdm(desc=path.name, unit="行", disable=not show, leave=False, mininterval=0.5) as bar:
                for table in opened.tables:
                    _load_table(conn, table, summary, column_map, path.name, bar, runner)
        finally:
            if isinstance(runner, _Workers):
                runner.close()
        if not any(s.get("mapping") for s in summary.sheets):
            raise _no_name_column(path.name, summary)
        conn.execute(
            "UPDATE sources SET rows_read=?, rows_stored=?, rows_rejected=?, rows_blank=?, rows_remark=?, "
            "rows_header=?, rows_skipped=?, rows_duplicate=?, sheets=? WHERE id=?",
            (summary.rows_read, summary.rows_stored, summary.rows_rejected, summary.rows_blank,
             summary.rows_remark, summary.rows_header, summary.rows_skipped, summary.rows_duplicate,
             json.dumps(summary.sheets, ensure_ascii=False), summary.source_id))
        conn.execute(
            "INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, 'import', ?, ?)",
            (now(), actor, f"sources/{summary.source_id}", json.dumps(
                {"file_name": path.name, "sha256": sha, "rows_stored": summary.rows_stored,
                 "rows_rejected": summary.rows_rejected}, ensure_ascii=False)))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    summary.seconds = round(time.monotonic() - started, 2)
    return summary


def _no_name_column(file_name, summary) -> ImportFailed:
    seen = [s for s in summary.sheets if s.get("first_row")]
    hint = ""
    if seen:
        s = seen[0]
        hint = f"（{'工作表“' + s['sheet'] + '”' if s['sheet'] else ''}第一行为：{'、'.join(s['first_row'][:12])}）"
    return ImportFailed(file_name, f"找不到姓名列{hint}。表头应含“姓名/名字/Name”之类的列；"
                                   "列名不同时可用 --map 原列名=name 指定")


def _load_table(conn, table: Table, summary: ImportSummary, column_map, file_name, bar, runner):
    sheet = table.sheet
    info = {"sheet": sheet}
    rows = iter(table.rows)
    rejected = []
    fingerprints: dict[int, int] = {}

    def flush():
        if rejected:
            conn.executemany(_INSERT_SKIPPED, rejected)
            rejected.clear()

    def reject(number, kind, reason, fld=None, raw=None):
        rejected.append((summary.source_id, sheet, number, kind, reason, fld,
                         json.dumps(raw, ensure_ascii=False, default=cell_text) if raw else None))
        if kind == "rejected":
            summary.rows_rejected += 1
            if len(summary.problems) < 50:
                summary.problems.append(Problem(sheet, number, kind, reason, fld))
        elif kind in ("title", "repeated_header", "header"):
            summary.rows_header += 1
        else:
            summary.rows_remark += 1

    if table.keyed:
        layout = Layout(None, [], {})
        data_rows = rows
    else:
        head = []
        for item in rows:
            head.append(item)
            if len(head) >= 30:
                break
        header_index = find_header(head, column_map)
        if header_index is None:
            nonblank = [r for r in head if any(not is_empty(c) for c in r[1])]
            info["skipped"] = "没有可识别的姓名列，整张表未导入" if nonblank else "空表"
            info["first_row"] = [cell_text(c) for c in nonblank[0][1] if not is_empty(c)] if nonblank else []
            n_rest = sum(1 for _ in rows)
            summary.rows_read += len(head) + n_rest
            summary.rows_skipped += len(head) + n_rest  # reported as a skipped sheet, not as people
            info["rows_skipped"] = len(head) + n_rest
            summary.sheets.append(info)
            return
        layout = build_layout(head, header_index, column_map, file_name, sheet)
        for number, cells in head[:header_index]:
            summary.rows_read += 1
            if any(not is_empty(c) for c in cells):
                reject(number, "title", "表头上方的标题行", raw={"text": " ".join(
                    cell_text(c).strip() for c in cells if not is_empty(c))})
            else:
                summary.rows_blank += 1
        summary.rows_read += 1
        reject(head[header_index][0], "header", "表头行",
               raw={"columns": [cell_text(c) for c in head[header_index][1]]})
        data_rows = _chain(head[header_index + 1:], rows)

    fills = _merged_fills(table, layout.header_row)
    stored_before = summary.rows_stored

    def items():
        """Rows on their way to a chunk; JSON oddities and merged cells are settled here."""
        for number, cells in data_rows:
            summary.rows_read += 1
            if summary.rows_read % 1000 == 0:
                bar.update(1000)
            if table.keyed:
                if isinstance(cells, ImportFailed):
                    reject(number, "rejected", cells.message)
                    continue
                if cells is None:
                    summary.rows_blank += 1
                    continue
                if not isinstance(cells, dict):
                    reject(number, "rejected", "JSON 记录应是对象（键值对）", raw={"value": cells})
                    continue
                cells = _keyed_cells(cells, layout, column_map)
            original = None
            if fills:
                filled = _apply_fills(fills, number, cells)
                if filled != cells:
                    original, cells = cells, filled
            yield number, cells, original

    pending = deque()
    for chunk in _batched(items(), CHUNK_ROWS):
        formulas = None
        if table.formulas:  # rare: only workbooks with formulas
            first, last = chunk[0][0], chunk[-1][0]
            formulas = {k: v for k, v in table.formulas.items() if first <= k[0] <= last}
        pending.append(runner.submit(_process_chunk, (summary.source_id, sheet, file_name, layout, chunk,
                                                      formulas)))
        while len(pending) > MAX_PENDING_CHUNKS:
            _store_chunk(conn, pending.popleft().get(), summary, fingerprints)
    while pending:
        _store_chunk(conn, pending.popleft().get(), summary, fingerprints)
    flush()
    if table.keyed and layout.columns:
        info["columns"] = layout.columns
    info.update(layout.describe())
    if table.keyed and not any(f in ("name", "name_en") for f in layout.fields.values()):
        info["mapping"] = {}
        info["first_row"] = layout.columns
    info["rows_stored"] = summary.rows_stored - stored_before
    summary.sheets.append(info)


@dataclass
class ChunkResult:
    records: list = field(default_factory=list)        # tuples in RECORD_COLUMNS order
    fingerprints: list = field(default_factory=list)   # (index into records, fingerprint)
    skipped: list = field(default_factory=list)        # tuples for skipped_rows
    problems: list = field(default_factory=list)
    blank: int = 0
    remark: int = 0
    header: int = 0
    rejected: int = 0


def _process_chunk(source_id, sheet, file_name, layout: Layout, chunk, formulas) -> ChunkResult:
    """Classify, normalise and serialise a chunk of rows. Runs in a worker process for big files,
    so it touches no database and no shared state: everything it learns is in the result."""
    out = ChunkResult()
    columns = layout.columns
    n_columns = len(columns)
    dumps = json.dumps
    data = []  # (row number, raw JSON, values by field, filled from merged cells)
    for number, cells, original in chunk:
        kind, reason = classify(cells, layout)
        if kind == "blank":
            out.blank += 1
            continue
        shown = original if original is not None else cells
        raw = {columns[i]: v for i, v in enumerate(shown) if v is not None and v != "" and i < n_columns}
        raw_json = dumps(raw, ensure_ascii=False, default=cell_text)
        if kind != "data":
            out.skipped.append((source_id, sheet, number, kind, reason, None, raw_json))
            if kind == "remark":
                out.remark += 1
            else:
                out.header += 1
            continue
        data.append((number, raw_json, _row_values(cells, layout, formulas, number, file_name, sheet),
                     original is not None))
    if not data:
        return out
    normalised = normalise_columns([d[2] for d in data])
    normalised["source_id"] = [source_id] * len(data)
    normalised["sheet"] = [sheet] * len(data)
    normalised["row_number"] = [d[0] for d in data]
    normalised["raw_json"] = [d[1] for d in data]
    for i, (number, _, values, filled) in enumerate(data):
        if filled:
            normalised["flags"][i] = dumps(sorted(set(json.loads(normalised["flags"][i] or "[]"))
                                                  | {"merged_cell_filled"}))
    name_col = layout.name_index
    label = columns[name_col] if name_col is not None else "姓名"
    keys = zip(normalised["name"], normalised["id_number"], normalised["phone"], normalised["email"],
               normalised["birth_date"])
    for i, (row, key) in enumerate(zip(zip(*(normalised[c] for c in RECORD_COLUMNS)), keys)):
        if key[0] is None:
            number, raw_json, values, _ = data[i]
            why = "缺少姓名" if "name" not in values and "name_en" not in values else "姓名无法识别"
            out.skipped.append((source_id, sheet, number, "rejected", why, label, raw_json))
            out.rejected += 1
            if len(out.problems) < 50:
                out.problems.append(Problem(sheet, number, "rejected", why, label))
            continue
        if key[1] or key[2] or key[3] or key[4]:
            # rows that say the same about the same person count as duplicates within the file;
            # two 张伟 with nothing else are not known to be one person
            out.fingerprints.append((len(out.records), hash(key)))
        out.records.append(row)
    return out


_DUPLICATE_AT = RECORD_COLUMNS.index("duplicate_of_row")
_ROW_AT = RECORD_COLUMNS.index("row_number")


def _store_chunk(conn, result: ChunkResult, summary: ImportSummary, fingerprints: dict):
    records = result.records
    for index, fp in result.fingerprints:
        number = records[index][_ROW_AT]
        first = fingerprints.setdefault(fp, number)
        if first != number:  # the same person said the same way earlier in this file
            row = list(records[index])
            row[_DUPLICATE_AT] = first
            records[index] = tuple(row)
            summary.rows_duplicate += 1
    if records:
        conn.executemany(_INSERT_RECORD, records)
    if result.skipped:
        conn.executemany(_INSERT_SKIPPED, result.skipped)
    summary.rows_stored += len(records)
    summary.rows_blank += result.blank
    summary.rows_remark += result.remark
    summary.rows_header += result.header
    summary.rows_rejected += result.rejected
    summary.problems.extend(result.problems[: max(0, 50 - len(summary.problems))])


def _batched(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _InProcess:
    """Runs chunks here and now; the pool's stand-in for small files."""

    class _Done:
        def __init__(self, value):
            self.value = value

        def get(self):
            return self.value

    def submit(self, fn, args):
        return self._Done(fn(*args))


class _Workers:
    """Runs chunks in worker processes (fork: they inherit the warmed caches and loaded modules)."""

    def __init__(self, processes):
        self.pool = multiprocessing.get_context("fork").Pool(processes)

    def submit(self, fn, args):
        return self.pool.apply_async(fn, args)

    def close(self):
        self.pool.terminate()
        self.pool.join()


def _runner_for(path: Path, opened):
    """Worker processes pay off only for big files on a machine with more than one core."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return _InProcess()
    if path.stat().st_size < PARALLEL_MIN_BYTES:
        return _InProcess()
    return _Workers(os.cpu_count())


def _chain(first, rest):
    yield from first
    yield from rest


def _keyed_cells(obj: dict, layout: Layout, column_map) -> list:
    """A JSON object as a row of cells in the order of the columns seen so far."""
    index = {c: i for i, c in enumerate(layout.columns)}
    for key in obj:
        if key not in index:
            new = layout_from_columns(layout.columns + [str(key)], column_map)
            layout.columns, layout.fields, layout.name_index = new.columns, new.fields, new.name_index
            layout.unmapped, layout.notes = new.unmapped, new.notes
            index[key] = len(layout.columns) - 1
    cells = [None] * len(layout.columns)
    for key, value in obj.items():
        if isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        cells[index[key]] = value
    return cells


def _merged_fills(table: Table, header_row) -> dict:
    """Merged cells below the header: the value of the top-left cell belongs to the whole range
    (offices merge 工作单位 down over colleagues). Keyed by the range's first row number."""
    out: dict[int, list] = {}
    if not table.merged or header_row is None:
        return out
    for (r0, c0), (r1, c1) in table.merged:
        if r0 + 1 > header_row and (r1 > r0 or c1 > c0):
            out.setdefault(r0 + 1, []).append((c0, r1 + 1, c1))
    out["active"] = []
    return out


def _apply_fills(fills: dict, number: int, cells: list) -> list:
    active = fills["active"]
    for c0, last_row, c1 in fills.get(number, ()):
        if c0 < len(cells) and not is_empty(cells[c0]):
            active.append((cells[c0], number, last_row, c0, c1))
    if not active:
        return cells
    cells = list(cells)
    for value, first_row, last_row, c0, c1 in active:
        for c in range(c0, c1 + 1):
            if (number > first_row or c > c0) and c < len(cells) and is_empty(cells[c]):
                cells[c] = value
    fills["active"] = [a for a in active if a[2] > number]
    return cells


def _row_values(cells, layout, formulas, number, file_name, sheet):
    """Cell values by field. A formula without a value or a giant cell fails the whole file."""
    values: dict = {}
    n = len(cells)
    for i, f in layout.fields.items():
        if i >= n:
            continue
        v = cells[i]
        if formulas and formulas.get((number, i)) is False:
            raise ImportFailed(file_name, "单元格是公式但没有计算结果（文件可能由程序生成、未在 Excel 中保存过）；"
                                          "请在 Excel/WPS 中打开并保存后再导入，或把公式改为数值",
                               sheet=sheet, row=number, field=layout.columns[i])
        if v is None or v == "":
            continue
        if type(v) is str:
            if len(v) > MAX_CELL_CHARS:
                raise ImportFailed(file_name, f"单元格过长（{len(v):,} 个字符，超过 Excel 单元格上限 "
                                              f"{MAX_CELL_CHARS:,}）；CSV 文件常因引号不配对而把后面的许多行并入一格，"
                                              "请检查该行的引号", sheet=sheet, row=number, field=layout.columns[i])
            if v.isspace():
                continue
        if f in MULTI_FIELDS:
            values.setdefault(f, []).append(v)
        else:
            values[f] = v
    for i in range(len(layout.columns), n):
        v = cells[i]
        if type(v) is str and len(v) > MAX_CELL_CHARS:
            raise ImportFailed(file_name, f"单元格过长（{len(v):,} 个字符）", sheet=sheet, row=number,
                               field=f"列{i + 1}")
    return values


def summary_dict(summary: ImportSummary) -> dict:
    return asdict(summary)
