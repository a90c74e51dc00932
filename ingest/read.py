"""Open a roster file of any supported format and yield its tables as raw rows.

The format is decided from the file's content, not its name: offices rename .csv to .xls and
save HTML as .xls. Every row carries the row number a person sees in Excel.
"""
import codecs
import csv
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterator
from xml.etree import ElementTree

import python_calamine

from .errors import ImportFailed
from .fields import PERSON_NAME_FIELDS, field_for_header
from .table import cards_as_rows

# CSV cells bigger than any real roster cell are a sign of a broken quote swallowing the file.
MAX_CELL_CHARS = 32_767  # Excel's own limit
csv.field_size_limit(sys.maxsize)


@dataclass
class Table:
    sheet: str | None                 # sheet name for workbooks, None otherwise
    rows: Iterator[tuple[int, list]]  # (row number as Excel shows it, cell values)
    merged: list = field(default_factory=list)   # [((r0, c0), (r1, c1)), ...] 0-based, inclusive
    formulas: dict = field(default_factory=dict)  # (row number, col index) -> has cached value
    keyed: bool = False               # rows are dicts (JSON), not lists
    # CSV only: blocks(skip, size) -> CsvBlocks of the records after the first `skip`, so that
    # worker processes can parse a big file themselves (see csv_blocks)
    blocks: Callable | None = None


@dataclass
class Opened:
    format: str               # csv | tsv | xlsx | xls | ods | json | jsonl | html | xml2003
    encoding: str | None
    tables: Iterator[Table]


def sniff_format(path: Path, head: bytes) -> str:
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile:
            raise ImportFailed(path.name, "文件已损坏：看起来是 Excel 工作簿，但无法打开（zip 结构损坏）")
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "xl/workbook.bin" in names:
            return "xlsb"
        if "content.xml" in names:
            return "ods"
        if "word/document.xml" in names:
            raise ImportFailed(path.name, "这是 Word 文档，不是表格；请把名单另存为 Excel 或 CSV 后再导入")
        inside = sorted(n for n in names if re.search(r"\.(xlsx?|csv|ods|et|json|txt)$", n, re.IGNORECASE))
        if inside:
            listed = "、".join(n.rsplit("/", 1)[-1] for n in inside[:5]) + ("等" if len(inside) > 5 else "")
            raise ImportFailed(path.name, f"这是压缩包，内含 {len(inside)} 个表格文件（{listed}）；请解压后逐个导入")
        raise ImportFailed(path.name, "无法识别的压缩文件格式；支持 CSV、TSV、XLSX、XLS、ODS、JSON")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"  # OLE2: legacy Excel (or an encrypted workbook, reported when opened)
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")):
        raise ImportFailed(path.name, "这是图片（扫描件或截图），不是表格；请向报送单位索取 Excel 或 CSV 原表")
    if head.startswith(b"%PDF"):
        raise ImportFailed(path.name, "这是 PDF 文件，不是表格；请向报送单位索取 Excel 或 CSV 原表")
    text = head.lstrip(codecs.BOM_UTF8)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "csv"
    if b"\x00" in head[:4096]:
        raise ImportFailed(path.name, "无法识别的二进制文件；支持 CSV、TSV、XLSX、XLS、ODS、JSON")
    stripped = text.lstrip()
    low = stripped[:512].lower()
    if b"urn:schemas-microsoft-com:office:spreadsheet" in head[:8192] and b"<html" not in low:
        return "xml2003"  # Excel 2003 XML Spreadsheet (Excel's HTML names Excel.Sheet too)
    if low.startswith((b"<!doctype", b"<?xml")) or b"<table" in low or b"<html" in low:
        return "html"  # a web page with a table, saved as .xls by an office system
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"{"):
        return "jsonl"
    return "csv"


