"""Import roster files into the registry: one file, one transaction, every row accounted for.

    from pzh_talent.registry.db import connect
    from pzh_talent.ingest.load import load_file
    summary = load_file(connect("registry.db"), "校友名单.xlsx")

Each input row ends up in exactly one place: `source_records` (a person's row), `skipped_rows`
(rejected, remark, title, header: with the reason), the blank-row count, or a sheet reported as
skipped because it names no person (e.g. 填表说明).
"""
import gc
import hashlib
import json
import re
import sys
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

from tqdm import tqdm

from pzh_talent.registry.db import audit, transaction
from pzh_talent.registry.erasure import ERASED_REASON, erased_fingerprints, fingerprints
from pzh_talent.registry.schema import now

from .context import fact_evidence, roster_context
from .errors import ImportFailed
from .fields import FIELDS, PERSON_NAME_FIELDS, header_key
from .read import SplitMismatch, Table, open_file
from .schools import SCHOOLS
from .rows import ChunkResult, Problem, encode_raw, may_be_second_line, row_digest
from .parallel import CHUNK_ROWS, Chunks, processes_for
from .profile import SAMPLE_ROWS
from .table import (MULTI_FIELDS, Layout, build_layout, cell_text, find_header, is_empty, layout_from_columns,
                    layout_without_header, type_by_content)

_INSERT_SKIPPED = ("INSERT INTO skipped_rows (source_id, sheet, row_number, kind, reason, field, raw_json) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)")
__all__ = ["ImportSummary", "Problem", "load_file", "parse_column_map", "parse_defaults", "file_sha256"]


@dataclass
class ImportSummary:
    file_name: str
    source_id: int | None = None
    format: str | None = None
    encoding: str | None = None
    already_imported: bool = False
    already_imported_as: str | None = None
    same_content: bool = False  # already imported as another file with the same rows (re-saved, re-encoded)
    rows_read: int = 0
    rows_stored: int = 0
    rows_rejected: int = 0
    rows_blank: int = 0
    rows_remark: int = 0
    rows_header: int = 0      # title rows, the header, repeated headers
    rows_skipped: int = 0     # rows of sheets without a name column (e.g. 填表说明)
    rows_duplicate: int = 0
    origin: dict = field(default_factory=dict)  # Panzhihua-origin strength -> stored rows
    sheets: list = field(default_factory=list)
    problems: list = field(default_factory=list)  # the first few rejected rows, for the report
    seconds: float = 0.0

    def accounted(self) -> bool:
        return self.rows_read == (self.rows_stored + self.rows_rejected + self.rows_blank
                                  + self.rows_remark + self.rows_header + self.rows_skipped)


def parse_column_map(pairs) -> dict[str, str]:
    """['学生名=name', '学生名=姓名', '备用电话=phone', '内部编号='] -> {header key: field ('' = ignore)}.
    A field is named as in FIELDS (name) or by its Chinese label (姓名), the word officers see."""
    by_label = {label.casefold(): f for f, (label, _) in FIELDS.items()}
    out = {}
    for pair in pairs or ():
        if "=" not in pair:
            raise ImportFailed("--map", f"“{pair}”应写成 原列名=字段，例如 学生名=姓名 或 学生名=name")
        header, _, target = pair.partition("=")
        target = target.strip()
        if target and target not in FIELDS:
            if target.casefold() not in by_label:
                known = "、".join(f"{label}（{f}）" for f, (label, _) in FIELDS.items())
                raise ImportFailed("--map", f"未知字段“{target}”；可用字段：{known}")
            target = by_label[target.casefold()]
        out[header_key(header)] = target
    return out


def parse_defaults(pairs) -> dict[str, str]:
    """['school=攀枝花三中'] -> {'school': '攀枝花三中'}: what a whole file stands for."""
    out = {}
    for pair in pairs or ():
        field_name, sep, value = pair.partition("=")
        field_name, value = field_name.strip(), value.strip()
        if not sep or not value:
            raise ImportFailed("--set", f"“{pair}”应写成 字段=值，例如 school=攀枝花三中")
        if field_name not in FIELDS:
            raise ImportFailed("--set", f"未知字段“{field_name}”；可用字段：{', '.join(FIELDS)}")
        out[field_name] = value
    return out