def _decodes_as(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes: a GBK byte can sit anywhere. Streams: no memory cost."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 22):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path, head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _decodes_as(path, "utf-8"):
        return "utf-8"
    try:  # Big5 bytes also decode as GB18030, into nonsense: ask a detector to tell them apart
        from charset_normalizer import from_bytes

        best = from_bytes(head[:200_000], cp_isolation=["gb18030", "big5"]).best()
        if best is not None and best.encoding == "big5":
            return "big5"
    except Exception:  # detection is a hint only
        pass
    if _decodes_as(path, "gb18030"):
        return "gb18030"
    raise ImportFailed(path.name, "无法识别文件编码（不是 UTF-8，也不是 GB18030/GBK）；"
                                  "请用 Excel 另存为“CSV UTF-8”后再导入")


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits most of the first records into the same number (> 1) of fields.
    Records are parsed, so a delimiter inside quotes ("\t13812345678" as web forms export numbers,
    a comma in an address) does not count."""
    best, best_score = ",", -1
    text = "".join(lines)
    for delim in (",", "\t", ";", "|"):
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(text), delimiter=delim) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        widths = [w for w in widths[:-1] or widths if w > 1]  # the last line may be cut short
        if not widths:
            continue
        mode = max(set(widths), key=widths.count)
        score = widths.count(mode) * 2 + min(mode, 50) / 100  # consistent first, then more fields
        if score > best_score:
            best, best_score = delim, score
    return best


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list]]:
    with open(path, encoding=encoding, newline="") as f:
        reader = csv.reader(f, delimiter=delimiter)
        number = 0
        try:
            # Excel shows one row per record, even when a quoted cell spans several lines
            for number, row in enumerate(reader, start=1):
                yield number, row
        except csv.Error as e:
            raise ImportFailed(path.name, f"CSV 格式错误：{e}", row=number + 1)


def open_csv(path: Path, head: bytes) -> Opened:
    encoding = detect_encoding(path, head)
    with open(path, encoding=encoding, newline="") as f:
        first_lines = [f.readline() for _ in range(30)]
    delimiter = sniff_delimiter(first_lines)
    fmt = "tsv" if delimiter == "\t" else "csv"
    blocks = partial(csv_blocks, path, encoding, delimiter)
    return Opened(fmt, encoding, iter([Table(None, _csv_rows(path, encoding, delimiter), blocks=blocks)]))


@dataclass
class CsvBlock:
    """Records of a CSV file as text, for a worker process to parse (see csv_blocks)."""
    first: int          # row number of the first record
    texts: list
    delimiter: str

    def rows(self):
        return [(self.first + i, cells, None) for i, cells in enumerate(csv_records(self.texts, self.delimiter))]


class SplitMismatch(Exception):
    """Splitting records by quote parity disagreed with the csv module (a stray quote): read the
    file the slow, sure way instead."""


def csv_blocks(path: Path, encoding: str, delimiter: str, skip: int, size: int,
               belongs_above=None) -> Iterator[CsvBlock]:
    """The file's records as text, `size` at a time, after the first `skip` records.

    A record ends at a line end outside quotes, so a record's text can be split off with a quote
    count instead of a full parse; csv_records() checks every block against the csv module.
    `belongs_above(cells)`: a record that may belong to the one above it (a person's second line) is
    kept in that record's block, up to twice `size`, rather than starting the next one.
    """
    with open(path, encoding=encoding, newline="") as f:
        number, block, first, pending = 0, [], 0, None
        skipped = []
        for line in f:
            pending = line if pending is None else pending + line
            if pending.count('"') % 2:
                continue  # inside a quoted cell: the record goes on
            number += 1
            if number <= skip:
                skipped.append(pending)
            else:
                if not block:
                    first = number
                    if skipped:  # the records the caller read must be the ones counted here
                        csv_records(skipped, delimiter)
                        skipped = []
                if len(block) >= size and not (belongs_above and len(block) < 2 * size
                                               and belongs_above(next(csv.reader([pending], delimiter=delimiter), []))):
                    yield CsvBlock(first, block, delimiter)
                    block = []
                    first = number
                block.append(pending)
            pending = None
        if pending is not None:  # an unterminated quote at the end
            number += 1
            if number > skip:
                if not block:
                    first = number
                block.append(pending)
        if block:
            yield CsvBlock(first, block, delimiter)


def csv_records(texts: list[str], delimiter: str) -> list[list[str]]:
    """Parse record texts from csv_blocks: one row per text, or SplitMismatch."""
    try:
        rows = list(csv.reader(texts, delimiter=delimiter))
    except csv.Error:
        raise SplitMismatch()
    if len(rows) != len(texts):
        raise SplitMismatch()
    return rows


def _xlsx_formulas(path: Path) -> dict[str, dict]:
    """sheet name -> {(row number, col index): has cached value} for cells holding formulas."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    out: dict[str, dict] = {}
    with zipfile.ZipFile(path) as z:
        try:
            wb = ElementTree.fromstring(z.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        except KeyError:
            return out
        targets = {r.get("Id"): r.get("Target") for r in rels}
        for sheet in wb.iterfind("m:sheets/m:sheet", ns):
            target = targets.get(sheet.get(f"{{{ns['r']}}}id"), "")
            member = target.lstrip("/") if target.startswith("/") else "xl/" + target
            if member not in z.namelist():
                continue
            with z.open(member) as f:
                # cheap check first: most rosters have no formulas at all
                if not any(b"<f" in chunk for chunk in iter(lambda: f.read(1 << 20), b"")):
                    continue
            cells = {}
            with z.open(member) as f:
                for _, el in ElementTree.iterparse(f):
                    if el.tag == f"{{{ns['m']}}}c":
                        if el.find("m:f", ns) is not None:
                            ref = el.get("r", "")
                            m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
                            if m:
                                col = 0
                                for ch in m[1]:
                                    col = col * 26 + ord(ch) - 64
                                v = el.find("m:v", ns)
                                cells[(int(m[2]), col - 1)] = v is not None and (v.text or "") != ""
                        el.clear()
            out[sheet.get("name")] = cells
    return out


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _ods_merges(path: Path) -> dict[str, list]:
    """sheet name -> merged ranges ((r0, c0), (r1, c1)), 0-based inclusive, from an .ods's content.xml
    (calamine reports none for OpenDocument)."""
    out: dict[str, list] = {}
    t = _ODS_TABLE
    try:
        with zipfile.ZipFile(path) as z, z.open("content.xml") as f:
            if not any(b"number-rows-spanned" in c or b"number-columns-spanned" in c
                       for c in iter(lambda: f.read(1 << 20), b"")):
                return out
            with z.open("content.xml") as f2:
                sheet, row, ranges = None, 0, []
                for event, el in ElementTree.iterparse(f2, events=("start", "end")):
                    if event == "start" and el.tag == t + "table":
                        sheet, row, ranges = el.get(t + "name"), 0, []
                    elif event == "end" and el.tag == t + "table-row":
                        col = 0
                        for cell in el:
                            if cell.tag not in (t + "table-cell", t + "covered-table-cell"):
                                continue
                            down = int(cell.get(t + "number-rows-spanned", 1))
                            across = int(cell.get(t + "number-columns-spanned", 1))
                            if cell.tag == t + "table-cell" and (down > 1 or across > 1):
                                ranges.append(((row, col), (row + down - 1, col + across - 1)))
                            col += int(cell.get(t + "number-columns-repeated", 1))
                        row += int(el.get(t + "number-rows-repeated", 1))
                        el.clear()
                    elif event == "end" and el.tag == t + "table":
                        out[sheet] = ranges
                        el.clear()
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):
        return out  # merges are a help, not a requirement
    return out


def _workbook_tables(path: Path, fmt: str) -> Iterator[Table]:
    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise ImportFailed(path.name, "工作簿有密码保护，请取消密码后再导入")
    except Exception as e:  # calamine raises several types for damaged files
        raise ImportFailed(path.name, f"工作簿已损坏或不是有效的 {fmt.upper()} 文件（{type(e).__name__}: {e}）")
    formulas = _xlsx_formulas(path) if fmt == "xlsx" else {}
    ods_merges = _ods_merges(path) if fmt == "ods" else {}
    for meta in wb.sheets_metadata:
        if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
            continue  # chart and dialog sheets hold no rows
        name = meta.name
        try:
            sheet = wb.get_sheet_by_name(name)
            # skip_empty_area=False: rows and columns start at A1, so indexes give Excel's numbers
            rows = sheet.to_python(skip_empty_area=False)
            merged = list(sheet.merged_cell_ranges or []) or ods_merges.get(name, [])
        except Exception as e:
            raise ImportFailed(path.name, f"无法读取工作表（{type(e).__name__}: {e}）", sheet=name)
        numbered = ((i, list(r)) for i, r in enumerate(rows, start=1))
        if len(rows) < 20_000:  # a sheet of cards is small; a big sheet is read row by row, not copied
            numbered = list(numbered)
            cards = cards_as_rows(numbered)
            if cards:  # one person per block of "label | value" lines: read as a header and rows
                yield Table(name, iter(cards), [], {})
                continue
        yield Table(name, iter(numbered), merged, formulas.get(name, {}))


def _json_values(path: Path, fmt: str, encoding: str) -> Iterator[tuple[int, object]]:
    if fmt == "json":
        with open(path, encoding=encoding) as f:
            try:
                data = json.load(f)
            except json.JSONDecodeError as e:
                raise ImportFailed(path.name, f"JSON 格式错误：第 {e.lineno} 行第 {e.colno} 列：{e.msg}")
        if isinstance(data, dict):  # {"data": [...]} wrappers from other systems
            if not _is_wrapper(data):
                raise ImportFailed(path.name, "JSON 文件应是记录数组，或只含一个记录数组的对象")
            data = next(v for v in data.values() if isinstance(v, list) and v)
        yield from enumerate(data, start=1)
        return
    with open(path, encoding=encoding) as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                yield number, None
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as e:
                yield number, ImportFailed(path.name, f"不是有效的 JSON：{e.msg}", row=number)


def _is_wrapper(obj) -> bool:
    """{"code": 0, "data": [{…}, …]}: an export wrapping its records, not a person."""
    if not isinstance(obj, dict):
        return False
    lists = [v for v in obj.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    names_someone = any(field_for_header(k) in PERSON_NAME_FIELDS for k in obj)
    return len(lists) == 1 and not names_someone


def open_json(path: Path, fmt: str, head: bytes) -> Opened:
    encoding = detect_encoding(path, head)
    if fmt == "jsonl":  # a pretty-printed {"data": [...]} also starts with '{'
        first = head.decode(encoding, errors="ignore").lstrip("\ufeff").lstrip().split("\n", 1)[0]
        try:
            if _is_wrapper(json.loads(first)):  # {"data": [...]} written on one line
                fmt = "json"
        except json.JSONDecodeError:
            fmt = "json"
    return Opened(fmt, encoding, iter([Table(None, _json_values(path, fmt, encoding), keyed=True)]))


def open_markup(path: Path, fmt: str, head: bytes) -> Opened:
    """An HTML table or an Excel 2003 XML file, as Excel would show it (see markup.py)."""
    from .markup import html_charset, html_rows, spreadsheetml_sheets

    data = path.read_bytes()
    if fmt == "xml2003":
        try:
            sheets = spreadsheetml_sheets(data)
        except (ElementTree.ParseError, ValueError) as e:
            raise ImportFailed(path.name, f"Excel 2003 XML 表格已损坏（{e}）；请用 Excel 打开后另存为 .xlsx 再导入")
        tables = [Table(name, ((i, r) for i, r in enumerate(rows, start=1)), merged) for name, rows, merged in sheets]
        return Opened(fmt, "utf-8", iter(tables))
    encoding = html_charset(head) or detect_encoding(path, head)
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        encoding = detect_encoding(path, head)
        text = data.decode(encoding)
    if "<table" not in text.lower():
        raise ImportFailed(path.name, "这是网页（HTML），但其中没有表格；请向报送单位索取 Excel 或 CSV 原表")
    rows, merged = html_rows(text)
    return Opened(fmt, encoding, iter([Table(None, ((i, r) for i, r in enumerate(rows, start=1)), merged)]))


def open_file(path) -> Opened:
    path = Path(path)
    if not path.exists():
        raise ImportFailed(path.name, f"找不到文件：{path}")
    if path.is_dir():
        raise ImportFailed(path.name, f"这是一个文件夹，不是文件：{path}")
    try:
        with open(path, "rb") as f:
            head = f.read(1 << 20)
    except OSError as e:
        raise ImportFailed(path.name, f"无法读取文件（{e.strerror}）：{path}")
    if not head.strip():
        raise ImportFailed(path.name, "文件是空的")
    fmt = sniff_format(path, head)
    if fmt in ("html", "xml2003"):
        return open_markup(path, fmt, head)
    if fmt in ("xlsx", "xlsb", "xls", "ods"):
        return Opened(fmt, None, _workbook_tables(path, fmt))
    if fmt in ("json", "jsonl"):
        return open_json(path, fmt, head)
    return open_csv(path, head)