def file_sha256(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class _Collected:
    """What the main process keeps while chunks are processed: the open registry and small things."""
    conn: object
    source_id: int
    skipped: list = field(default_factory=list)        # (sheet, row, kind, reason, field, raw_json)
    fingerprints: dict = field(default_factory=dict)   # (sheet, fingerprint) -> first row number
    duplicates: list = field(default_factory=list)     # (first row number, sheet, row number)
    erased: set = field(default_factory=set)           # fingerprints of persons erased on request
    content: int = 0                                   # sum of the person rows' digests (rows.row_digest)
    content_rows: int = 0


class _SameContent(Exception):
    """The file's person rows are those of a source already imported: undo this import."""

    def __init__(self, source_id, file_name):
        self.source_id, self.file_name = source_id, file_name


def load_file(conn, path, column_map: dict | None = None, actor: str | None = None,
              progress: bool = False, defaults: dict | None = None, consent=(), unset=()) -> ImportSummary:
    """Import one file. Raises ImportFailed (database unchanged) for input we cannot take.

    `column_map`: {header key: field} overrides (see parse_column_map); `defaults`: {field: value}
    that every row of the file stands for where it has no value of its own (parse_defaults);
    `consent`: purposes the roster's form asked consent for (every row's person gave it)."""
    with _without_cyclic_gc():
        try:
            return _load(conn, path, column_map, actor, progress, defaults, csv_blocks=True, consent=consent,
                         unset=unset)
        except SplitMismatch:
            # a stray quote fooled the fast splitter; the import was rolled back: read it the sure way
            return _load(conn, path, column_map, actor, progress, defaults, csv_blocks=False, consent=consent,
                         unset=unset)


@contextmanager
def _without_cyclic_gc():
    """An import allocates millions of short-lived tuples but makes no reference cycles; the cyclic
    collector would keep rescanning the large normalisation caches (measured: ~15% of a million-row
    import). Worker processes forked inside inherit the setting."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(conn, path, column_map, actor, progress, defaults, csv_blocks, consent=(), unset=()) -> ImportSummary:
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
    show = progress and sys.stderr.isatty()  # a bar only where a person watches a terminal
    joined = conn.in_transaction
    try:
        _import(conn, path, opened, sha, summary, column_map, actor, show, defaults, csv_blocks, consent, unset)
    except _SameContent as same:
        if joined:  # the caller's transaction goes on: take back what this import wrote into it
            conn.execute("DELETE FROM source_records WHERE source_id = ?", (summary.source_id,))
            conn.execute("DELETE FROM sources WHERE id = ?", (summary.source_id,))
        summary = ImportSummary(path.name, source_id=same.source_id, format=opened.format,
                                encoding=opened.encoding, already_imported=True,
                                already_imported_as=same.file_name, same_content=True)
    summary.seconds = round(time.monotonic() - started, 2)
    return summary


def _import(conn, path, opened, sha, summary, column_map, actor, show, defaults, csv_blocks, consent, unset=()):
    """The import's one transaction. Raises _SameContent (rolled back) for a roster already imported
    under other bytes: its rows are known only once they are read, and reading is the import."""
    with transaction(conn):
        summary.source_id = conn.execute(
            "INSERT INTO sources (file_name, path, sha256, format, encoding, size_bytes, imported_at, imported_by, "
            "column_map, consent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (path.name, str(path.resolve()), sha, opened.format, opened.encoding, path.stat().st_size, now(),
             actor, json.dumps({"map": column_map, "set": defaults or {}, **({"unset": sorted(unset)} if unset else {})},
                               ensure_ascii=False)
             if column_map or defaults or unset else None, json.dumps(sorted(consent)) if consent else None)).lastrowid
        kept = _Collected(conn, summary.source_id, erased=erased_fingerprints(conn))
        with Chunks(processes_for(path)) as runner, \
                tqdm(desc=path.name, unit="行", disable=not show, leave=False, mininterval=0.5) as bar:
            previous = previous_sheet = None
            for table in opened.tables:
                if not csv_blocks:
                    table.blocks = None
                layout = _read_table(table, summary, column_map, path.name, bar, runner, kept, defaults,
                                     previous, previous_sheet, unset)
                if layout is not None and table.sheet is not None:
                    previous, previous_sheet = layout, table.sheet
        if not any(s.get("mapping") for s in summary.sheets):
            if all(s.get("skipped") == "空表" for s in summary.sheets):
                raise ImportFailed(path.name, "文件是空的（没有任何数据）")
            raise _no_name_column(path.name, summary)
        order = {"strong": 0, "medium": 1, "weak": 2, None: 3}  # strongest evidence first
        summary.origin = dict(sorted(summary.origin.items(), key=lambda kv: order.get(kv[0], 4)))
        content = content_fingerprint(kept.content, kept.content_rows)
        same = same_content_source(conn, content, kept.content_rows, summary.source_id)
        if same:
            raise _SameContent(*same)
        _finish(conn, path, sha, actor, summary, kept, content)


def content_fingerprint(total: int, rows: int) -> str | None:
    """'rows:digest' of a file's person rows (their raw cells by header, as stored in raw_json), in
    any order: what a re-saved, re-encoded or re-sorted copy of a roster keeps. None: no person rows."""
    return f"{rows}:{total % (1 << 128):032x}" if rows else None


def _stored_fingerprint(conn, source_id) -> str | None:
    """The content fingerprint of a source imported before fingerprints were kept, from its records
    (records blanked by an erasure no longer match: such a source is imported again, as before)."""
    total = rows = 0
    for (raw_json,) in conn.execute("SELECT raw_json FROM source_records WHERE source_id = ?", (source_id,)):
        total += row_digest(raw_json)
        rows += 1
    return content_fingerprint(total, rows)


_CONTENT = "CASE WHEN json_valid(column_map) THEN json_extract(column_map, '$.content') END"


def same_content_source(conn, content: str | None, rows: int, source_id: int):
    """(id, file name) of an imported source with the same person rows as `content`, or None.
    The fingerprint lives in sources.column_map (JSON, key "content"); older sources have none and
    are fingerprinted from their records when their row count could match."""
    if content is None:
        return None
    found = conn.execute(f"SELECT id, file_name FROM sources WHERE id != ? AND {_CONTENT} = ?",
                         (source_id, content)).fetchone()
    if found:
        return found[0], found[1]
    for old_id, name in conn.execute(
            f"SELECT id, file_name FROM sources WHERE id != ? AND rows_stored = ? AND {_CONTENT} IS NULL",
            (source_id, rows)).fetchall():
        if _stored_fingerprint(conn, old_id) == content:
            return old_id, name
    return None


def _finish(conn, path, sha, actor, summary, kept, content):
    """Inside the import's transaction, once every row is stored: the rest of what it learned."""
    source_id = summary.source_id
    conn.executemany(_INSERT_SKIPPED, ((source_id,) + s for s in kept.skipped))
    conn.executemany(
        "UPDATE source_records SET duplicate_of_row = ? "
        "WHERE source_id = ? AND ifnull(sheet, '') = ifnull(?, '') AND row_number = ?",
        ((first, source_id, sheet, number) for first, sheet, number in kept.duplicates))
    conn.execute(
        "UPDATE sources SET rows_read=?, rows_stored=?, rows_rejected=?, rows_blank=?, rows_remark=?, "
        "rows_header=?, rows_skipped=?, rows_duplicate=?, sheets=? WHERE id=?",
        (summary.rows_read, summary.rows_stored, summary.rows_rejected, summary.rows_blank, summary.rows_remark,
         summary.rows_header, summary.rows_skipped, summary.rows_duplicate,
         json.dumps(summary.sheets, ensure_ascii=False), source_id))
    if content:  # kept beside the --map/--set overrides until sources has a column of its own
        conn.execute("UPDATE sources SET column_map = json_set(ifnull(column_map, '{}'), '$.content', ?) "
                     "WHERE id = ?", (content, source_id))
    audit(conn, "import", f"sources/{source_id}",
          {"file_name": path.name, "sha256": sha, "content": content, "rows_stored": summary.rows_stored,
           "rows_rejected": summary.rows_rejected}, actor)


def _collect(result: ChunkResult, summary: ImportSummary, kept: _Collected):
    """Fold a finished chunk into the summary, in file order."""
    for sheet, number, fp in result.fingerprints:
        first = kept.fingerprints.setdefault((sheet, fp), number)
        if first != number:  # the same said about the same person earlier in this sheet
            kept.duplicates.append((first, sheet, number))
    summary.rows_duplicate = len(kept.duplicates)
    kept.content += result.content  # before erased persons' rows are dropped: the file's rows, all of them
    kept.content_rows += result.content_rows
    for strength, n in result.origin.items():
        summary.origin[strength] = summary.origin.get(strength, 0) + n
    kept.skipped.extend(result.skipped)
    if kept.erased and result.records:
        _drop_erased(result, summary, kept)
    if result.records:  # in file order: chunks come back in the order they were sent
        cols = ("source_id",) + result.columns
        kept.conn.executemany(
            f"INSERT INTO source_records ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            ((kept.source_id,) + r for r in result.records))
    summary.rows_stored += result.stored
    summary.rows_blank += result.blank
    summary.rows_remark += result.remark
    summary.rows_header += result.header
    summary.rows_rejected += result.rejected
    summary.problems.extend(result.problems[: max(0, 50 - len(summary.problems))])


def _drop_erased(result: ChunkResult, summary: ImportSummary, kept: _Collected):
    """Rows of a person erased on request are reported, not stored, and keep none of their values."""
    keep = []
    for r in result.records:
        record = dict(zip(result.columns, r))
        if fingerprints(record) & kept.erased:
            kept.skipped.append((record.get("sheet"), record.get("row_number"), "rejected", ERASED_REASON, None, None))
            result.stored -= 1
            summary.rows_rejected += 1
            if len(summary.problems) < 50:
                summary.problems.append(Problem(record.get("sheet"), record.get("row_number"), "rejected",
                                                ERASED_REASON))
        else:
            keep.append(r)
    result.records = keep


def _no_name_column(file_name, summary) -> ImportFailed:
    seen = [s for s in summary.sheets if s.get("first_row")]
    hint = ""
    if seen:
        s = seen[0]
        hint = f"（{'工作表“' + s['sheet'] + '”' if s['sheet'] else ''}第一行为：{'、'.join(s['first_row'][:12])}）"
    first_rows = " ".join(" ".join(s["first_row"]) for s in seen)
    if re.search(r"岗位|职位|需求人数|招聘人数|计划人数|拟引进", first_rows):
        return ImportFailed(file_name, f"找不到姓名列{hint}。这像是企业人才需求表，请用 "
                                       "pzh-talent demand import 导入")
    return ImportFailed(file_name, f"找不到姓名列{hint}。表头应含“姓名/名字/Name”之类的列；"
                                   "列名不同时可用 --map 原列名=name 指定")


def _read_table(table: Table, summary: ImportSummary, column_map, file_name, bar, runner: Chunks,
                kept: _Collected, defaults=None, previous: Layout | None = None, previous_sheet=None, unset=()):
    """Find the table's header, then send its rows on chunk by chunk. Returns the layout
    used (None for a skipped sheet), so that a following 续表 without a header can reuse it."""
    sheet = table.sheet
    info = {"sheet": sheet}
    rows = iter(table.rows)

    def reject(number, kind, reason, raw=None):
        kept.skipped.append((sheet, number, kind, reason, None,
                             encode_raw(raw) if raw else None))
        if kind == "rejected":
            summary.rows_rejected += 1
            if len(summary.problems) < 50:
                summary.problems.append(Problem(sheet, number, kind, reason))
        else:
            summary.rows_header += 1

    head = []
    for item in rows:  # a sample: the header is among its first rows, and its values type the columns
        head.append(item)
        if len(head) >= SAMPLE_ROWS:
            break
    data_start = 0
    if table.keyed:
        layout = _keyed_layout(head, column_map)
        data_rows = _chain(head, rows)
    else:
        header_index = find_header(head, column_map)
        continues = header_index is None and previous is not None and _continues(head, previous)
        # no header names a person (字段1…字段N, codes nobody listed) or there is no header row at all
        found = layout_without_header(head, column_map) if header_index is None and not continues else None
        if header_index is not None:
            layout = build_layout(head, header_index, column_map, file_name, sheet)
            type_by_content(layout, [cells for _, cells in head[header_index + 1:]], column_map)
            data_start = header_index + 1
        elif continues:
            # a 续表: the sheet goes on from the previous one without repeating its header
            # (header_row 0: every row of the sheet is below the header)
            layout = Layout(0, previous.columns, previous.fields, previous.unmapped,
                            [f"本表没有表头，沿用工作表“{previous_sheet}”的表头（姓名列的内容像人名）"],
                            dict(previous.how))
        elif found is not None:
            layout, data_start = found
        else:
            nonblank = [r for r in head if any(not is_empty(c) for c in r[1])]
            info["skipped"] = "没有可识别的姓名列，整张表未导入" if nonblank else "空表"
            info["first_row"] = [cell_text(c) for c in nonblank[0][1] if not is_empty(c)] if nonblank else []
            n_rows = len(head) + sum(1 for _ in rows)
            summary.rows_read += n_rows
            summary.rows_skipped += n_rows  # reported as a skipped sheet, not as people
            info["rows_skipped"] = n_rows
            summary.sheets.append(info)
            return None
        data_rows = _chain(head[data_start:], rows)

    titles = _rows_above_data(head[:data_start], layout.header_row, summary, reject)
    # --unset school|origin|county|network: the officer knows better than the title
    facts = [f for f in roster_context(file_name, [sheet], titles) if f.kind not in unset]
    layout.roster_evidence = tuple(e for e in map(fact_evidence, facts) if e is not None)
    if layout.roster_evidence:
        info["context"] = [e.reason for e in layout.roster_evidence]
    # a university's alumni or graduate list: that university is the school of every row that names
    # none (its 学院 column is the faculty). Not a secondary school's list: its alumni went on to
    # universities, and a row's school is the one it graduated from last.
    university = next((f.value for f in facts if f.kind == "school" and f.value in SCHOOLS), None)
    if university and "school" not in (defaults or {}) and "school" not in layout.fields.values():
        defaults = {**(defaults or {}), "school": university}
        info.setdefault("context", []).append(f"名单所说的学校“{university}”记作每人的毕业院校")
    fills = merged_fills(table, layout.header_row)
    stored_before = summary.rows_stored

    def items():
        """Rows on their way to a chunk; JSON oddities and merged cells are settled here."""
        if not table.keyed and not fills:  # the plain case, kept lean: it runs once per row
            for number, cells in data_rows:
                summary.rows_read += 1
                if not summary.rows_read % 1000:
                    bar.update(1000)
                yield number, cells, None
            return
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
                filled = apply_fills(fills, number, cells)
                if filled != cells:
                    original, cells = cells, filled
            yield number, cells, original

    if table.blocks is not None and not fills and runner.pool is not None:
        # a big CSV: hand the rows after the header's 30 to the workers as text
        head_rows = [(n, c, None) for n, c in head[data_start:]]
        summary.rows_read += len(head_rows)
        belongs_above = partial(may_be_second_line, layout=layout)
        chunks = _chain([head_rows] if head_rows else [],
                        _counted(table.blocks(len(head), CHUNK_ROWS, belongs_above), summary, bar))
    else:
        chunks = _batched(items(), CHUNK_ROWS, partial(may_be_second_line, layout=layout))
    for chunk in chunks:
        formulas = None
        if table.formulas:  # rare: only workbooks with formulas (never CSV blocks)
            first, last = chunk[0][0], chunk[-1][0]
            formulas = {k: v for k, v in table.formulas.items() if first <= k[0] <= last}
        for result in runner.submit(sheet, file_name, layout, chunk, formulas, defaults):
            _collect(result, summary, kept)
    for result in runner.drain():
        _collect(result, summary, kept)
    names_people = not PERSON_NAME_FIELDS.isdisjoint(layout.fields.values())
    if table.keyed and not names_people:
        info["first_row"] = layout.columns
    info.update(layout.describe())
    if table.keyed and not names_people:
        info["mapping"] = {}
    info["rows_stored"] = summary.rows_stored - stored_before
    summary.sheets.append(info)
    return layout


def _rows_above_data(rows, header_row, summary, reject) -> list[str]:
    """Title rows, blank rows and the header above a table's data: counted, and kept with their
    reason. Returns the titles' texts, which may say what the roster is (ingest/context.py)."""
    titles = []
    for number, cells in rows:
        summary.rows_read += 1
        if all(is_empty(c) for c in cells):
            summary.rows_blank += 1
        elif number == header_row:
            reject(number, "header", "表头行", raw={"columns": [cell_text(c) for c in cells]})
        else:
            titles.append(" ".join(cell_text(c).strip() for c in cells if not is_empty(c)))
            reject(number, "title", "表头上方的标题行", raw={"text": titles[-1]})
    return titles


_PLAIN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·•.][\u4e00-\u9fff]{1,8}")


def _continues(head, previous: Layout) -> bool:
    """Does a sheet without a header go on from `previous`? Only when its rows fit the previous
    columns and most of them hold a person's name where the previous sheet had its name column."""
    i = previous.name_index
    rows = [cells for _, cells in head if any(not is_empty(c) for c in cells)]
    if i is None or len(rows) < 3:
        return False
    width = len(previous.columns)
    named = sum(1 for cells in rows if i < len(cells) and type(cells[i]) is str
                and _PLAIN_NAME.fullmatch(cells[i].strip().replace(" ", "")))
    fits = sum(1 for cells in rows if sum(not is_empty(c) for c in cells[width:]) == 0)
    return named >= 0.6 * len(rows) and fits == len(rows)


def _counted(blocks, summary, bar):
    for block in blocks:
        summary.rows_read += len(block.texts)
        bar.update(len(block.texts))
        yield block


def _batched(items, size, belongs_above=None):
    """Items `size` at a time; an item that may belong to the one above it (a person's second line)
    stays in that one's chunk, up to twice `size`."""
    chunk = []
    for item in items:
        if len(chunk) >= size and not (belongs_above and len(chunk) < 2 * size and belongs_above(item[1])):
            yield chunk
            chunk = []
        chunk.append(item)
    if chunk:
        yield chunk


def _chain(first, rest):
    yield from first
    yield from rest


def _flatten(obj: dict, prefix="") -> dict:
    """{"基本信息": {"姓名": …}} -> {"基本信息.姓名": …}: other systems nest their exports."""
    out = {}
    for key, value in obj.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _keyed_layout(head, column_map) -> Layout:
    """The columns of JSON records: the keys of the sampled objects in the order first seen, mapped
    by name, then by what their values hold."""
    objects = [_flatten(o) if any(isinstance(v, dict) for v in o.values()) else o
               for _, o in head if isinstance(o, dict)]
    columns = list(dict.fromkeys(str(k) for o in objects for k in o))
    layout = layout_from_columns(columns, column_map)
    data = [[_cell_value(o.get(c)) for c in columns] for o in objects]
    return type_by_content(layout, data, column_map)


def _cell_value(value):
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _keyed_cells(obj: dict, layout: Layout, column_map) -> list:
    """A JSON object as a row of cells in the order of the columns seen so far."""
    if any(isinstance(v, dict) for v in obj.values()):
        obj = _flatten(obj)
    index = {c: i for i, c in enumerate(layout.columns)}
    for key in obj:
        if key not in index:
            # a key first seen after the sample: mapped by its name; the sample's columns keep theirs
            layout.columns.append(str(key))
            index[key] = len(layout.columns) - 1
            f = layout_from_columns([str(key)], column_map).fields.get(0)
            if f and (f not in layout.fields.values() or f in MULTI_FIELDS):
                layout.fields[index[key]] = f
                layout.how[index[key]] = "表头"
            else:
                layout.unmapped.append(str(key))
    cells = [None] * len(layout.columns)
    for key, value in obj.items():
        cells[index[key]] = _cell_value(value)
    return cells


def merged_fills(table: Table, header_row) -> dict:
    """Merged cells below the header: the value of the top-left cell belongs to the whole range
    (offices merge 工作单位 down over colleagues). Keyed by the range's first row number."""
    out: dict[int, list] = {}
    if not table.merged or header_row is None:
        return out
    for (r0, c0), (r1, c1) in table.merged:
        # only vertical merges in one column carry a value down to colleagues' rows; a row merged
        # across columns is a remark or section line, and must stay a single cell
        if r0 + 1 > header_row and r1 > r0 and c1 == c0:
            out.setdefault(r0 + 1, []).append((c0, r1 + 1, c1))
    out["active"] = []
    return out


def apply_fills(fills: dict, number: int, cells: list) -> list:
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


def summary_dict(summary: ImportSummary) -> dict:
    return asdict(summary)
